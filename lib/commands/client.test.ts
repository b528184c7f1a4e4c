import { afterEach, describe, expect, it, vi } from 'vitest'
import { call } from './client'
import * as camps from './camps/schema'
import * as statements from './statements/schema'

/**
 * The browser's one client: whatever comes back (or does not), the page gets a sentence
 * to show, never "[object Object]", a browser's own error text or a stack.
 */

const answering = (status: number, body: string, headers: Record<string, string> = {}) =>
  vi.fn(
    async () => new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } }),
  )

afterEach(() => vi.unstubAllGlobals())

describe('the typed client', () => {
  it('builds the address and body from the endpoint, and gives back the value', async () => {
    const fetch = answering(200, JSON.stringify({ camp: { id: 'x' } }))
    vi.stubGlobal('fetch', fetch)
    const answer = await call(
      camps.addCamp,
      { id: 'my story' },
      { label: 'New camp', definition: 'Who is in it.' },
    )
    expect(answer).toEqual({ ok: true, status: 200, value: { camp: { id: 'x' } } })
    expect(fetch).toHaveBeenCalledWith(
      '/api/stories/my%20story/camps',
      expect.objectContaining({ method: 'POST' }),
    )
  })

  it('checks the input by the same rules before sending, and sends nothing that breaks one', async () => {
    const fetch = answering(200, '{}')
    vi.stubGlobal('fetch', fetch)
    const answer = await call(camps.addCamp, { id: 's' }, { label: '\u200b', definition: 'x' })
    expect(answer).toMatchObject({ ok: false, code: 'invalid', field: 'label' })
    expect(answer.ok || answer.error).toBe(
      'The camp’s name is made only of invisible characters. Type it again.',
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['an error that is an object', 500, JSON.stringify({ error: { message: 'x' } })],
    ['an empty answer', 502, ''],
    ['a page of HTML', 500, '<html>Aborted()</html>'],
    ['a refusal with no words', 409, '{}'],
  ])('answers %s in words', async (_what, status, body) => {
    vi.stubGlobal('fetch', answering(status, body))
    const answer = await call(statements.readStatement, { id: 's', statementId: 't' })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(typeof answer.error).toBe('string')
    expect(answer.error).not.toMatch(/object Object|Aborted|<html>/)
    expect(answer.error.length).toBeGreaterThan(20)
  })

  it('says the server could not be reached, and that the typing is kept', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    const answer = await call(statements.readStatement, { id: 's', statementId: 't' })
    expect(answer).toMatchObject({ ok: false, status: 0 })
    expect(answer.ok || answer.error).toMatch(/^The change could not reach the server.*kept/)
  })

  it('reads a refusal’s code, field and wait', async () => {
    vi.stubGlobal(
      'fetch',
      answering(429, JSON.stringify({ code: 'too_many', error: 'Too many.' }), { 'retry-after': '42' }),
    )
    expect(await call(statements.readStatement, { id: 's', statementId: 't' })).toMatchObject({
      ok: false,
      code: 'too_many',
      error: 'Too many.',
      retryAfter: 42,
    })
  })
})
