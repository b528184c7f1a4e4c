import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { codedFields, draftFields, sourceDate, sourceUrl, statementDate } from './fields'
import { storySchema } from './schema'
import { cleanName, httpUrl, isCalendarDay, nameKey, plainText, slug } from './values'

const seed = JSON.parse(
  readFileSync(
    path.join(__dirname, '..', '..', 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json'),
    'utf8',
  ),
)

describe('a calendar day', () => {
  it('is a day that exists on the calendar', () => {
    expect(isCalendarDay('2024-03-04')).toBe(true)
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2023-02-29')).toBe(false)
    expect(isCalendarDay('2024-02-31')).toBe(false)
    expect(isCalendarDay('2024-04-31')).toBe(false)
    expect(isCalendarDay('2024-13-01')).toBe(false)
    expect(isCalendarDay('2024-00-10')).toBe(false)
    expect(isCalendarDay('2024-03-00')).toBe(false)
    expect(isCalendarDay('2024-3-4')).toBe(false)
    expect(isCalendarDay('4 March 2024')).toBe(false)
    expect(isCalendarDay('2024-03-04T10:00')).toBe(false)
  })

  it('is the same rule for a statement’s date and a source’s date, in the editor’s words', () => {
    expect(statementDate.parse('')).toBeNull()
    expect(statementDate.parse(null)).toBeNull()
    expect(statementDate.parse(' 2024-03-04 ')).toBe('2024-03-04')
    const refused = statementDate.safeParse('2023-02-29')
    expect(refused.error?.issues[0]?.message).toMatch(/^The date the statement was made must be a real day/)
    expect(refused.error?.issues[0]?.message).not.toMatch(/statementDate|statement_date|changes\./)
    expect(sourceDate.parse('2024-02-29')).toBe('2024-02-29')
    expect(sourceDate.parse('')).toBe('unknown')
    expect(sourceDate.safeParse('2024-02-31').success).toBe(false)
    expect(sourceDate.safeParse({ value: '2024-02-31', inferred: true, reason: 'r' }).success).toBe(false)
    expect(sourceDate.safeParse({ value: '2024-02-29', inferred: true, reason: ' ' }).success).toBe(false)
  })
})

describe('an http(s) address', () => {
  it('needs http or https, a host and no spaces', () => {
    expect(httpUrl(' https://dawn.com/news/1 ', 'The URL')).toEqual({
      ok: true,
      value: 'https://dawn.com/news/1',
    })
    for (const bad of [
      'javascript:alert(1)',
      'ftp://x.org/a',
      'dawn.com/news',
      'https://',
      'https://a b.org/',
    ])
      expect(httpUrl(bad, 'The URL')).toEqual({
        ok: false,
        message: 'The URL must be a web address starting with http:// or https://.',
      })
    expect(sourceUrl.parse('')).toBe('unknown')
    expect(sourceUrl.parse('unknown')).toBe('unknown')
  })
})

describe('a slug', () => {
  it('is lower-case letters, digits and hyphens', () => {
    expect(slug('balochistan-talks', 'The short name').ok).toBe(true)
    expect(slug('Balochistan', 'The short name').ok).toBe(false)
    expect(slug('-talks', 'The short name').ok).toBe(false)
    expect(slug('x'.repeat(81), 'The short name')).toMatchObject({ ok: false, message: /too long/ })
  })
})

describe('a name', () => {
  it('is kept trimmed and composed, without invisible characters, but with the joiners of its script', () => {
    expect(cleanName('  Ali   Khan ', 'The name')).toEqual({ ok: true, value: 'Ali Khan' })
    expect(cleanName('Al\u200bi\u00a0Khan\u2060', 'The name')).toEqual({ ok: true, value: 'Ali Khan' })
    expect(cleanName('Zoe\u0308', 'The name')).toEqual({ ok: true, value: 'Zoë' })
    // The zero-width non-joiner shapes a Persian name; it stays.
    expect(cleanName('\u200cمحمدی\u200cزاده', 'The name')).toEqual({ ok: true, value: 'محمدی\u200cزاده' })
  })

  it('is refused when nothing visible is left, or with a control character', () => {
    expect(cleanName('   ', 'The camp’s name')).toEqual({
      ok: false,
      message: 'The camp’s name cannot be empty.',
    })
    expect(cleanName('\u200b\u200c\u2060\ufeff', 'The camp’s name')).toEqual({
      ok: false,
      message: 'The camp’s name is made only of invisible characters. Type it again.',
    })
    expect(cleanName('Ali\u0007', 'The name')).toMatchObject({
      ok: false,
      message: /control character at character 4/,
    })
  })

  it('is compared by a key that folds look-alikes: compatibility forms, case and invisible characters', () => {
    expect(nameKey('Ｐｒｏ')).toBe(nameKey('Pro'))
    expect(nameKey('Pro\u200b')).toBe(nameKey('pro'))
    expect(nameKey('STRASSE')).toBe(nameKey('Straße'))
    expect(nameKey('Pro')).not.toBe(nameKey('Anti'))
  })
})

describe('text', () => {
  it('refuses a NUL or a broken character, saying where, and never replaces it', () => {
    expect(plainText('fine\ttext\n', 'The article')).toEqual({ ok: true, value: 'fine\ttext\n' })
    expect(plainText('one\ntwo\u0000three', 'The article')).toEqual({
      ok: false,
      message:
        'The article has an invisible NUL character at line 2, character 4, which cannot be stored. Remove it (paste the text again from its source) and try again.',
    })
    expect(plainText('ab\ud83d', 'The caveat')).toMatchObject({
      ok: false,
      message: /broken character at character 3 .*U\+D83D/,
    })
    expect(plainText('\ude00x', 'The caveat')).toMatchObject({ ok: false, message: /character 1/ })
    // A whole pair is one character, not broken.
    expect(plainText('a \ud83d\ude00 b', 'The caveat').ok).toBe(true)
  })
})

describe('the coded fields of drafts and statements', () => {
  it('share the rules: a name made of invisible characters and a caveat list too long are refused alike', () => {
    for (const speaker of [codedFields.speaker, draftFields.speaker]) {
      const refused = speaker.safeParse({ name: '\u200b\u200b', role: null })
      expect(refused.error?.issues[0]?.message).toBe(
        'The speaker’s name is made only of invisible characters. Type it again.',
      )
      expect(speaker.parse({ name: ' Ali  Khan', role: '' })).toEqual({ name: 'Ali Khan', role: null })
    }
    const many = Array.from({ length: 51 }, (_, i) => `caveat ${i}`)
    expect(codedFields.caveats.safeParse(many).error?.issues[0]?.message).toMatch(/^At most 50 caveats/)
    expect(draftFields.caveats.safeParse(many).success).toBe(false)
    expect(codedFields.caveats.safeParse(many.slice(0, 50)).success).toBe(true)
  })

  it('leave a draft’s choices open, but never a statement’s', () => {
    expect(draftFields.kind.parse(null)).toBeNull()
    expect(codedFields.kind.safeParse(null).success).toBe(false)
    expect(draftFields.stance.parse({ value: 'mixed', label: '' })).toEqual({ value: 'mixed', label: '' })
    expect(codedFields.stance.safeParse({ value: 'mixed', label: '' }).error?.issues[0]?.message).toBe(
      'The stance’s label cannot be empty.',
    )
    expect(codedFields.stance.safeParse({ value: 'angry', label: 'x' }).error?.issues[0]?.message).toBe(
      'The stance must be one of: Supports, Mixed, Neutral or Rejects.',
    )
  })
})

describe('the story check uses the same rules', () => {
  const withStatement = (change: object) => ({
    ...seed,
    statements: seed.statements.map((s: object, i: number) => (i === 0 ? { ...s, ...change } : s)),
  })
  const withSource = (change: object) => ({
    ...seed,
    sources: seed.sources.map((s: object, i: number) => (i === 0 ? { ...s, ...change } : s)),
  })

  it('refuses a statement or a source dated a day that does not exist', () => {
    expect(storySchema.safeParse(withStatement({ date: '2023-12-14' })).success).toBe(true)
    const refused = storySchema.safeParse(withStatement({ date: '2023-02-29' }))
    expect(refused.error?.issues[0]).toMatchObject({ path: ['statements', 0, 'date'] })
    expect(storySchema.safeParse(withSource({ date: '2024-02-29' })).success).toBe(true)
    expect(storySchema.safeParse(withSource({ date: '2024-02-31' })).success).toBe(false)
  })

  it('refuses a speaker of invisible characters, a NUL in a text, and an address that is not http(s)', () => {
    const speaker = storySchema.safeParse(withStatement({ speaker: { name: '\u200b', role: null } }))
    expect(speaker.error?.issues[0]?.message).toBe('is made only of invisible characters')
    const nul = storySchema.safeParse(withStatement({ attribution: 'said\u0000' }))
    expect(nul.error?.issues[0]?.message).toMatch(/^has an invisible NUL character at character 5/)
    expect(storySchema.safeParse(withSource({ url: 'javascript:alert(1)' })).success).toBe(false)
  })
})
