import type { APIRequestContext } from '@playwright/test'
import { violations } from './axe'
import { expect, test, type WritableApp } from './writable'

/**
 * Managing users: the admin's page, everyone's account page, and the write routes under
 * /api/ tried directly with no session, too small a role and a foreign Origin.
 * A server of its own: these tests sign people in and out on purpose.
 */
test.use({ appEnv: { SPEC: 'admin' } })

async function users(app: WritableApp) {
  const admin = await app.request('admin')
  const response = await admin.get('/api/admin/users')
  expect(response.status()).toBe(200)
  return (
    (await response.json()) as { users: { id: string; email: string; role: string; disabled: boolean }[] }
  ).users
}

/** Signs a new person in through the endpoint, as the sign-in page does. */
async function signIn(app: WritableApp, email: string, password: string): Promise<APIRequestContext> {
  const context = await app.request(null)
  const response = await context.post('/api/auth/sign-in/email', { data: { email, password } })
  expect(response.status(), await response.text()).toBe(200)
  return context
}

async function newUser(app: WritableApp, email: string, role = 'editor', password = 'first password 1') {
  const admin = await app.request('admin')
  const added = await admin.post('/api/admin/users', {
    data: { email, name: email.split('@')[0], role, password },
  })
  expect(added.status(), await added.text()).toBe(200)
  return ((await added.json()) as { user: { id: string } }).user.id
}

test('anonymous, reader and editor requests to the admin routes are refused, and nothing changes', async ({
  app,
}) => {
  const before = await users(app)
  const target = before.find((u) => u.email === app.accounts.editor.email)!
  const attempts = [
    (c: APIRequestContext) => c.get('/api/admin/users'),
    (c: APIRequestContext) =>
      c.post('/api/admin/users', {
        data: { email: 'mallory@example.test', role: 'admin', password: 'mallory pw 1' },
      }),
    (c: APIRequestContext) => c.patch(`/api/admin/users/${target.id}`, { data: { role: 'reader' } }),
    (c: APIRequestContext) => c.patch(`/api/admin/users/${target.id}`, { data: { disabled: true } }),
    (c: APIRequestContext) =>
      c.patch(`/api/admin/users/${target.id}`, { data: { password: 'taken over 1' } }),
  ]
  for (const [who, expected] of [
    [null, 401],
    ['reader', 403],
    ['editor', 403],
  ] as const) {
    const context = await app.request(who)
    for (const attempt of attempts)
      expect((await attempt(context)).status(), `${who ?? 'anonymous'}`).toBe(expected)
  }
  // An admin's own session, but from another site's page: refused too.
  const admin = await app.request('admin')
  const foreign = await admin.post('/api/admin/users', {
    headers: { origin: 'http://evil.example' },
    data: { email: 'mallory@example.test', role: 'admin', password: 'mallory pw 1' },
  })
  expect(foreign.status()).toBe(403)
  const noOrigin = await admin.fetch(`/api/admin/users/${target.id}`, {
    method: 'PATCH',
    headers: { origin: '' },
    data: { role: 'reader' },
  })
  expect(noOrigin.status()).toBe(403)
  // Nobody can sign up either.
  const signUp = await (
    await app.request(null)
  ).post('/api/auth/sign-up/email', {
    data: { email: 'mallory@example.test', password: 'mallory pw 1', name: 'Mallory' },
  })
  expect(signUp.status()).toBeGreaterThanOrEqual(400)
  expect(await users(app)).toEqual(before)
})

test('the users page is for admins: a reader gets 403, a visitor is sent to sign in', async ({
  app,
  browser,
}) => {
  const reader = await app.as('reader')
  const page = await reader.newPage()
  const response = await page.goto('/admin/users')
  expect(response?.status()).toBe(403)
  await expect(page.getByRole('heading', { name: 'Not for your account' })).toBeVisible()
  const visitor = await browser.newContext({ baseURL: app.baseURL })
  const anonymous = await visitor.newPage()
  await anonymous.goto('/admin/users')
  await expect(anonymous).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers/)
  await visitor.close()
})

test('editors’ pages answer a reader 403 and send a visitor to sign in; an editor gets them', async ({
  app,
}) => {
  const story = '/stories/pakistan-afghanistan-militancy-2023'
  const pages = ['/import', `${story}/edit`, `${story}/history`, `${story}/add?new=1`]
  const reader = await app.request('reader')
  const visitor = await app.request(null)
  const editor = await app.request('editor')
  for (const path of pages) {
    const refused = await reader.get(path)
    expect(refused.status(), path).toBe(403)
    expect(await refused.text(), path).toContain('Not for your account')
    const sent = await visitor.get(path, { maxRedirects: 0 })
    expect(sent.status(), path).toBe(307)
    expect(sent.headers()['location'], path).toBe(`/sign-in?next=${encodeURIComponent(path.split('?')[0]!)}`)
    expect((await editor.get(path)).status(), path).toBe(200)
  }
})

test('an admin adds a user, changes their role and resets their password in the browser', async ({ app }) => {
  const page = await (await app.as('admin')).newPage()
  await page.goto('/admin/users')
  expect(await violations(page)).toEqual([])
  await page.getByLabel('Email').fill('Nadia@Example.test')
  await page.getByLabel('Name').fill('Nadia Newcomer')
  await page.getByLabel('Role', { exact: true }).selectOption('reader')
  await page.getByLabel('Password', { exact: true }).fill('nadia first pw')
  await page.getByRole('button', { name: 'Add user' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    'Added nadia@example.test as reader.',
  )
  const row = page.getByRole('row', { name: /Nadia Newcomer/ })
  await expect(row).toBeVisible()

  await row.getByLabel('Role of Nadia Newcomer', { exact: true }).selectOption('editor')
  await row.getByRole('button', { name: 'Save role of Nadia Newcomer' }).click()
  await expect(row.getByRole('status')).toHaveText('Nadia Newcomer is now editor.')
  expect((await users(app)).find((u) => u.email === 'nadia@example.test')?.role).toBe('editor')
  // The page refreshes with the saved role; the row keeps its message and shows the new role.
  await page.waitForLoadState('networkidle')
  await expect(row.getByLabel('Role of Nadia Newcomer', { exact: true })).toHaveValue('editor')
  await expect(row.getByRole('status')).toHaveText('Nadia Newcomer is now editor.')

  await row.getByLabel('New password for Nadia Newcomer', { exact: true }).fill('nadia second pw')
  await row.getByRole('button', { name: 'Reset password of Nadia Newcomer' }).click()
  await expect(row.getByRole('status')).toHaveText(/has a new password/)
  await signIn(app, 'nadia@example.test', 'nadia second pw')

  // A refusal reads as the user's words.
  await page.getByLabel('Email').fill('nadia@example.test')
  await page.getByLabel('Password', { exact: true }).fill('another pw 1')
  await page.getByRole('button', { name: 'Add user' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'already' })).toHaveText(
    'There is already an account for nadia@example.test.',
  )
  expect(await violations(page)).toEqual([])
})

test('disabling a user ends their open session at once', async ({ app }) => {
  const id = await newUser(app, 'dora@example.test')
  const dora = await signIn(app, 'dora@example.test', 'first password 1')
  expect((await (await dora.get('/api/auth/get-session')).json())?.user?.email).toBe('dora@example.test')

  const page = await (await app.as('admin')).newPage()
  await page.goto('/admin/users')
  const row = page.getByRole('row', { name: /dora@example\.test/ })
  await row.getByRole('button', { name: 'Disable dora' }).click()
  await expect(page.getByRole('row', { name: /dora@example\.test/ })).toContainText('Disabled')
  expect((await users(app)).find((u) => u.id === id)?.disabled).toBe(true)

  // Her very next request has no session, and her writes are refused.
  expect(await (await dora.get('/api/auth/get-session')).json()).toBeNull()
  expect(
    (
      await dora.post('/api/account/password', {
        data: { currentPassword: 'first password 1', newPassword: 'x'.repeat(10) },
      })
    ).status(),
  ).toBe(401)
})

test('everyone changes their own password on the account page', async ({ app, browser }) => {
  await newUser(app, 'rosa@example.test', 'reader', 'rosa old password')
  const rosa = await signIn(app, 'rosa@example.test', 'rosa old password')
  const context = await browser.newContext({ baseURL: app.baseURL, storageState: await rosa.storageState() })
  const page = await context.newPage()
  await page.goto('/account')
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.getByLabel('Current password').fill('not my password')
  await page.getByLabel('New password', { exact: true }).fill('rosa new password')
  await page.getByLabel('New password again').fill('rosa new password')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Your current password is not right.')
  await page.getByLabel('Current password').fill('rosa old password')
  await page.getByLabel('New password', { exact: true }).fill('rosa new password')
  await page.getByLabel('New password again').fill('rosa new password')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Your password is changed/)
  // This browser stays signed in; the old password no longer works.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
  const old = await (
    await app.request(null)
  ).post('/api/auth/sign-in/email', {
    data: { email: 'rosa@example.test', password: 'rosa old password' },
  })
  expect(old.status()).toBe(401)
  await context.close()
})
