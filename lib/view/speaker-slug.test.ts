import { describe, expect, it } from 'vitest'
import { speakerPath, speakerSlug } from './speaker-slug'

describe('speakerSlug', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    expect(speakerSlug('Jan Achakzai')).toBe('jan-achakzai')
    expect(speakerSlug('Ma’ruf Zoë')).toBe('maruf-zoe')
    expect(speakerSlug('Gen. Asim Munir')).toBe('gen-asim-munir')
    expect(speakerSlug('  The Taliban ')).toBe('the-taliban')
  })

  it('keeps a name with no Latin letters addressable', () => {
    expect(speakerSlug('ذبیح اللہ مجاہد')).toBe(encodeURIComponent('ذبیح-اللہ-مجاہد'))
    expect(speakerPath('Dr. Kaya Lund')).toBe('/speakers/dr-kaya-lund')
  })
})
