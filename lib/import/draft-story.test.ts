import { describe, expect, it } from 'vitest'
import { occurrenceOf, slugify, sourceDate } from './draft-story'

describe('occurrenceOf', () => {
  it('numbers a repeated text as the loader counts it, white space folded', () => {
    const source = 'He said "no talks". Later: "no  talks".'
    expect(occurrenceOf(source, { text: 'no talks', start: 9 })).toBe(1)
    expect(occurrenceOf(source, { text: 'no  talks', start: 28 })).toBe(2)
    expect(occurrenceOf(source, { text: 'Later', start: 20 })).toBeUndefined()
  })
})

describe('slugify and sourceDate', () => {
  it('makes schema-safe ids', () => {
    expect(slugify('Ma’arij: “Pakistan” — épicentre!')).toBe('maarij-pakistan-epicentre')
  })
  it('accepts YYYY-MM-DD or unknown, and refuses anything else', () => {
    expect(sourceDate(undefined)).toBe('unknown')
    expect(sourceDate('2023-12-16')).toBe('2023-12-16')
    expect(() => sourceDate('16/12/2023')).toThrow(
      'The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got "16/12/2023")',
    )
  })
})
