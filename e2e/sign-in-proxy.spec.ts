import { expect, test } from './writable'

/**
 * The app behind a proxy: TRUSTED_PROXY names it (here 127.0.0.1, where these requests
 * come from), and the address that counts is the entry the proxy appended to
 * X-Forwarded-For, the last. Each test plays clients at addresses of its own.
 */
test.use({ appEnv: { SPEC: 'sign-in-proxy', TRUSTED_PROXY: '127.0.0.1' } })

test('an attacker guessing one account is held after 10 tries; the owner, elsewhere, signs in through the page', async ({
  app,
  browser,
}) => {
  // Eleven password checks (scrypt) and a sign-in through the page: slow on a busy machine.
  test.setTimeout(120_000)
  const attacker = await app.request(null)
  const statuses: number[] = []
  for (let attempt = 0; attempt < 11; attempt++) {
    const response = await attacker.post('/api/auth/sign-in/email', {
      // What the client wrote comes first; the proxy appends the address it saw.
      headers: { 'x-forwarded-for': `10.66.0.${attempt + 1}, 198.51.100.7` },
      data: { email: app.accounts.editor.email, password: `wrong guess ${attempt}` },
    })
    statuses.push(response.status())
  }
  expect(statuses).toEqual([...Array(10).fill(401), 429])
  // Held from there, even with the right password…
  const held = await attacker.post('/api/auth/sign-in/email', {
    headers: { 'x-forwarded-for': '198.51.100.7' },
    data: { email: app.accounts.editor.email, password: app.accounts.editor.password },
  })
  expect(held.status()).toBe(429)

  // …while the owner, at their own address, signs in as ever.
  const owner = await browser.newContext({
    baseURL: app.baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.5' },
  })
  const page = await owner.newPage()
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(app.accounts.editor.email)
  await page.getByLabel('Password').fill(app.accounts.editor.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Site' })).toContainText(
    `Signed in as ${app.accounts.editor.name}`,
  )
  await owner.close()
})

test('the password change takes 10 guesses at the current password a minute, then says to wait', async ({
  app,
  browser,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({
    baseURL: app.baseURL,
    storageState: app.storageState('reader'),
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' },
  })
  const statuses: number[] = []
  for (let attempt = 0; attempt < 10; attempt++) {
    const response = await context.request.post('/api/account/password', {
      headers: { origin: app.baseURL },
      data: { currentPassword: `guess ${attempt}`, newPassword: 'a new password 1' },
    })
    statuses.push(response.status())
  }
  expect(statuses).toEqual(Array(10).fill(400))
  // The eleventh, on the account page: refused in words, before the password is checked.
  const page = await context.newPage()
  await page.goto('/account')
  await page.getByLabel('Current password').fill(app.accounts.reader.password)
  await page.getByLabel('New password', { exact: true }).fill('a new password 1')
  await page.getByLabel('New password again').fill('a new password 1')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    /^Too many password attempts\. Wait \d+ seconds, then try again\.$/,
  )
  // Nothing changed: the old password still signs in, from another address.
  const other = await app.request(null)
  const signIn = await other.post('/api/auth/sign-in/email', {
    headers: { 'x-forwarded-for': '203.0.113.77' },
    data: { email: app.accounts.reader.email, password: app.accounts.reader.password },
  })
  expect(signIn.status()).toBe(200)
  await context.close()
})
