import { expect, test } from './writable'

/**
 * The sign-in limits, on a server of its own: this spec signs in wrongly on purpose. No
 * TRUSTED_PROXY here: the address is the socket's, whatever X-Forwarded-For says (every
 * request of this spec comes from 127.0.0.1, and shares that address's count). The
 * limits behind a proxy are in sign-in-proxy.spec.ts.
 */
test.use({ appEnv: { SPEC: 'sign-in-limit' } })

test('behind https the session cookie is Secure, and HSTS is sent', async ({ app }) => {
  const request = await app.request(null)
  const response = await request.post('/api/auth/sign-in/email', {
    headers: { 'x-forwarded-proto': 'https', origin: app.baseURL.replace('http:', 'https:') },
    data: { email: app.accounts.reader.email, password: app.accounts.reader.password },
  })
  expect(response.status()).toBe(200)
  const cookie = response
    .headersArray()
    .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('session_token'))
  expect(cookie?.value).toMatch(/^__Secure-/)
  expect(cookie?.value).toMatch(/; Secure/i)
  expect(cookie?.value).toMatch(/; HttpOnly/i)
  expect(cookie?.value).toMatch(/; SameSite=Lax/i)
  expect(response.headers()['strict-transport-security']).toContain('max-age=')
})

test('repeated wrong passwords are refused, then limited, with a message that says to wait', async ({
  app,
  page,
}) => {
  await page.goto('/sign-in')
  const alert = page.getByRole('main').getByRole('alert')
  let limited = false
  for (let attempt = 0; attempt < 15 && !limited; attempt++) {
    await page.getByLabel('Email').fill(app.accounts.admin.email)
    await page.getByLabel('Password').fill(`wrong guess ${attempt}`)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(alert).not.toBeEmpty()
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled()
    limited = /Too many sign-in attempts/.test((await alert.textContent()) ?? '')
    if (!limited) await expect(alert).toHaveText(/do not match an account/)
  }
  expect(limited).toBe(true)
  await expect(alert).toHaveText(/^Too many sign-in attempts\. Wait \d+ seconds, then try again\.$/)
  // The right password does not get through either until the window passes.
  await page.getByLabel('Password').fill(app.accounts.admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(alert).toHaveText(/Too many sign-in attempts/)
  await expect(
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible()
})

test('a new made-up address on every try does not escape the limit: guesses at one account are counted too', async ({
  app,
}) => {
  const request = await app.request(null)
  const statuses: number[] = []
  for (let attempt = 0; attempt < 15; attempt++) {
    const response = await request.post('/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': `198.51.100.${attempt + 1}` },
      data: { email: app.accounts.editor.email, password: `wrong guess ${attempt}` },
    })
    statuses.push(response.status())
    if (response.status() === 429) {
      expect(Number(response.headers()['x-retry-after'])).toBeGreaterThan(0)
      break
    }
  }
  expect(statuses.at(-1)).toBe(429)
  expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true)
})

test('many accounts tried from one address, a made-up X-Forwarded-For on each try, are held by the count per address', async ({
  app,
}) => {
  const request = await app.request(null)
  const statuses: number[] = []
  // 30 a minute per address; this server's sign-ins so far (its start, other tests) count too.
  for (let attempt = 0; attempt <= 30; attempt++) {
    const response = await request.post('/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': `203.0.113.${attempt + 1}` },
      data: { email: `sprayed-${attempt}@example.test`, password: 'Summer2024!' },
    })
    statuses.push(response.status())
    if (response.status() === 429) {
      expect((await response.json()).error).toMatch(/^Too many sign-in attempts\. Wait \d+ seconds/)
      break
    }
  }
  expect(statuses.at(-1)).toBe(429)
  expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true)
  // The right password of a real account, from that address, waits as well.
  const owner = await request.post('/api/auth/sign-in/email', {
    headers: { 'x-forwarded-for': '192.0.2.200' },
    data: { email: app.accounts.reader.email, password: app.accounts.reader.password },
  })
  expect(owner.status()).toBe(429)
})
