import { SLUG } from './seed'
import { expect, test } from './writable'

/**
 * The one write path, through the production server (its proxy included): a body over
 * the limit is answered "too large" with the limit, text that cannot be stored is refused
 * saying where, and another scheme or port is another site.
 */

test('a body over the limit is answered “too large”, with the limit', async ({ app }) => {
  const editor = await app.request('editor')
  const big = await editor.post(`/api/stories/${SLUG}/reviews`, {
    headers: { 'content-type': 'application/json' },
    data: JSON.stringify({ article: 'x'.repeat(11 * 1024 * 1024), source: {}, drafts: [] }),
  })
  expect(big.status()).toBe(413)
  expect(await big.json()).toMatchObject({
    code: 'too_large',
    error: 'This request is too large: the limit is 8 MB. Nothing was saved.',
    limit: 8 * 1024 * 1024,
  })
})

test('a NUL in an article is refused saying where, not answered with a 500', async ({ app }) => {
  const editor = await app.request('editor')
  const nul = await editor.post(`/api/stories/${SLUG}/reviews`, {
    data: { article: 'A first line.\nA NUL \u0000 in the second.', source: {}, drafts: [] },
  })
  expect(nul.status()).toBe(400)
  expect((await nul.json()).error).toMatch(
    /^The article has an invisible NUL character at line 2, character 7/,
  )
})

test('the same host over another scheme, or on another port, is another site', async ({ app }) => {
  const editor = await app.request('editor')
  const url = new URL(app.baseURL)
  for (const origin of [`https://${url.host}`, `http://${url.hostname}:${Number(url.port) + 1}`]) {
    const foreign = await editor.post(`/api/stories/${SLUG}/camps`, {
      headers: { origin },
      data: { label: 'From elsewhere', definition: 'A camp nobody asked for.' },
    })
    expect(foreign.status(), origin).toBe(403)
  }
})
