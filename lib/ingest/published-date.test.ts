import { describe, expect, it } from 'vitest'
import { dayInAddress, readDay, sourceDate } from './published-date'

describe('readDay', () => {
  it('reads the day as the publisher wrote it, whatever the time zone', () => {
    expect(readDay('2024-03-04')).toBe('2024-03-04')
    expect(readDay('2024-03-04T23:30:00-05:00')).toBe('2024-03-04')
    expect(readDay('2024-03-05T01:15:00+05:00')).toBe('2024-03-05')
    expect(readDay('2024-03-04 10:00')).toBe('2024-03-04')
    expect(readDay('2024/03/04')).toBe('2024-03-04')
    expect(readDay('20240304')).toBe('2024-03-04')
    expect(readDay('20240304T101500Z')).toBe('2024-03-04')
  })

  it('reads RFC 822 feed dates and written-out dates', () => {
    expect(readDay('Mon, 04 Mar 2024 10:00:00 GMT')).toBe('2024-03-04')
    expect(readDay('Sat, 2 Mar 2024 09:00:00 +0000')).toBe('2024-03-02')
    expect(readDay('4 March 2024')).toBe('2024-03-04')
    expect(readDay('4th March, 2024')).toBe('2024-03-04')
    expect(readDay('March 4, 2024')).toBe('2024-03-04')
    expect(readDay('Thursday, February 29, 2024')).toBe('2024-02-29')
    expect(readDay('Sept. 9 2023')).toBe('2023-09-09')
  })

  it('refuses days that do not exist, implausible years, and non-dates', () => {
    expect(readDay('2023-02-29')).toBeNull()
    expect(readDay('2024-13-01')).toBeNull()
    expect(readDay('31 April 2024')).toBeNull()
    expect(readDay('1066-10-14')).toBeNull()
    expect(readDay('yesterday')).toBeNull()
    expect(readDay('')).toBeNull()
    expect(readDay(undefined)).toBeNull()
    expect(readDay('Updated 5 minutes ago')).toBeNull()
  })
})

describe('dayInAddress', () => {
  it('finds /YYYY/MM/DD/, YYYY-MM-DD and YYYYMMDD in the path', () => {
    expect(dayInAddress('https://x.example/2024/02/29/markets/a.html')).toEqual({
      day: '2024-02-29',
      written: '2024/02/29',
    })
    expect(dayInAddress('https://x.example/news/2024-03-04-talks-resume')).toEqual({
      day: '2024-03-04',
      written: '2024-03-04',
    })
    expect(dayInAddress('https://x.example/20240304/talks.html')).toEqual({
      day: '2024-03-04',
      written: '20240304',
    })
  })

  it('finds nothing in an id, a query, or an impossible day', () => {
    expect(dayInAddress('https://x.example/news/world-asia-68512345')).toBeNull()
    expect(dayInAddress('https://x.example/a?date=2024-03-04')).toBeNull()
    expect(dayInAddress('https://x.example/2024/02/30/a')).toBeNull()
    expect(dayInAddress(null)).toBeNull()
  })
})

describe('sourceDate', () => {
  it('takes the first clue that reads; a stated one is a plain day, a guessed one carries its reason', () => {
    expect(sourceDate([{ value: 'not a date' }, { value: '2024-03-04T10:00:00Z' }])).toBe('2024-03-04')
    expect(
      sourceDate([{ value: undefined }, { value: '2024/02/29', inferred: 'guessed from the address' }]),
    ).toEqual({
      value: '2024-02-29',
      inferred: true,
      reason: 'guessed from the address',
    })
    expect(sourceDate([{ value: null }, { value: 'soon', inferred: 'x' }])).toBe('unknown')
  })
})
