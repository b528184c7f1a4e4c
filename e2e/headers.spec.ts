import { openStory, rowAction } from './helpers'
import { expect, test } from '@playwright/test'
import { STORY_PATH } from './seed'

const EXPECTED_CSP = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
]

for (const path of ['/', STORY_PATH, '/stories/missing', '/_next/static/not-a-file.js']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    for (const directive of EXPECTED_CSP) expect(csp).toContain(directive)
    // No remote origin is allowed anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*/)
    expect(csp).not.toContain('unsafe-eval')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['permissions-policy']).toContain('camera=()')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['cross-origin-resource-policy']).toBe('same-origin')
    // Scripts run only with this response's nonce: no 'unsafe-inline' for them.
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/)
    expect(scriptSrc).not.toContain('unsafe-inline')
    // Plain http here: no HSTS (a browser would ignore it, and it would pin a local run).
    expect(headers['strict-transport-security']).toBeUndefined()
  })
}

/** The fixed headers every answer carries, whatever made it. */
function expectFixedHeaders(headers: Record<string, string>, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['x-frame-options'], what).toBe('DENY')
  expect(headers['referrer-policy'], what).toBe('no-referrer')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  expect(headers['cross-origin-opener-policy'], what).toBe('same-origin')
  expect(headers['cross-origin-resource-policy'], what).toBe('same-origin')
  const csp = headers['content-security-policy'] ?? ''
  expect(csp, what).toMatch(/default-src '(self|none)'/)
  expect(csp, what).toContain("frame-ancestors 'none'")
  expect(csp, what).not.toMatch(/https?:|\*|unsafe-eval/)
}

test('answers Next.js gives early carry the security headers too: a broken address, TRACE, refusals', async ({
  request,
}) => {
  // A broken %-escape and TRACE were 500s without a header; now 400 and 405, with them.
  for (const path of ['/stories/%', '/%E0%A4%A', `${STORY_PATH}/sources/%zz`]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(400)
    expectFixedHeaders(response.headers(), path)
  }
  // TRACE is refused by the app's server; TRACK is not even HTTP to Node's parser.
  for (const [method, status] of [
    ['TRACE', 405],
    ['TRACK', 400],
  ] as const) {
    const response = await request.fetch('/', { method })
    expect(response.status(), method).toBe(status)
    expect(await response.text()).not.toContain('<')
    expectFixedHeaders(response.headers(), method)
  }
  const refusals = [
    await request.get('/api/admin/users'),
    await request.post('/api/auth/sign-in/email', { data: { email: 'a@b.example', password: 'x' } }),
    await request.get('/api/auth/list-sessions'),
    await request.get('/no-such-page'),
    await request.get(`${STORY_PATH}/edit`, { maxRedirects: 0 }),
  ]
  expect(refusals.map((r) => r.status())).toEqual([401, 403, 404, 404, 307])
  for (const response of refusals) expectFixedHeaders(response.headers(), response.url())
})

test('each page gets a nonce of its own, and every script on it carries that nonce', async ({ request }) => {
  const nonces: string[] = []
  for (let i = 0; i < 3; i++) {
    const response = await request.get(STORY_PATH)
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1]
    expect(nonce).toBeTruthy()
    nonces.push(nonce!)
    const html = await response.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  }
  expect(new Set(nonces).size).toBe(3)
})

test('over https (as a proxy in front reports it) the site sends HSTS', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
  expect(response.headers()['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
})

test('the story page works under its policy: no console errors or warnings while reading, sorting and exporting', async ({
  page,
}) => {
  // A CSP violation, a header the browser rejects or a failed load all show up here.
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  await openStory(page, STORY_PATH)
  await page
    .getByRole('button', { name: /^Speaker/ })
    .first()
    .click()
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (CSV)' }).click(),
  ])
  await rowAction(page.locator('#s-taliban-soil'), 'Show in source')
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(violations).toEqual([])
})
