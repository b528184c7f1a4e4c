import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { dataAssembler, dataFileMessages, ROWS_PER_MESSAGE, type DataMessage } from './story-data-messages'
import { fromDataFile, toDataFile, type StoryDataFile } from './workspace-data'

const [story] = loadStoriesFrom(path.join(__dirname, '..', '..', 'data', 'stories'))

/** The seed's file grown to 3 sources and more rows than fit in two messages. */
function largeFile(count: number): StoryDataFile {
  const file = toDataFile(story!)
  const [view] = file.data.sourceViews
  const sourceViews = ['a', 'b', 'c'].map((suffix) => ({ ...view!, id: `${view!.id}-${suffix}` }))
  const seedRows = file.data.rows
  const rows = Array.from({ length: count }, (_, i) => ({
    ...seedRows[i % seedRows.length]!,
    id: `row-${i}`,
    source: sourceViews[i % 3]!.id,
  }))
  return { ...file, data: { ...file.data, sourceViews, rows } }
}

/** As the worker posts and the page receives: each message copied, as postMessage does. */
function handOver(file: StoryDataFile) {
  const take = dataAssembler()
  const messages = [...dataFileMessages(JSON.parse(JSON.stringify(file)) as StoryDataFile)]
  const results = messages.map((message) => take(structuredClone(message)))
  return { messages, results }
}

describe('the data file read in a worker and handed over in messages', () => {
  it('gives the page the same data as parsing the file on its own thread', () => {
    const file = largeFile(2 * ROWS_PER_MESSAGE + 7)
    const { messages, results } = handOver(file)
    // A head, then the rows in three slices, none larger than a message holds.
    expect(messages.map((m) => m.kind)).toEqual(['head', 'rows', 'rows', 'rows'])
    expect(messages.slice(1).map((m) => (m.kind === 'rows' ? m.rows.length : 0))).toEqual([
      ROWS_PER_MESSAGE,
      ROWS_PER_MESSAGE,
      7,
    ])
    // Nothing until the last row has come; then the data.
    expect(results.slice(0, -1)).toEqual([null, null, null])
    const onThread = fromDataFile(JSON.parse(JSON.stringify(file)) as StoryDataFile)
    expect(results.at(-1)).toEqual(onThread)
    expect(results.at(-1)!.rows.map((row) => row.id)).toEqual(file.data.rows.map((row) => row.id))
  })

  it('has rows of one source share its one object, across messages', () => {
    const data = handOver(largeFile(2 * ROWS_PER_MESSAGE + 7)).results.at(-1)!
    const first = data.rows[0]!.source
    expect(data.rows[3]!.source).toBe(first)
    expect(data.rows[3 * Math.ceil(ROWS_PER_MESSAGE / 3)]!.source).toBe(first)
    expect(new Set(data.rows.map((row) => row.source)).size).toBe(3)
  })

  it('refuses another format, a dangling source, rows before the head, an error from the worker', () => {
    const file = largeFile(10)
    expect(() => [...dataFileMessages({ ...file, format: 'x' as never })]).toThrow(
      'unknown story data format x',
    )
    const broken = structuredClone(file)
    broken.data.rows[4]!.source = 'gone'
    const take = dataAssembler()
    const [head, rows] = [...dataFileMessages(broken)] as [DataMessage, DataMessage]
    take(head)
    expect(() => take(rows)).toThrow('statement row-4: unknown source gone')
    expect(() => dataAssembler()(rows)).toThrow('the story data sent rows before its head')
    expect(() => dataAssembler()({ kind: 'error', message: 'the server answered 403' })).toThrow(
      'the server answered 403',
    )
  })
})
