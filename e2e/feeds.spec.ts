import type { Page } from '@playwright/test'
import { violations } from './axe'
import { startFixtureWeb, type FixtureWeb } from './web-fixtures/server'
import { expect, test } from './writable'

/**
 * Feeds as an editor uses them: a feed with keywords and a broken one watched for a story,
 * the app polling every few seconds (FEEDS_POLL_MINUTES for this app only) from the
 * fixture web on loopback; matching items wait in the inbox, a dismissal stays, an item
 * opens into a review in one click, and the broken feed says why on its own row.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 })
test.use({ appEnv: { FETCH_ALLOW_PRIVATE: 'loopback', FEEDS_POLL_MINUTES: '0.05' } })

const STORY = '/stories/pakistan-afghanistan-militancy-2023'
const TORKHAM = 'Traders count losses as Torkham reopens after nine days'
const FLAG = 'Flag meeting sets terms for a joint border survey'
const EXAMS = 'Exam season begins in Khyber Pakhtunkhwa'

let web: FixtureWeb
test.beforeAll(async () => {
  web = await startFixtureWeb()
})
test.afterAll(() => web?.close())

const inbox = (page: Page) => page.getByRole('region', { name: /^Inbox/ })

async function watch(page: Page, url: string, keywords: string) {
  await page.getByRole('textbox', { name: 'Address of the RSS or Atom feed' }).fill(url)
  await page.getByRole('textbox', { name: /^Keywords/ }).fill(keywords)
  await page.getByRole('button', { name: 'Watch this feed' }).click()
  await expect(page.getByRole('button', { name: `Stop watching ${url}` })).toBeVisible()
}

test('an editor watches feeds, sees matching items in the inbox, dismisses one for good and opens one', async ({
  app,
}) => {
  const page = await (await app.as('editor')).newPage()
  await page.goto(STORY)
  await page.getByRole('link', { name: 'Feeds and inbox' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Feeds and inbox' })).toBeVisible()
  await expect(inbox(page)).toContainText('Nothing waits in the inbox.')
  expect(await violations(page)).toEqual([])

  await watch(page, `${web.origin}/feeds/world.rss`, 'Torkham, border')
  await watch(page, `${web.origin}/feeds/broken.xml`, '')

  // The app polls on its own: reload until the first poll's items are in.
  await expect
    .poll(
      async () => {
        await page.reload()
        return inbox(page).getByRole('heading', { level: 3 }).allInnerTexts()
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toEqual(expect.arrayContaining([TORKHAM, FLAG]))
  await expect(inbox(page)).not.toContainText(EXAMS)
  const torkham = inbox(page).getByRole('listitem').filter({ hasText: TORKHAM })
  await expect(torkham).toContainText('Frontier Ledger · 2024-03-04 · Matched: Torkham')
  // The broken feed may come up in a later poll than the good one: reload until it has.
  await expect
    .poll(
      async () => {
        await page.reload()
        return page.getByText(/^The last poll was refused: /).count()
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(1)
  expect(await violations(page)).toEqual([])

  await inbox(page)
    .getByRole('button', { name: `Dismiss : ${FLAG}` })
    .click()
  await expect(inbox(page).getByRole('heading', { name: FLAG })).toHaveCount(0)
  // Later polls bring the same items again: the dismissed one stays out, nothing comes twice.
  const polled = web.requests.filter((r) => r.path === '/feeds/world.rss').length
  await expect
    .poll(() => web.requests.filter((r) => r.path === '/feeds/world.rss').length, { timeout: 30_000 })
    .toBeGreaterThan(polled + 1)
  await page.reload()
  await expect(inbox(page).getByRole('heading', { name: FLAG })).toHaveCount(0)
  await expect(inbox(page).getByRole('heading', { name: TORKHAM })).toHaveCount(1)

  await inbox(page)
    .getByRole('button', { name: `Open into a review : ${TORKHAM}` })
    .click()
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/, { timeout: 60_000 })
  await expect(page.getByRole('heading', { name: /^Drafted statements: \d+, 0 reviewed$/ })).toBeVisible()
  await page.goto(`${STORY}/feeds`)
  await expect(inbox(page).getByRole('heading', { name: TORKHAM })).toHaveCount(0)
})

test('an editor changes a watched feed’s keywords, from the keyboard, and the change is in the story’s history', async ({
  app,
}) => {
  const page = await (await app.as('editor')).newPage()
  await page.goto(`${STORY}/feeds`)
  const row = page.getByRole('listitem').filter({ hasText: `${web.origin}/feeds/world.rss` })
  await expect(row).toContainText('Keywords: Torkham, border')
  await row.getByRole('button', { name: /^Change keywords of / }).click()
  const box = row.getByRole('textbox', { name: /^Keywords of / })
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('Torkham, border')
  expect(await violations(page)).toEqual([])
  // Keywords it cannot match are refused in words; nothing changes.
  await box.fill('!!!')
  await box.press('Enter')
  await expect(row.getByRole('alert')).toHaveText('“!!!” has no letters or digits to match.')
  await box.fill('Chaman, Khyber Pass')
  await box.press('Enter')
  await expect(row.getByRole('status')).toHaveText('Keywords saved: they choose the items of the next polls.')
  await expect(row).toContainText('Keywords: Chaman, Khyber Pass')
  await page.reload()
  await expect(row).toContainText('Keywords: Chaman, Khyber Pass')

  await page.goto(`${STORY}/history`)
  const entry = page
    .getByRole('listitem')
    .filter({ hasText: `the feed at ${web.origin}/feeds/world.rss` })
    .first()
  await expect(entry).toContainText('Edited')
  await expect(entry).toContainText('Torkham, border')
  await expect(entry).toContainText('Chaman, Khyber Pass')
})

test('a reader cannot reach the feeds page or its writes', async ({ app }) => {
  const page = await (await app.as('reader')).newPage()
  const response = await page.goto(`${STORY}/feeds`)
  expect(response?.status()).toBe(403)
  const reader = await app.request('reader')
  const refused = await reader.post(`/api/stories/pakistan-afghanistan-militancy-2023/feeds`, {
    data: { url: `${web.origin}/feeds/region.atom`, keywords: '' },
  })
  expect(refused.status()).toBe(403)
})
