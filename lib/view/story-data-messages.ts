import type { SourceView } from './view-model'
import {
  checkDataFile,
  withSources,
  type DataFileRow,
  type StoryDataFile,
  type WorkspaceData,
} from './workspace-data'

/**
 * A large story's data file read off the page's main thread: a worker fetches and parses
 * it and posts it in messages, the page rebuilds the workspace data from them. The rows go
 * in slices so that no one message takes the page long to receive (each is copied into
 * the page as it is handed over), and input is answered between them.
 */
export type DataMessage =
  | { kind: 'head'; head: Omit<StoryDataFile['data'], 'rows'>; count: number }
  | { kind: 'rows'; rows: DataFileRow[] }
  | { kind: 'error'; message: string }

/** Rows per message: a few milliseconds' copy each at 50,000 statements. */
export const ROWS_PER_MESSAGE = 2000

/** The worker's side: a parsed data file as the messages it posts, in order. */
export function* dataFileMessages(file: StoryDataFile, slice = ROWS_PER_MESSAGE): Generator<DataMessage> {
  const { rows, ...head } = checkDataFile(file)
  yield { kind: 'head', head, count: rows.length }
  for (let at = 0; at < rows.length; at += slice) yield { kind: 'rows', rows: rows.slice(at, at + slice) }
}

/**
 * The page's side: takes the messages in the order posted and gives the workspace data
 * once the last row has come (null before); the same data fromDataFile gives, the rows
 * sharing their source objects. A message out of order or an error is thrown.
 */
export function dataAssembler(): (message: DataMessage) => WorkspaceData | null {
  let head: Omit<StoryDataFile['data'], 'rows' | 'sourceViews'> | null = null
  let views: Map<string, SourceView> = new Map()
  let count = 0
  const rows: WorkspaceData['rows'] = []
  const complete = () => (head && rows.length === count ? { ...head, rows } : null)
  return (message) => {
    if (message.kind === 'error') throw new Error(message.message)
    if (message.kind === 'head') {
      if (head) throw new Error('the story data began twice')
      const { sourceViews, ...rest } = message.head
      head = rest
      views = new Map(sourceViews.map((view) => [view.id, view]))
      count = message.count
      return complete()
    }
    if (!head) throw new Error('the story data sent rows before its head')
    for (const row of withSources(message.rows, views)) rows.push(row)
    if (rows.length > count) throw new Error('the story data sent more rows than it announced')
    return complete()
  }
}
