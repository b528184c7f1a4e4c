import { describe, expect, it } from 'vitest'
import { matchRanges, normalizeForSearch, normalizeWithMap, searchTerms } from './search'

describe('normalizeForSearch', () => {
  it('folds case, diacritics, apostrophes and hyphens', () => {
    expect(normalizeForSearch('Azizuddin Ma’arij')).toBe('azizuddin maarij')
    expect(normalizeForSearch('António GUTERRES')).toBe('antonio guterres')
    expect(normalizeForSearch('cross-border  terrorism')).toBe('cross border terrorism')
    expect(normalizeForSearch('Pakistan’s')).toBe('pakistans')
  })

  it('strips Arabic-script diacritics but keeps the letters', () => {
    expect(normalizeForSearch('مُجاهد')).toBe('مجاهد')
  })
})

describe('normalizeForSearch and normalizeWithMap', () => {
  it('give the same text, so search and highlighting agree', () => {
    const samples = [
      'Azizuddin Ma’arij',
      '  cross-border — terrorism/“Doha”  ',
      'António Guterres, ÉCOLE, naïve café',
      'مُجاهد ذبیح‌اللہ',
      'Ante\u0301 x',
      'e\u0301\u0301 a--b__c',
      '<script>alert(1)</script>',
    ]
    for (const sample of samples)
      expect(normalizeForSearch(sample)).toBe(normalizeWithMap(sample).text.trim())
  })
})

describe('searchTerms', () => {
  it('splits into distinct normalised terms', () => {
    expect(searchTerms('  Doha doha  AGREEMENT ')).toEqual(['doha', 'agreement'])
    expect(searchTerms('   ')).toEqual([])
  })
})

describe('matchRanges', () => {
  it('maps matches back to the original text across removed characters', () => {
    const text = 'remarked Azizuddin Ma’arij, a political affairs analyst'
    const [range] = matchRanges(text, ['maarij'])
    expect(text.slice(range!.start, range!.end)).toBe('Ma’arij')
  })

  it('finds every occurrence of every term and merges overlaps', () => {
    const text = 'Doha and the doha Agreement'
    expect(matchRanges(text, ['doha', 'agreement'])).toEqual([
      { start: 0, end: 4 },
      { start: 13, end: 17 },
      { start: 18, end: 27 },
    ])
    expect(matchRanges('aaaa', ['aa', 'aaa'])).toEqual([{ start: 0, end: 4 }])
  })

  it('matches decomposed accents and keeps their marks inside the highlight', () => {
    const text = 'Antonio vs Ante\u0301'
    expect(matchRanges(text, ['ante'])).toEqual([{ start: 11, end: 16 }])
  })

  it('returns nothing for no terms', () => {
    expect(matchRanges('anything', [])).toEqual([])
  })
})
