import { describe, expect, it } from 'vitest'
import { statementIdFromHash } from './permalink'

describe('statementIdFromHash', () => {
  it('reads a statement id, decoding it', () => {
    expect(statementIdFromHash('#s-s3')).toBe('s3')
    expect(statementIdFromHash('#s-munir%20one')).toBe('munir one')
    expect(statementIdFromHash('#s-%E0%A4%A4')).toBe('त')
  })

  it('ignores hashes that are not permalinks', () => {
    expect(statementIdFromHash('')).toBeNull()
    expect(statementIdFromHash('#')).toBeNull()
    expect(statementIdFromHash('#s-')).toBeNull()
    expect(statementIdFromHash('#e-e1')).toBeNull()
  })

  it('ignores broken percent-encoding instead of throwing', () => {
    expect(statementIdFromHash('#s-%')).toBeNull()
    expect(statementIdFromHash('#s-%E0%A4%A')).toBeNull()
    expect(statementIdFromHash('#s-%zz')).toBeNull()
  })
})
