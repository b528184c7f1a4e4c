import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { violations } from './axe'
import { startFixtureWeb, type FixtureWeb } from './web-fixtures/server'
import { expect, test, type Role, type WritableApp } from './writable'

/**
 * Adding an article by its address, as an editor does it: the fixture web (realistic
 * pages, on loopback) serves the page, the app fetches it (loopback allowed for this
 * server only), the editor corrects the title, drafts, reviews and saves; then the source
 * page says when the page was fetched, hands the copy over as plain text, and shows what
 * the publisher changed since. One writable app for the file, so its tests run in order.
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 })
test.use({ appEnv: { FETCH_ALLOW_PRIVATE: 'loopback' } })

const STORY = '/stories/pakistan-afghanistan-militancy-2023'
const TITLE = 'Kabul and Islamabad reopen trade talks'
const CORRECTED = 'Kabul and Islamabad reopen talks on transit trade'
const QUOTE = 'We want the crossing open every day of the week, for every trader'

let web: FixtureWeb
test.beforeAll(async () => {
  web = await startFixtureWeb()
})
test.afterAll(() => web?.close())

async function as(app: WritableApp, browser: Browser, who: Role): Promise<Page> {
  return (await app.as(who)).newPage()
}

test('an editor adds an article by its address, corrects the title, reviews, saves, and reads the archived copy back', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  await page.goto(`${STORY}/add`)
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()

  // A refusal first, in words: a page that redirects to a private network address.
  const address = page.getByRole('textbox', { name: /^Address of the article/ })
  await address.fill(`${web.origin}/redirect/private`)
  await address.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'private network' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  await address.fill(`${web.origin}/edited/trade-talks`)
  await address.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Fetched / })).toContainText('kept as fetched')
  await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(TITLE)
  await expect(page.getByRole('textbox', { name: /^Publisher/ })).toHaveValue('Frontier Ledger')
  await expect(page.getByRole('textbox', { name: /^Date/ })).toHaveValue('2024-04-02')
  await expect(page.getByRole('textbox', { name: /^Address \(URL\)/ })).toHaveValue(
    `${web.origin}/edited/trade-talks`,
  )
  await expect(page.getByText('By Sana Qureshi, as the page names the writers.')).toBeVisible()
  const text = page.getByRole('textbox', { name: 'Article text' })
  await expect(text).toHaveValue(new RegExp(`^Officials from Afghanistan and Pakistan met`))
  await expect(text).not.toHaveValue(/Frontier Ledger|Home/)
  expect(await violations(page)).toEqual([])

  await page.getByRole('textbox', { name: /^Title/ }).fill(CORRECTED)
  await page.getByRole('button', { name: 'Draft the statements and start the review' }).click()
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)
  // The minister's quote's card (cards are named by speaker and first words).
  const card = page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .filter({ has: page.locator('blockquote', { hasText: QUOTE }) })
  await expect(card.locator('blockquote')).toContainText(QUOTE)
  const camp = card
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio', { name: /^Pakistani officials/ })
  if (!(await camp.isChecked())) {
    await camp.check()
    await expect(card.getByRole('status')).toHaveText(/Saved\.$/)
  } else if (await card.getByRole('group', { name: /^Suggested camp of / }).isVisible()) {
    // Suggested by the speaker's record: the editor confirms it.
    await card.getByRole('button', { name: /, the suggested camp of / }).click()
    await expect(card.getByRole('status')).toHaveText(/Saved\.$/)
  }
  await card
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: /^Neutral/ })
    .check()
  await expect(card.getByRole('status')).toHaveText(/Saved\.$/)
  await card.getByRole('textbox', { name: /^Stance label of / }).fill('Wants the crossing open')
  await card.getByRole('textbox', { name: /^Stance label of / }).press('Tab')
  await expect(card.getByRole('status')).toHaveText(/Saved\.$/)
  await card.getByRole('button', { name: /^Mark .* reviewed$/ }).click()
  await expect(card.getByRole('status')).toHaveText('Marked reviewed. Saved.')
  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(page.getByText(/^Saved 1 statement to the story\./)).toBeVisible()

  await page.goto(STORY)
  await page.getByRole('link', { name: 'Read it with its statements highlighted (source 2)' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CORRECTED)
  const kept = page.getByRole('region', { name: 'The page as fetched' })
  await expect(kept).toContainText(/Fetched on \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC from/)
  await expect(
    page.getByText('By Sana Qureshi, as the page named its writers when it was added.'),
  ).toBeVisible()
  await expect(page.getByTestId('source-text')).toContainText(QUOTE)
  expect(await violations(page)).toEqual([])

  // The copy comes as plain text, byte for byte the page that was served.
  const downloading = page.waitForEvent('download')
  await kept.getByRole('link', { name: /^Download the archived page/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/-as-fetched-\d{4}-\d\d-\d\d\.html\.txt$/)
  const copy = readFileSync((await download.path())!, 'utf8')
  expect(copy).toContain(`<title>${TITLE} | Frontier Ledger</title>`)
  expect(copy).toContain('He said the talks had been useful.')
  const response = await page.request.get(`${new URL(page.url()).pathname}/archived`)
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8')
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/)

  // The publisher has edited the page since: fetched again, the change shows word by word.
  await kept.getByRole('button', { name: 'Fetch again and compare' }).focus()
  await page.keyboard.press('Enter')
  await expect(kept.getByRole('status').filter({ hasText: /^Fetched again/ })).toContainText(
    /the publisher added \d+ words and removed \d+ words?\. The source’s text here is unchanged\./,
  )
  const changes = page.getByTestId('text-changes')
  await expect(changes.locator('ins')).toContainText(['difficult'])
  await expect(changes.locator('del')).toContainText(['useful'])
  await expect(changes.locator('ins').filter({ hasText: 'A second round is planned for May.' })).toHaveCount(
    1,
  )
  await expect(page.getByTestId('source-text')).toContainText('He said the talks had been useful.')
  expect(await violations(page)).toEqual([])
})

test('a reader sees when the page was fetched, but gets neither the copy nor a fetch', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'reader')
  await page.goto(STORY)
  await page.getByRole('link', { name: 'Read it with its statements highlighted (source 2)' }).click()
  const kept = page.getByRole('region', { name: 'The page as fetched' })
  await expect(kept).toContainText('Fetched on')
  await expect(kept.getByRole('link', { name: /^Download the archived page/ })).toHaveCount(0)
  await expect(kept.getByRole('button', { name: 'Fetch again and compare' })).toHaveCount(0)
  const path = `${new URL(page.url()).pathname}/archived`
  expect((await (await app.request('reader')).get(path)).status()).toBe(403)
  expect((await (await app.request(null)).get(path)).status()).toBe(401)
  const fetching = await (
    await app.request('reader')
  ).post('/api/stories/pakistan-afghanistan-militancy-2023/articles/fetch', {
    data: { url: `${web.origin}/news/world-asia-68512345` },
  })
  expect(fetching.status()).toBe(403)
})

test('an editor opens a text file: its headline fills the title, not the text, and the control names the file', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  await page.goto(`${STORY}/add?new=1`)
  const file = path.join(tmpdir(), `torkham-${Date.now()}.txt`)
  writeFileSync(
    file,
    'Torkham crossing reopens after talks\nBy Sana Qureshi\n4 April 2024\n\nThe crossing reopened on Thursday, officials said.\n',
  )
  await page.getByLabel('Open a saved page or text file').setInputFiles(file)
  await expect(page.getByText(`Opened ${path.basename(file)}.`)).toBeVisible()
  await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(
    'Torkham crossing reopens after talks',
  )
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(
    'The crossing reopened on Thursday, officials said.',
  )
  await expect(page.getByRole('textbox', { name: /^Date/ })).toHaveValue('2024-04-04')
  await expect(page.getByText(/^Inferred, not stated:/)).toBeVisible()
  expect(await violations(page)).toEqual([])
})
