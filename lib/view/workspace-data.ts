import type { Story } from '../story/story-check'
import { publisherAndTitle } from '../story/vocabulary'
import { claimViews, nonResponseViews, type ClaimView, type NonResponseView } from './claims'
import { sourceViews, statementRows, type SourceView, type StatementRow } from './view-model'

/**
 * A story as the client workspace needs it, as plain data. Small stories reach the page
 * inline (server-rendered); large ones as a static JSON file in the compact form below.
 */

/** Above this many statements, rows load from a static JSON file and render in a window. */
const LARGE_STORY_STATEMENTS = 200

export interface EventAnchor {
  /** "e-<event id>", also the id of the event on the page. */
  targetId: string
  sourceId: string
  description: string
  start: number
  end: number
}

export interface WorkspaceSource {
  id: string
  /** "Publisher and title unknown · c. 16 Dec 2023 (inferred)" and the like. */
  label: string
  text: string
}

export interface WorkspacePerspective {
  id: string
  label: string
  /** Position in the story's camp order; picks the camp's colour. */
  index: number
}

export interface WorkspaceData {
  storyId: string
  contentHash: string
  perspectives: WorkspacePerspective[]
  /** The main claim (the question) first, then the further claims. */
  claims: ClaimView[]
  rows: StatementRow[]
  sources: WorkspaceSource[]
  events: EventAnchor[]
  nonResponses: NonResponseView[]
}

function sourceLabel(view: SourceView): string {
  return `${publisherAndTitle(view.publisher, view.title)} · ${view.date.display}`
}

export function isLargeStory(story: Story): boolean {
  return story.statements.length > LARGE_STORY_STATEMENTS
}

/** The story's camps in their order, each with its place (its colour). */
export const workspacePerspectives = (story: Story): WorkspacePerspective[] =>
  story.perspectives.map((p, index) => ({ id: p.id, label: p.label, index }))

export function workspaceData(story: Story): WorkspaceData {
  return {
    storyId: story.id,
    contentHash: story.contentHash,
    perspectives: workspacePerspectives(story),
    claims: claimViews(story),
    rows: statementRows(story),
    sources: sourceViews(story).map((view) => ({
      id: view.id,
      label: sourceLabel(view),
      text: story.sources.find((source) => source.id === view.id)!.text,
    })),
    events: story.events.map((event) => ({
      targetId: `e-${event.id}`,
      sourceId: event.source,
      description: `Reporter’s narration: ${event.label}`,
      start: event.anchor.start,
      end: event.anchor.end,
    })),
    nonResponses: nonResponseViews(story),
  }
}

/** The static JSON form: each source's metadata once, rows pointing to it by id. */
export interface StoryDataFile {
  format: 'perspective-reader/story-data@1'
  data: Omit<WorkspaceData, 'rows'> & {
    sourceViews: SourceView[]
    rows: (Omit<StatementRow, 'source'> & { source: string })[]
  }
}

export function toDataFile(story: Story): StoryDataFile {
  const data = workspaceData(story)
  return {
    format: 'perspective-reader/story-data@1',
    data: {
      ...data,
      sourceViews: sourceViews(story),
      rows: data.rows.map((row) => ({ ...row, source: row.source.id })),
    },
  }
}

/** A row as the data file holds it: its source by id. */
export type DataFileRow = StoryDataFile['data']['rows'][number]

/** The file's data, once its format is the one this code reads. */
export function checkDataFile(file: StoryDataFile): StoryDataFile['data'] {
  if (file.format !== 'perspective-reader/story-data@1')
    throw new Error(`unknown story data format ${String(file.format)}`)
  return file.data
}

/** Rows that share their source objects, as the server-rendered ones do. */
export function withSources(
  rows: readonly DataFileRow[],
  views: ReadonlyMap<string, SourceView>,
): StatementRow[] {
  return rows.map((row) => {
    const source = views.get(row.source)
    if (!source) throw new Error(`statement ${row.id}: unknown source ${row.source}`)
    return { ...row, source }
  })
}

/** Rebuilds rows that share their source objects, as the server-rendered ones do. */
export function fromDataFile(file: StoryDataFile): WorkspaceData {
  const { sourceViews, rows, ...rest } = checkDataFile(file)
  return { ...rest, rows: withSources(rows, new Map(sourceViews.map((view) => [view.id, view]))) }
}
