import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { fromDataFile, isLargeStory, toDataFile, workspaceData } from './workspace-data'

const [story] = loadStoriesFrom(path.join(__dirname, '..', '..', 'data', 'stories'))

describe('story data file', () => {
  it('round-trips through JSON to the same workspace data', () => {
    const file = JSON.parse(JSON.stringify(toDataFile(story!)))
    expect(fromDataFile(file)).toEqual(workspaceData(story!))
  })

  it('stores each source’s metadata once, not once per row', () => {
    const file = toDataFile(story!)
    expect(file.data.sourceViews).toHaveLength(1)
    expect(file.data.rows.every((row) => row.source === 'seed-article')).toBe(true)
    const rebuilt = fromDataFile(file)
    expect(rebuilt.rows[0]!.source).toBe(rebuilt.rows[1]!.source)
  })

  it('refuses a file of another format or with a dangling source', () => {
    const file = toDataFile(story!)
    expect(() => fromDataFile({ ...file, format: 'x' as never })).toThrow('unknown story data format x')
    const broken = structuredClone(file)
    broken.data.rows[0]!.source = 'gone'
    expect(() => fromDataFile(broken)).toThrow('statement munir-guterres: unknown source gone')
  })

  it('counts the seed as a small story', () => {
    expect(isLargeStory(story!)).toBe(false)
  })
})
