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
})
