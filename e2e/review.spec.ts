import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Locator, Page } from '@playwright/test'
import { violations } from './axe'
import { keyboardSelect } from './helpers'
import { expect, test, type Role, type WritableApp } from './writable'

/**
 * Adding an article to a story as an editor does it: paste, review drafts in place,
 * correct a span by selecting words, save; and everyone else kept out of the write path.
 * One writable app (store and server) for the file, so its tests run in order.
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 })

const STORY = '/stories/pakistan-afghanistan-militancy-2023'
const ARTICLE = readFileSync(
  fileURLToPath(new URL('../eval/articles/12-kakar-evidence.txt', import.meta.url)),
  'utf8',
)
const CORRECTED = 'there has been a 60 percent increase in terrorist incidents in Pakistan'
const FIRST =
  'the Afghan interim government had not taken "concrete steps" against the TTP despite repeated requests'
const LEFT_OUT = '64 Afghan nationals had been involved in suicide attacks'

let reviewUrl = ''

async function as(app: WritableApp, browser: Browser, who: Role | 'anonymous'): Promise<Page> {
  const context = who === 'anonymous' ? await browser.newContext({ baseURL: app.baseURL }) : await app.as(who)
  return context.newPage()
}

/** The n-th draft card, in the article's order. */
const card = (page: Page, n: number) =>
  page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .nth(n - 1)
const saved = (c: Locator) => expect(c.getByRole('status')).toHaveText(/Saved\.$/)

async function review(page: Page, n: number, camp: string, stance: string, label: string) {
  const c = card(page, n)
  const campChoice = c
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio', { name: new RegExp(`^${camp}`) })
  // The speaker's record may have suggested it already: then the editor confirms it.
  if (!(await campChoice.isChecked())) {
    await campChoice.check()
    await saved(c)
  } else if (await c.getByRole('group', { name: /^Suggested camp of / }).isVisible()) {
    await c.getByRole('button', { name: /, the suggested camp of / }).click()
    await saved(c)
  }
  await c
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: new RegExp(`^${stance}`) })
    .check()
  await saved(c)
  await c.getByRole('textbox', { name: /^Stance label of / }).fill(label)
  await c.getByRole('textbox', { name: /^Stance label of / }).press('Tab')
  await saved(c)
}

/** Drags the mouse over `words` inside the marked article, as an editor selects them. */
async function dragOver(page: Page, words: string) {
  const region = page.getByRole('region', { name: 'Article with drafted statements marked' })
  const box = await region.evaluate((el, needle) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle)
      if (at < 0) continue
      ;(node.parentElement as HTMLElement).scrollIntoView({ block: 'center' })
      const rect = (from: number, to: number) => {
        const range = document.createRange()
        range.setStart(node!, from)
        range.setEnd(node!, to)
        return range.getBoundingClientRect()
      }
      const first = rect(at, at + 1)
      const last = rect(at + needle.length - 1, at + needle.length)
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
      }
    }
    return null
  }, words)
  if (!box) throw new Error(`"${words}" is not in one piece of the marked article`)
  await page.mouse.move(box.x0, box.y0)
  await page.mouse.down()
  await page.mouse.move(box.x1, box.y1, { steps: 8 })
  await page.mouse.up()
}

test('an editor adds an article, reviews two drafts, corrects a span by selection, and saves', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  // The extractor drafts in a Web Worker under the page's policy: no violation, no error.
  const logged: string[] = []
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && logged.push(m.text()))
  page.on('pageerror', (error) => logged.push(error.message))
  await page.goto(STORY)
  await page.getByRole('link', { name: 'Add an article' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  await page.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE)
  await page.getByRole('textbox', { name: /^Publisher/ }).fill('Dawn')
  await page.getByRole('textbox', { name: /^Title/ }).fill('Kakar says Kabul took no concrete steps')
  await page.getByRole('textbox', { name: /^Date/ }).fill('2023-11-08')
  await page.getByRole('button', { name: 'Draft the statements and start the review' }).click()
  await expect(page).toHaveURL(/\/stories\/pakistan-afghanistan-militancy-2023\/reviews\/[0-9a-f-]{36}$/)
  reviewUrl = new URL(page.url()).pathname
  expect(logged).toEqual([])
  await expect(page.getByRole('heading', { name: 'Drafted statements: 8, 0 reviewed' })).toBeVisible()
  expect(await violations(page)).toEqual([])

  // "Mark reviewed" explains what is missing, and stores nothing.
  await card(page, 1)
    .getByRole('button', { name: /^Mark .* reviewed$/ })
    .click()
  await expect(card(page, 1).getByRole('alert')).toHaveText(
    /^To mark it reviewed, give it (a camp( you have confirmed \(the suggested one or another\))? and )?a stance on the question or on another claim\.$/,
  )

  await review(page, 1, 'Pakistani officials', 'Supports', 'Says Kabul took no concrete steps')
  await card(page, 1)
    .getByRole('button', { name: /^Mark .* reviewed$/ })
    .click()
  await expect(card(page, 1).getByRole('status')).toHaveText('Marked reviewed. Saved.')

  // Words are selected with the keyboard too: the caret moved to their start, then
  // Shift+ArrowRight over each character. Selecting is not yet changing anything.
  await keyboardSelect(page, ARTICLE, LEFT_OUT)
  await expect(page.getByText(`Selected: “${LEFT_OUT}”`)).toBeVisible()
  await expect(card(page, 2).locator('blockquote')).not.toHaveText(`“${CORRECTED}”`)
  // The span of statement 2 is corrected by dragging the mouse over words inside its mark.
  await dragOver(page, CORRECTED)
  await expect(page.getByText(`Selected: “${CORRECTED}”`)).toBeVisible()
  await card(page, 2)
    .getByRole('button', { name: /^Use the selected words for / })
    .click()
  await saved(card(page, 2))
  await expect(card(page, 2).locator('blockquote')).toHaveText(`“${CORRECTED}”`)
  await review(page, 2, 'Pakistani officials', 'Supports', 'Blames Kabul for more attacks')
  await card(page, 2)
    .getByRole('button', { name: /^Mark .* reviewed$/ })
    .click()
  await expect(card(page, 2).getByRole('status')).toHaveText('Marked reviewed. Saved.')

  // Reloading brings the review back as saved, at the same address.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 8, 2 reviewed' })).toBeVisible()
  await expect(card(page, 2).locator('blockquote')).toHaveText(`“${CORRECTED}”`)
  await expect(card(page, 1).getByRole('textbox', { name: /^Stance label of / })).toHaveValue(
    'Says Kabul took no concrete steps',
  )
  // Choosing "Add an article" again comes back to this review too.
  await page.goto(STORY)
  await expect(page.getByText('8 drafts wait in 1 review, not in the story:')).toBeVisible()
  await page.getByRole('link', { name: 'Add an article' }).click()
  await expect(page).toHaveURL(new RegExp(`${reviewUrl}$`))

  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(
    page.getByText(/^Saved 2 statements to the story\. 6 not reviewed stay in this review\./),
  ).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 6, 0 reviewed' })).toBeVisible()

  // Both rows are in the reader, and in the CSV read back from the download.
  await page.goto(STORY)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  await expect(page.getByText('9 of 9 statements')).toBeVisible()
  const main = page.locator('main tbody')
  await expect(main.getByText(CORRECTED)).toBeVisible()
  await expect(main.getByText(FIRST)).toBeVisible()
  await expect(main.getByText(LEFT_OUT)).toHaveCount(0)
  await expect(page.getByText('6 drafts wait in 1 review, not in the story:')).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export all (CSV)' }).click()
  const csv = readFileSync((await (await downloading).path())!, 'utf8')
  expect(csv).toContain(CORRECTED)
  expect(csv).toContain(FIRST.replace(/"/g, '""'))
  expect(csv).not.toContain(LEFT_OUT)
  expect(csv.trim().split(/\r\n(?=[^\r\n]*,)/).length).toBeGreaterThanOrEqual(10)
})

test('a draft left unreviewed stays out of the reader, the matrix, the counts and the exports', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'anonymous')
  await page.goto(`${STORY}?view=matrix`)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  await expect(page.locator('main')).not.toContainText(LEFT_OUT)
  await page.goto(STORY)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  await expect(page.getByText('9 of 9 statements')).toBeVisible()
  await expect(page.locator('main')).not.toContainText(LEFT_OUT)
  await expect(page.getByText(/drafts? waits? in/)).toHaveCount(0)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export all (CSV)' }).click()
  expect(readFileSync((await (await downloading).path())!, 'utf8')).not.toContain(LEFT_OUT)
})

test('readers and visitors see no "Add an article", and every review write is refused with nothing changed', async ({
  app,
  browser,
}) => {
  const rid = reviewUrl.split('/').at(-1)!
  const writes: [string, 'POST' | 'PATCH' | 'DELETE', unknown][] = [
    [
      '/api/stories',
      'POST',
      { id: 'x', title: 'X', question: 'Q', perspectives: [{ id: 'a', label: 'A', definition: 'D' }] },
    ],
    [
      `/api/stories/pakistan-afghanistan-militancy-2023/reviews`,
      'POST',
      { article: 'New words.', source: {}, drafts: [] },
    ],
    [`/api/reviews/${rid}/drafts`, 'POST', { start: 0, end: 20 }],
    [`/api/reviews/${rid}/drafts/d3`, 'PATCH', { version: 1, caveats: ['x'] }],
    [`/api/reviews/${rid}/drafts/d3/reviewed`, 'POST', { version: 1, reviewed: true }],
    [`/api/reviews/${rid}/drafts/d3`, 'DELETE', { version: 1 }],
    [`/api/reviews/${rid}/save`, 'POST', undefined],
  ]
  for (const [who, status] of [
    ['anonymous', 401],
    ['reader', 403],
  ] as const) {
    const page = await as(app, browser, who)
    await page.goto(STORY)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add an article' })).toHaveCount(0)
    await expect(page.getByText(/drafts? waits? in/)).toHaveCount(0)
    for (const [url, method, data] of writes) {
      const answer = await page.request.fetch(url, { method, data, headers: { origin: app.baseURL } })
      expect(answer.status(), `${who} ${method} ${url}`).toBe(status)
    }
    if (who === 'reader') {
      const response = await page.goto(reviewUrl)
      expect(response?.status()).toBe(403)
      await expect(page.getByRole('heading', { name: 'Not for your account' })).toBeVisible()
    }
  }
  // An editor's session from another site's page is refused too; a stale version gets 409.
  const editor = await as(app, browser, 'editor')
  const foreign = await editor.request.post(`/api/reviews/${rid}/save`, {
    headers: { origin: 'https://evil.example' },
  })
  expect(foreign.status()).toBe(403)
  await editor.goto(reviewUrl)
  await expect(editor.getByRole('heading', { name: 'Drafted statements: 6, 0 reviewed' })).toBeVisible()
  const stale = await editor.request.patch(`/api/reviews/${rid}/drafts/d3`, {
    data: { version: 99, caveats: ['x'] },
    headers: { origin: app.baseURL },
  })
  expect(stale.status()).toBe(409)
  expect((await stale.json()).error).toMatch(/^Someone else changed this statement since you opened it\./)
  await editor.goto(STORY)
  await expect(editor.getByText('9 of 9 statements')).toBeVisible()
  await expect(editor.getByText('6 drafts wait in 1 review, not in the story:')).toBeVisible()
})

test('each card is named by its speaker and first words, keeps its name, and Remove offers Undo', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  await page.goto(reviewUrl)
  await expect(page.getByRole('heading', { name: 'Drafted statements: 6, 0 reviewed' })).toBeVisible()
  const cards = page.getByRole('region', { name: /^Drafted statements/ }).getByRole('region')
  const names = await cards.getByRole('heading', { level: 3 }).allTextContents()
  expect(names).toHaveLength(6)
  for (const name of names) expect(name).toMatch(/^[^:]+: “\S+(?: \S+){0,2}…?”/)
  expect(new Set(names).size).toBe(6)
  await expect(page.getByRole('region', { name: names[1], exact: true })).toBeVisible()

  // Remove goes at once, no question asked; focus moves to Undo, which names the card.
  await page.getByRole('button', { name: `Remove ${names[1]}`, exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 5, 0 reviewed' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Removed / })).toHaveText(`Removed ${names[1]}.`)
  const undo = page.getByRole('button', { name: `Undo removing ${names[1]}`, exact: true })
  await expect(undo).toBeFocused()
  // The other cards keep their names, and so every button's name.
  expect(await cards.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
    names.filter((_, i) => i !== 1),
  )
  expect(await violations(page)).toEqual([])
  // It is gone from the store, not just from the page.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 5, 0 reviewed' })).toBeVisible()

  // Undo, from the keyboard, runs the restore: the card comes back in its place.
  const second = names[2]!
  await page.getByRole('button', { name: `Remove ${second}`, exact: true }).click()
  await expect(page.getByRole('button', { name: `Undo removing ${second}`, exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Drafted statements: 5, 0 reviewed' })).toBeVisible()
  await expect(page.getByRole('region', { name: second, exact: true })).toBeFocused()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 5, 0 reviewed' })).toBeVisible()
  expect(await cards.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
    names.filter((_, i) => i !== 1),
  )
})

test('the review works from the keyboard alone: select words, add a statement, choose its camp', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  await page.goto(reviewUrl)
  const box = page.getByRole('textbox', { name: 'Or select them here with the keyboard' })
  await box.focus()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('Shift+End')
  await expect(page.getByText(/^Selected: “Caretaker Prime Minister Anwaar-ul-Haq Kakar said/)).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Add the selected words as a new statement' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Drafted statements: 6, 0 reviewed' })).toBeVisible()
  const added = card(page, 1)
  const camp = added
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio')
    .first()
  await camp.focus()
  await page.keyboard.press('Space')
  await expect(camp).toBeChecked()
  await expect(added.getByRole('status')).toHaveText('Saved.')
  expect(await violations(page)).toEqual([])
})

test('/import starts a new story, refusing a short name already taken', async ({ app, browser }) => {
  const page = await as(app, browser, 'editor')
  await page.goto('/import')
  expect(await violations(page)).toEqual([])
  await page.getByRole('textbox', { name: 'Title' }).fill('Seed again')
  await page.getByRole('textbox', { name: /^Short name/ }).fill('pakistan-afghanistan-militancy-2023')
  await page.getByRole('textbox', { name: /^Question/ }).fill('Kabul harbours the TTP.')
  await page.getByRole('textbox', { name: 'Camp 1 name' }).fill('Officials')
  await page.getByRole('textbox', { name: 'Camp 1 definition' }).fill('People in office')
  await page.getByRole('button', { name: 'Start the story, then add its first article' }).click()
  // The page's own alert, not Next's route announcer (also an alert, outside main).
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'A story with that short name already exists. Choose another short name.',
  )
  await page.getByRole('textbox', { name: /^Short name/ }).fill('balochistan-talks')
  await page.getByRole('button', { name: 'Start the story, then add its first article' }).click()
  await expect(page).toHaveURL(/\/stories\/balochistan-talks\/add$/)
})
