import { describe, expect, it } from 'vitest'
import { searchSpeakerStatements } from './speaker-search'
import { makeRow } from './testing-rows'

const item = (storyTitle: string, overrides: Parameters<typeof makeRow>[0]) => ({
  storyId: storyTitle.toLowerCase().replace(/\W+/g, '-'),
  storyTitle,
  row: makeRow(overrides),
})

const items = [
  item('Bridge shut', { id: 'a', text: 'It is unsafe', stanceLabel: 'Safety first' }),
  item('Río crossing', {
    id: 'b',
    text: 'The ferry runs again',
    role: 'harbour master',
    stanceLabel: 'Ferries matter',
  }),
  item('Bridge reopened', {
    id: 'c',
    text: 'Traffic is back',
    perspectiveLabel: 'Residents',
    stanceLabel: 'Open roads',
  }),
]
const ids = (q: string) => searchSpeakerStatements(items, q).map((i) => i.row.id)

describe('the search of a speaker’s statements', () => {
  it('keeps every statement when there is nothing to look for', () => {
    expect(ids('')).toEqual(['a', 'b', 'c'])
    expect(ids('   ')).toEqual(['a', 'b', 'c'])
  })

  it('keeps the statements holding every term, in any of the story title, title, words, stance or camp', () => {
    expect(ids('bridge')).toEqual(['a', 'c'])
    expect(ids('bridge residents')).toEqual(['c'])
    expect(ids('harbour')).toEqual(['b'])
    expect(ids('safety')).toEqual(['a'])
    expect(ids('bridge ferry')).toEqual([])
  })

  it('ignores case and accents, as the story page’s search does', () => {
    expect(ids('RIO')).toEqual(['b'])
    expect(ids('río')).toEqual(['b'])
  })
})
