import { describe, expect, it } from 'vitest'
import { slugify } from '../story/values'
import { occurrenceOf } from './draft-story'

describe('occurrenceOf', () => {
  it('numbers a repeated text as the loader counts it, white space folded', () => {
    const source = 'He said "no talks". Later: "no  talks".'
    expect(occurrenceOf(source, { text: 'no talks', start: 9 })).toBe(1)
    expect(occurrenceOf(source, { text: 'no  talks', start: 28 })).toBe(2)
    expect(occurrenceOf(source, { text: 'Later', start: 20 })).toBeUndefined()
  })
})

describe('slugify', () => {
  it('makes schema-safe ids', () => {
    expect(slugify('Ma’arij: “Pakistan” — épicentre!')).toBe('maarij-pakistan-epicentre')
  })

  it('cuts a long name at a word’s end, never inside a word', () => {
    const title = 'Pakistan and Afghanistan trade accusations over cross-border militancy in 2023'
    expect(slugify(title)).toBe('pakistan-and-afghanistan-trade-accusations-over-cross-border')
    expect(slugify(title).length).toBeLessThanOrEqual(60)
    // Exactly 60 characters, ending on a whole word: kept whole.
    expect(slugify(`${'a'.repeat(55)} bcde`)).toBe(`${'a'.repeat(55)}-bcde`)
    // One word longer than the limit has no word end to cut at.
    expect(slugify('x'.repeat(70))).toBe('x'.repeat(60))
  })
})
