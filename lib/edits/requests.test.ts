import { describe, expect, it } from 'vitest'
import { describeBodyProblem, editStatementBody } from './requests'

describe('edit request bodies', () => {
  it('accepts an edit of a statement’s fields', () => {
    const body = {
      expectedVersion: 3,
      changes: { stance: { value: 'rejects', label: 'Denies' }, anchor: { start: 1, end: 9 } },
    }
    expect(editStatementBody.parse(body)).toEqual(body)
  })

  it('names the field in the form’s words, never the request’s', () => {
    const bad = editStatementBody.safeParse({
      expectedVersion: 1,
      changes: { stance: { value: 'angry', label: 'x' } },
    })
    expect(bad.success).toBe(false)
    expect(describeBodyProblem(bad.error!)).toEqual({
      field: 'stance.value',
      message: 'Stance must be one of: supports, mixed, neutral, rejects.',
    })
    const typed = editStatementBody.safeParse({ expectedVersion: 1, changes: { text: 'new words' } })
    expect(describeBodyProblem(typed.error!).message).toBe('The request has a part this form does not send.')
    const missing = editStatementBody.safeParse({ changes: {} })
    expect(describeBodyProblem(missing.error!)).toEqual({
      field: 'expectedVersion',
      message: 'Version is missing or of the wrong kind.',
    })
  })
})
