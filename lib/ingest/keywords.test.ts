import { describe, expect, it } from 'vitest'
import { foldWords, matchKeywords, readKeywords } from './keywords'

const item = (title: string, summary = '') => ({ title, summary })

describe('matchKeywords', () => {
  it('takes every item when the feed has no keywords', () => {
    expect(matchKeywords([], item('Anything at all'))).toEqual({ taken: true, matched: [] })
  })

  it('matches whole words in the title or the summary, ignoring case', () => {
    expect(matchKeywords(['Torkham'], item('TORKHAM reopens'))).toEqual({ taken: true, matched: ['Torkham'] })
    expect(matchKeywords(['torkham'], item('Trade news', 'Trucks wait at torkham.'))).toEqual({
      taken: true,
      matched: ['torkham'],
    })
    expect(matchKeywords(['Kabul'], item('A Kabuli pulao recipe'))).toEqual({ taken: false, matched: [] })
    expect(matchKeywords(['Pak'], item('Pakistan and Afghanistan'))).toEqual({ taken: false, matched: [] })
  })

  it('ignores accents on either side', () => {
    expect(matchKeywords(['Peshawar'], item('Protest in Peshāwar')).taken).toBe(true)
    expect(matchKeywords(['Peshāwar'], item('Protest in Peshawar')).taken).toBe(true)
    expect(matchKeywords(['café'], item('CAFE owners protest')).taken).toBe(true)
    expect(matchKeywords(['Lodz'], item('Talks in Łódź')).taken).toBe(true)
    expect(matchKeywords(['strasse'], item('Die Straße')).taken).toBe(true)
  })

  it('matches a keyword of several words only as a run, across punctuation', () => {
    expect(matchKeywords(['Durand Line'], item('Why the Durand Line still divides')).taken).toBe(true)
    expect(matchKeywords(['Durand Line'], item('Durand spoke; the line held')).taken).toBe(false)
    expect(matchKeywords(['Indo-Pak'], item('Indo Pak talks')).taken).toBe(true)
    expect(matchKeywords(['Pakistan'], item('Pakistan’s envoy')).taken).toBe(true)
  })

  it('does not match a phrase split between the title and the summary', () => {
    expect(matchKeywords(['border talks'], item('Progress on the border', 'talks will continue')).taken).toBe(
      false,
    )
  })

  it('reports every keyword that matched, in the editor’s order', () => {
    expect(matchKeywords(['Doha', 'Taliban', 'Torkham'], item('Taliban envoy in Doha')).matched).toEqual([
      'Doha',
      'Taliban',
    ])
  })

  it('matches words in scripts without case', () => {
    expect(matchKeywords(['طالبان'], item('وزیر طالبان گفت')).taken).toBe(true)
    expect(matchKeywords(['کابل'], item('کابلی')).taken).toBe(false)
  })
})

describe('readKeywords', () => {
  it('splits on commas, semicolons and lines, trims, and drops repeats by their folded words', () => {
    expect(readKeywords(' Torkham, Durand  Line\nPeshāwar; peshawar ,, ')).toEqual({
      ok: true,
      keywords: ['Torkham', 'Durand Line', 'Peshāwar'],
    })
    expect(readKeywords('')).toEqual({ ok: true, keywords: [] })
  })

  it('refuses a keyword with nothing to match, one too long, or too many', () => {
    expect(readKeywords('Torkham, --')).toEqual({
      ok: false,
      message: '“--” has no letters or digits to match.',
    })
    expect(readKeywords('a'.repeat(101))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^A keyword can be at most 100 characters/),
    })
    expect(readKeywords(Array.from({ length: 51 }, (_, i) => `k${i}`).join(','))).toEqual({
      ok: false,
      message: 'A feed can have at most 50 keywords; this list has 51.',
    })
  })
})

describe('foldWords', () => {
  it('lower-cases, drops accents and splits at anything but letters and digits', () => {
    expect(foldWords('Éire’s 2 NGOs—and Ödön')).toEqual(['eire', 's', '2', 'ngos', 'and', 'odon'])
  })
})
