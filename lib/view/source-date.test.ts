import { describe, expect, it } from 'vitest'
import { dateView, statementDateView } from './source-date'

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

describe('statementDateView', () => {
  it('takes the statement’s own date, not inferred, over its source’s', () => {
    expect(statementDateView('2024-03-01', dateView('2024-03-04'))).toEqual({
      iso: '2024-03-01',
      inferred: false,
      display: '1 Mar 2024',
    })
  })

  it('falls back to the source’s date and marks it inferred', () => {
    expect(statementDateView(undefined, dateView('2024-03-04'))).toEqual({
      iso: '2024-03-04',
      inferred: true,
      display: '4 Mar 2024 (inferred from the source)',
    })
  })

  it('is unknown when neither has a date', () => {
    expect(statementDateView(undefined, dateView('unknown'))).toMatchObject({ iso: null, inferred: false })
  })
})
