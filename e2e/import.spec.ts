import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { checkStory } from '../lib/story/story-check'
import { violations } from './axe'

/**
 * The import page as an analyst uses it: paste an article, check the drafts against
 * the marked passages, fix what the extractor got wrong, download a story file.
 */

// import.meta.dirname needs Node 20.11; the README promises 20.9.
const ARTICLE_FILE = fileURLToPath(new URL('../eval/articles/12-kakar-evidence.txt', import.meta.url))

async function pasteArticle(page: Page) {
  const article = await readFile(ARTICLE_FILE, 'utf8')
  await page.goto('/import')
  await page.getByRole('textbox', { name: 'Article text' }).fill(article)
  await expect(page.getByRole('status').filter({ hasText: /^Drafted/ })).toHaveText(
    /^Drafted 8 statements in \d+ ms; 0 accepted\.$/,
  )
  return article
}

const drafted = (page: Page) => page.getByRole('table', { name: /^Drafted statements/ })

test('pasting an article drafts its statements, marked in the text', async ({ page }) => {
  const article = await pasteArticle(page)
  const marked = page.getByRole('region', { name: 'Article with drafted statements marked' })
  // The marked article is the article, character for character (numbers are hidden markers).
  const shown = await marked.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    copy.querySelectorAll('sup, .sr-only').forEach((n) => n.remove())
    return copy.textContent
  })
  expect(shown).toBe(article)
  await expect(marked.getByRole('link')).toHaveCount(8)
  // Statement 2 is Kakar's direct quote: marked, and linked to its row.
  const link = marked.getByRole('link', { name: /^Statement 2: Since the establishment/ })
  await link.click()
  await expect(page).toHaveURL(/#draft-d2$/)
  const row2 = drafted(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) })
  await expect(row2.getByRole('textbox', { name: 'Speaker of statement 2' })).toHaveValue(
    'Anwaar-ul-Haq Kakar',
  )
  await expect(row2.getByRole('textbox', { name: 'Role of statement 2' })).toHaveValue(
    'Caretaker Prime Minister',
  )
  await expect(row2.getByRole('combobox', { name: 'Kind of statement 2' })).toHaveValue('direct')
  // The seed story's match words place him with the Pakistani officials.
  await expect(row2.getByRole('combobox', { name: 'Camp of statement 2' })).toHaveValue('pakistani-officials')
})

test('fixing, accepting and removing rows, then downloading a story file that loads', async ({ page }) => {
  const article = await pasteArticle(page)
  const table = drafted(page)
  // Statement 7 is Asif Durrani, "Former ambassador": no camp's match words fit him.
  await expect(table.getByRole('combobox', { name: 'Camp of statement 7' })).toHaveValue('unassigned')
  await table
    .getByRole('combobox', { name: 'Camp of statement 7' })
    .selectOption({ label: 'Independent analysts' })
  await table.getByRole('combobox', { name: 'Stance of statement 7' }).selectOption('mixed')
  await table
    .getByRole('textbox', { name: 'Stance label of statement 7' })
    .fill('Says relations are at their lowest point')
  // Accept with the keyboard.
  await table.getByRole('button', { name: 'Accept statement 7' }).focus()
  await page.keyboard.press('Enter')
  await expect(table.getByRole('button', { name: 'Accept statement 7' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // Statement 6 reports the Foreign Office through Geo News; remove it.
  await table.getByRole('button', { name: 'Remove statement 6' }).click()
  await expect(table.getByRole('rowheader')).toHaveCount(7)
  await expect(page.getByRole('status').filter({ hasText: /^Drafted/ })).toHaveText(/; 1 accepted\.$/)

  await page.getByRole('textbox', { name: 'Story id' }).fill('kakar-evidence')
  await page.getByRole('textbox', { name: 'Story title' }).fill('Kakar: Kabul took no concrete steps')
  await page
    .getByRole('textbox', { name: 'Question' })
    .fill('Militant violence in Pakistan is driven from Afghanistan.')
  await page.getByRole('textbox', { name: 'Publisher' }).fill('Example wire')
  await page.getByRole('textbox', { name: 'Date' }).fill('2023-11-08')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download story JSON' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('kakar-evidence.json')
  const text = await readFile(await download.path(), 'utf8')
  // The loader's own check: schema, ids, and every statement anchored in the source.
  const story = checkStory('kakar-evidence.json', text)
  expect(story.sources).toHaveLength(1)
  expect(story.sources[0]).toMatchObject({
    publisher: 'Example wire',
    date: '2023-11-08',
    url: 'unknown',
    text: article,
  })
  expect(story.statements).toHaveLength(7)
  const durrani = story.statements.find((s) => s.speaker.name === 'Asif Durrani' && s.kind === 'paraphrase')!
  expect(durrani).toMatchObject({
    perspective: 'analysts',
    stance: { value: 'mixed', label: 'Says relations are at their lowest point' },
    text: 'the relationship had reached its lowest point in two decades',
  })
  expect(durrani.review).toBeUndefined()
  expect(story.statements.filter((s) => s.review === 'draft')).toHaveLength(6)
  expect(story.statements.some((s) => s.speaker.name === 'The Foreign Office')).toBe(false)
  for (const s of story.statements) expect(article.slice(s.anchor.start, s.anchor.end)).toBe(s.text)
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded/ })).toHaveText(
    'Downloaded kakar-evidence.json: 7 statements, 1 accepted and 6 still marked draft. Put it in data/stories/ and restart the app: it loads stories it does not have yet on start.',
  )
})

test('a story that would not load is not downloaded, and the problem is named', async ({ page }) => {
  await pasteArticle(page)
  await drafted(page).getByRole('textbox', { name: 'Speaker of statement 1' }).fill('  ')
  await page.getByRole('textbox', { name: 'Story id' }).fill('Bad Id')
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.getByRole('button', { name: 'Download story JSON' }).click()
  const alert = page.locator('main').getByRole('alert')
  await expect(alert).toContainText('The story file would not load, so nothing was downloaded')
  await expect(alert).toContainText('Bad Id.json: story: id must be lower-case letters, digits and hyphens')
  // Named by file, statement and field, as the loader names them.
  await expect(alert).toContainText('Bad Id.json: statement pasted-article: speaker.name must not be empty')
  expect(downloaded).toBe(false)
})

test('a badly written source date is explained in plain words, with no command-line flag', async ({
  page,
}) => {
  await pasteArticle(page)
  await page.getByRole('textbox', { name: 'Story id' }).fill('kakar-evidence')
  await page.getByRole('textbox', { name: 'Date' }).fill('8/11/2023')
  await page.getByRole('button', { name: 'Download story JSON' }).click()
  const alert = page.locator('main').getByRole('alert')
  await expect(alert).toContainText(
    'The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got "8/11/2023")',
  )
  await expect(alert).not.toContainText('--')
})

test('a binary or non-UTF-8 file is refused with a message naming it', async ({ page }) => {
  await page.goto('/import')
  const chooser = page.getByLabel('Open a text file')
  await chooser.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]),
  })
  await expect(page.locator('main').getByRole('alert')).toHaveText(
    'photo.png: this looks like a binary file (a NUL byte at offset 4); give plain text',
  )
  await chooser.setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]),
  })
  await expect(page.locator('main').getByRole('alert')).toContainText(
    'latin1.txt: the text is not valid UTF-8 (byte 0xe9 at offset 3)',
  )
  // A good file replaces the message and is drafted.
  await chooser.setInputFiles({
    name: 'ok.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('"We will respond," said Ali Khan, a minister.'),
  })
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /^Drafted/ })).toHaveText(/^Drafted 1 statement in/)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the import page with drafts has no WCAG 2.1 A/AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await pasteArticle(page)
    expect(await violations(page)).toEqual([])
  })
}

test('a dropped text file is drafted, nothing about it leaves the browser, and the console stays clean', async ({
  page,
}) => {
  const article = await readFile(ARTICLE_FILE, 'utf8')
  // Under the site's Content-Security-Policy: a blocked script, worker or blob would log here.
  const logged: string[] = []
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) logged.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`))
  await page.goto('/import')
  // Every request from here on: drafting and downloading must not send the article anywhere.
  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() !== 'GET' || request.postData() || request.url().includes('Kakar')) {
      sent.push(`${request.method()} ${request.url()}`)
    }
  })
  const box = page.getByRole('textbox', { name: 'Article text' })
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'kakar.txt', { type: 'text/plain' }))
    return transfer
  }, article)
  await box.dispatchEvent('drop', { dataTransfer })
  await expect(box).toHaveValue(article)
  await expect(page.getByRole('status').filter({ hasText: /^Drafted/ })).toHaveText(/^Drafted 8 statements/)
  await page.getByRole('textbox', { name: 'Story id' }).fill('dropped')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download story JSON' }).click(),
  ])
  // The file's name becomes the source id when no headline is given.
  const story = checkStory('dropped.json', await readFile(await download.path(), 'utf8'))
  expect(story.sources[0]?.id).toBe('kakar')
  expect(sent).toEqual([])
  expect(logged).toEqual([])
})

test('a long article’s drafts are paged; a mark jumps to its row on another page; edits survive paging', async ({
  page,
}) => {
  // All twelve evaluation articles in one paste: more drafts than one page holds.
  const dir = fileURLToPath(new URL('../eval/articles/', import.meta.url))
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()
  const long = (await Promise.all(names.map((n) => readFile(dir + n, 'utf8')))).join('\n')
  await page.goto('/import')
  await page.getByRole('textbox', { name: 'Article text' }).fill(long)
  const status = page.getByRole('status').filter({ hasText: /^Drafted/ })
  await expect(status).toHaveText(/^Drafted \d+ statements/)
  const total = Number(/Drafted (\d+)/.exec((await status.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(50)
  const table = drafted(page)
  const pager = page.getByRole('navigation', { name: 'Pages of drafted statements' })
  await expect(table.getByRole('rowheader')).toHaveCount(50)
  await expect(pager).toContainText(`Statements 1–50 of ${total}`)

  await table.getByRole('textbox', { name: 'Speaker of statement 1', exact: true }).fill('Edited speaker')
  const marked = page.getByRole('region', { name: 'Article with drafted statements marked' })
  await marked.getByRole('link', { name: /^Statement 60: / }).click()
  await expect(page).toHaveURL(/#draft-d60$/)
  await expect(pager).toContainText(`Statements 51–${Math.min(100, total)} of ${total}`)
  await expect(table.getByRole('rowheader', { name: '60', exact: true })).toBeInViewport()

  await pager.getByRole('button', { name: 'Previous 50' }).click()
  await expect(table.getByRole('textbox', { name: 'Speaker of statement 1', exact: true })).toHaveValue(
    'Edited speaker',
  )
})
