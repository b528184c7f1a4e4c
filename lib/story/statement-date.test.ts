import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { storySchema } from './schema'
import { isCalendarDay, readStatementDate } from './statement-date'

describe('a statement’s own date', () => {
  it('is a day that exists on the calendar', () => {
    expect(isCalendarDay('2024-03-04')).toBe(true)
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2023-02-29')).toBe(false)
    expect(isCalendarDay('2024-04-31')).toBe(false)
    expect(isCalendarDay('2024-13-01')).toBe(false)
    expect(isCalendarDay('2024-00-10')).toBe(false)
    expect(isCalendarDay('2024-03-00')).toBe(false)
    expect(isCalendarDay('2024-3-4')).toBe(false)
    expect(isCalendarDay('4 March 2024')).toBe(false)
    expect(isCalendarDay('2024-03-04T10:00')).toBe(false)
  })

  it('clears when empty, keeps a real day, and refuses anything else in the editor’s words', () => {
    expect(readStatementDate('')).toEqual({ ok: true, date: null })
    expect(readStatementDate('   ')).toEqual({ ok: true, date: null })
    expect(readStatementDate(null)).toEqual({ ok: true, date: null })
    expect(readStatementDate(' 2024-03-04 ')).toEqual({ ok: true, date: '2024-03-04' })
    const refused = readStatementDate('2023-02-29')
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.message).toMatch(/^The date the statement was made must be a real day/)
      // No request field names in what the analyst reads.
      expect(refused.message).not.toMatch(/statementDate|statement_date|changes\./)
    }
    expect(readStatementDate('yesterday').ok).toBe(false)
  })
})

describe('the story check', () => {
  it('refuses a statement dated a day that does not exist', () => {
    const seed = JSON.parse(
      readFileSync(
        path.join(__dirname, '..', '..', 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json'),
        'utf8',
      ),
    )
    const dated = (date: string) => ({
      ...seed,
      statements: seed.statements.map((s: object, i: number) => (i === 0 ? { ...s, date } : s)),
    })
    expect(storySchema.safeParse(dated('2023-12-14')).success).toBe(true)
    const refused = storySchema.safeParse(dated('2023-02-29'))
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]).toMatchObject({ path: ['statements', 0, 'date'] })
  })
})
