import { describe, expect, it } from 'vitest'
import { utcTime } from './utc-time'

describe('utcTime', () => {
  it('says a moment in UTC whatever the zone it was written in', () => {
    expect(utcTime('2024-03-05T14:20:00+05:00')).toBe('5 Mar 2024, 09:20 UTC')
    expect(utcTime(new Date(Date.UTC(2026, 11, 7, 23, 59)))).toBe('7 Dec 2026, 23:59 UTC')
  })
})
