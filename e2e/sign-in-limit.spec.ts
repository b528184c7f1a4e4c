import { expect, test } from './writable'

/** The sign-in limit, on a server of its own: this spec signs in wrongly on purpose. */
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
