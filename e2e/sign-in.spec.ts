import { violations } from './axe'
import { expect, ROLES, test } from './writable'

/**
 * Signing in through the page, as a person does. The only spec that signs in through the
 * form (a handful of attempts, well under the limit), on a server of its own; others
 * reuse each role's session.
 */
test.use({ appEnv: { SPEC: 'sign-in' } })

for (const role of ROLES) {
  test(`the ${role} signs in with email and password and the header names them`, async ({ app, page }) => {
    const { email, password, name } = app.accounts[role]
    await page.goto('/')
    await page.getByRole('link', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/sign-in/)
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    const nav = page.getByRole('navigation', { name: 'Site' })
    await expect(nav).toContainText(`Signed in as ${name}`)
    await expect(nav.getByRole('link', { name: 'Account' })).toBeVisible()
    await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(role === 'admin' ? 1 : 0)
    await expect(nav.getByRole('link', { name: 'Sign in' })).toHaveCount(0)

    // The session cookie: out of scripts' reach, not sent on cross-site requests; over
    // plain http (this test server) it cannot be Secure. The https flavour is checked in
    // sign-in-limit.spec.ts.
    const cookies = await page.context().cookies()
    const session = cookies.find((c) => c.name.endsWith('session_token'))
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false })
    expect(await page.evaluate(() => document.cookie)).not.toContain('session_token')
  })
}

test('a wrong password gets a message in plain words, and no session', async ({ app, page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(app.accounts.editor.email)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That email and password do not match an account here. Check both and try again.',
  )
  await expect(
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in' }),
  ).toBeVisible()
  expect((await page.context().cookies()).some((c) => c.name.endsWith('session_token'))).toBe(false)
})

test('signing in works with the keyboard alone, and goes back to the page asked for', async ({
  app,
  page,
}) => {
  await page.goto('/sign-in?next=/codebook')
  await page.keyboard.press('Tab') // skip link
  // Tab until the Email field has focus, as a keyboard user would.
  for (let i = 0; i < 15; i++) {
    if (await page.getByLabel('Email').evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(page.getByLabel('Email')).toBeFocused()
  await page.keyboard.type(app.accounts.reader.email)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password')).toBeFocused()
  await page.keyboard.type(app.accounts.reader.password)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/codebook$/)
  await expect(page.getByRole('navigation', { name: 'Site' })).toContainText(
    `Signed in as ${app.accounts.reader.name}`,
  )
})

test('after signing in, next= never leads to another site: newline, tab and backslash are read as the browser reads them', async ({
  app,
  page,
}) => {
  const other = (url: string) => new URL(url).host !== new URL(app.baseURL).host
  const leftTo: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && other(frame.url())) leftTo.push(frame.url())
  })
  // The address of the issue: the browser drops the newline and goes to other-host.
  await page.goto('/sign-in?next=%2F%0A%2Fother-host/page')
  await page.getByLabel('Email').fill(app.accounts.reader.email)
  await page.getByLabel('Password').fill(app.accounts.reader.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Site' })).toContainText(
    `Signed in as ${app.accounts.reader.name}`,
  )
  await expect(page).toHaveURL(`${app.baseURL}/`)
  // Signed in, the page offers "Go on" to the same place: a tab, a backslash, "/./".
  for (const next of ['%2F%09%2Fother-host/page', '%2F%5Cother-host/page', '%2F.%2F%2Fother-host/page']) {
    await page.goto(`/sign-in?next=${next}`)
    const goOn = page.getByRole('link', { name: 'Go on' })
    await expect(goOn).toHaveAttribute('href', '/')
    await goOn.click()
    await expect(page).toHaveURL(`${app.baseURL}/`)
  }
  // A path on this site is kept, query and all.
  await page.goto('/sign-in?next=%2Fcodebook%3Fx%3D1')
  await expect(page.getByRole('link', { name: 'Go on' })).toHaveAttribute('href', '/codebook?x=1')
  expect(leftTo).toEqual([])
})

test('signing out ends the session in the store, not only in this browser', async ({ app, page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(app.accounts.editor.email)
  await page.getByLabel('Password').fill(app.accounts.editor.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const nav = page.getByRole('navigation', { name: 'Site' })
  await expect(nav).toContainText('Signed in as')
  const cookies = await page.context().cookies()
  await nav.getByRole('button', { name: 'Sign out' }).click()
  await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible()
  // The old cookie, replayed, no longer opens a session.
  const replay = await app.request(null)
  const session = await replay.get('/api/auth/get-session', {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
  })
  expect(await session.json()).toBeNull()
})

test('the sign-in page has no WCAG 2.1 A/AA violations, empty and with an error', async ({ page }) => {
  await page.goto('/sign-in')
  expect(await violations(page)).toEqual([])
  await page.getByLabel('Email').fill('nobody@example.test')
  await page.getByLabel('Password').fill('wrong password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('alert')).not.toBeEmpty()
  expect(await violations(page)).toEqual([])
})
