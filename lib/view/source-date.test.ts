import { describe, expect, it } from 'vitest'
import { dateView } from './source-date'

describe('dateView', () => {
  it('says when a date is unknown', () => {
    expect(dateView('unknown')).toEqual({
      iso: null,
      inferred: false,
      reason: null,
      display: 'Date unknown',
    })
    expect(dateView(undefined).display).toBe('Date unknown')
  })

  it('formats a known date', () => {
    expect(dateView('2023-12-12')).toEqual({
      iso: '2023-12-12',
      inferred: false,
      reason: null,
      display: '12 Dec 2023',
    })
  })

  it('marks an inferred date and keeps its reason', () => {
    expect(dateView({ value: '2023-12-16', inferred: true, reason: 'four days after the attack' })).toEqual({
      iso: '2023-12-16',
      inferred: true,
      reason: 'four days after the attack',
      display: 'c. 16 Dec 2023 (inferred)',
    })
  })
})
