import { SLUG, STORY_PATH } from './seed'
import { expect, test } from './writable'

/** READ_ACCESS=signed-in, read when this server starts (the build is the shared one). */
test.use({ appEnv: { READ_ACCESS: 'signed-in' } })

const PAGES = ['/', STORY_PATH, '/codebook', '/import', '/stories/no-such-story']

test('every page sends a visitor with no session to sign in, and shows nothing of the stories', async ({
  app,
}) => {
  const anonymous = await app.request(null)
  for (const path of PAGES) {
    const response = await anonymous.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(307)
    expect(response.headers()['location'], path).toMatch(/\/sign-in\?next=/)
    expect(await response.text(), path).not.toContain('Pakistan')
  }
})

test('the data route refuses a visitor with no session, or a made-up session cookie', async ({ app }) => {
  const anonymous = await app.request(null)
  for (const cookie of [undefined, 'better-auth.session_token=forged.value']) {
    const response = await anonymous.get(`/story-data/${SLUG}.json`, { headers: cookie ? { cookie } : {} })
    expect(response.status()).toBe(401)
    const story = await anonymous.get(STORY_PATH, { maxRedirects: 0, headers: cookie ? { cookie } : {} })
    expect(story.status()).toBe(307)
  }
})

test('a visitor is sent to sign in and comes back to the story; a reader then reads everything', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ baseURL: app.baseURL })
  const page = await context.newPage()
  await page.goto(STORY_PATH)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('Email').fill(app.accounts.reader.email)
  await page.getByLabel('Password').fill(app.accounts.reader.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${STORY_PATH}$`))
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await context.close()

  const reader = await app.request('reader')
  for (const path of PAGES.slice(0, 4))
    expect((await reader.get(path, { maxRedirects: 0 })).status(), path).toBe(200)
})

test('the health route answers a load balancer with no session, and names no folder', async ({ app }) => {
  const anonymous = await app.request(null)
  const response = await anonymous.get('/api/health', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(await response.json()).toEqual({ status: 'ok' })
  expect(await response.text()).not.toContain(app.dir)
})
