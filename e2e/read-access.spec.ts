import type { APIRequestContext, APIResponse } from '@playwright/test'
import { speakerSlug } from '../lib/view/speaker-slug'
import { seed, SLUG, STORY_PATH } from './seed'
import { expect, test } from './writable'

/** READ_ACCESS=signed-in, read when this server starts (the build is the shared one). */
test.use({ appEnv: { READ_ACCESS: 'signed-in' } })

const SOURCE_PATH = `${STORY_PATH}/sources/${seed.sources[0]!.id}`
const PAGES = ['/', STORY_PATH, '/codebook', '/import', '/stories/no-such-story']

/** What only a reader may learn: the story's title and question, who spoke, what they said. */
const SECRETS = [
  seed.title,
  seed.question,
  ...seed.statements.map((s) => s.speaker.name),
  ...seed.statements.map((s) => s.text.slice(0, 40)),
  seed.sources[0]!.text.slice(0, 40),
]

/** Every way a browser asks for a page: the document, its RSC payload (navigation, prefetch), HEAD. */
async function answers(visitor: APIRequestContext, path: string): Promise<[string, APIResponse][]> {
  const got: [string, APIResponse][] = [
    ['GET', await visitor.get(path, { maxRedirects: 0 })],
    ['HEAD', await visitor.head(path, { maxRedirects: 0 })],
  ]
  for (const [name, headers] of [
    ['RSC', { rsc: '1' }],
    ['RSC prefetch', { rsc: '1', 'next-router-prefetch': '1' }],
  ] as const) {
    let response = await visitor.get(path, { maxRedirects: 0, headers })
    // Next.js first sends an RSC request to the address with its cache-busting parameter.
    const location = response.headers()['location'] ?? ''
    if (response.status() === 307 && location.includes('_rsc'))
      response = await visitor.get(location, { maxRedirects: 0, headers })
    got.push([name, response])
  }
  return got
}

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

test('no title, speaker name or statement reaches a visitor in any answer: 307 bodies, RSC, HEAD, metadata', async ({
  app,
}) => {
  // The speakers' pages, as a reader finds them.
  const reader = await app.request('reader')
  const speakers = [
    ...(await (await reader.get('/speakers')).text()).matchAll(/href="(\/speakers\/[^"#?]+)"/g),
  ]
  const speakerPaths = [...new Set(speakers.map((m) => m[1]!))]
  expect(speakerPaths.length).toBeGreaterThan(0)
  // …which do show the secrets to a reader, so their absence below means something.
  const readerView = await (await reader.get(SOURCE_PATH)).text()
  expect(readerView).toContain(seed.title)
  expect(readerView).toContain(seed.statements[0]!.text.slice(0, 40))

  const anonymous = await app.request(null)
  const paths = [
    ...PAGES,
    SOURCE_PATH,
    '/speakers',
    ...speakerPaths,
    `${STORY_PATH}/edit`,
    `${STORY_PATH}/history`,
    `${STORY_PATH}/add`,
    `${STORY_PATH}/reviews/no-such-review`,
  ]
  for (const path of paths)
    for (const [how, response] of await answers(anonymous, path)) {
      const what = `${how} ${path}`
      expect(response.status(), what).toBeLessThan(500)
      const text = `${JSON.stringify(response.headersArray())}\n${how === 'HEAD' ? '' : await response.text()}`
      for (const secret of SECRETS) expect(text, `${what} shows “${secret}”`).not.toContain(secret)
    }
  // The document answers send the visitor to sign in, coming back after.
  for (const path of [SOURCE_PATH, speakerPaths[0]!]) {
    const response = await anonymous.get(path, { maxRedirects: 0 })
    expect(response.status(), path).toBe(307)
    expect(response.headers()['location']).toBe(`/sign-in?next=${encodeURIComponent(path)}`)
  }
})

test('the data routes refuse a visitor with no session, or a made-up session cookie', async ({ app }) => {
  const anonymous = await app.request(null)
  for (const cookie of [undefined, 'better-auth.session_token=forged.value']) {
    for (const route of [
      `/story-data/${SLUG}.json`,
      `/story-data/${SLUG}.json.gz`,
      `/story-rows/${SLUG}`,
      `/story-rows/${SLUG}?q=Taliban`,
      `/speakers/${speakerSlug(seed.statements[0]!.speaker.name)}/statements.csv`,
    ]) {
      const response = await anonymous.get(route, { headers: cookie ? { cookie } : {} })
      expect(response.status(), route).toBe(401)
      expect(await response.text(), route).not.toContain(seed.statements[0]!.speaker.name)
    }
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
  for (const path of ['/', STORY_PATH, '/codebook', SOURCE_PATH])
    expect((await reader.get(path, { maxRedirects: 0 })).status(), path).toBe(200)
  // Starting a story is an editor's work: a reader is told no.
  expect((await reader.get('/import', { maxRedirects: 0 })).status()).toBe(403)
})

test('the health route answers a load balancer with no session, and names no folder', async ({ app }) => {
  const anonymous = await app.request(null)
  const response = await anonymous.get('/api/health', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toBe('no-store')
  expect(await response.json()).toEqual({ status: 'ok' })
  expect(await response.text()).not.toContain(app.dir)
})
