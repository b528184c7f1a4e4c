import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Papa from 'papaparse'
import { violations } from './axe'
import { expect, test } from './writable'

/**
 * An archive in pages: the home page's stories 25 a page and a speaker's statements 100 a
 * page, on an app of its own whose story folder holds the shipped story and 52 copies of it
 * under other ids and titles (53 leaves a last page of 3), without its further claims (a
 * claim belongs to one story). A speaker with 2 statements in it has 106 across the copies.
 * Signed out: reading is open to everyone by default.
 */
const STORIES = 53
const shipped = new URL('../data/stories/', import.meta.url)
const original = readdirSync(shipped).find((name) => name.endsWith('.json'))!
type Statement = { speaker: { name: string }; stance?: { value: string } | null; stances?: unknown[] }
const story = JSON.parse(readFileSync(new URL(original, shipped), 'utf8')) as {
  id: string
  title: string
  statements: Statement[]
}
// One folder per port (per engineer's run), filled the same way each time.
const folder = path.join(tmpdir(), `reader-e2e-archive-pages-${process.env.E2E_PORT ?? 'default'}`)
mkdirSync(folder, { recursive: true })
const titles = [story.title]
writeFileSync(path.join(folder, original), JSON.stringify(story))
for (let i = 1; i < STORIES; i++) {
  const id = `paging-copy-${String(i).padStart(2, '0')}`
  const title = `Paging copy ${String(i).padStart(2, '0')} of the shipped story`
  titles.push(title)
  const copy = {
    ...story,
    id,
    title,
    claims: undefined,
    nonResponses: [],
    statements: story.statements.map((statement) => ({ ...statement, stances: undefined })),
  }
  writeFileSync(path.join(folder, `${id}.json`), JSON.stringify(copy))
}
test.use({ appEnv: { SPEC: 'archive-pages', STORIES_DIR: folder } })
// One app for the file: seeding 53 stories is slow under load, and two workers would each seed one.
test.describe.configure({ mode: 'serial' })

const storyHeadings = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Stories' }).getByRole('heading', { level: 2 })

test('the home page lists the stories 25 a page, every story once, each page reached from the keyboard', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByText(`Stories 1–25 of ${STORIES}, 25 to a page.`)).toBeVisible()
  await expect(storyHeadings(page)).toHaveCount(25)
  await expect(page.getByRole('link', { name: 'Previous page' })).toHaveCount(0)
  const above = page.getByRole('navigation', { name: 'Pages of stories, above the list' })
  await expect(above).toContainText(`Page 1 of 3 (stories 1–25 of ${STORIES})`)
  expect(await violations(page)).toEqual([])
  const seen = await storyHeadings(page).allInnerTexts()
  // Each story's count of statements is its own, on whatever page it falls.
  await expect(page.getByText(`${story.statements.length} statements:`)).toHaveCount(25)

  for (const [n, first, last] of [
    [2, 26, 50],
    [3, 51, STORIES],
  ] as const) {
    await page
      .getByRole('navigation', { name: 'Pages of stories, below the list' })
      .getByRole('link', { name: 'Next page' })
      .focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/\\?page=${n}$`))
    await expect(page.getByText(`Stories ${first}–${last} of ${STORIES}, 25 to a page.`)).toBeVisible()
    await expect(storyHeadings(page)).toHaveCount(last - first + 1)
    await expect(page.getByText(`${story.statements.length} statements:`)).toHaveCount(last - first + 1)
    seen.push(...(await storyHeadings(page).allInnerTexts()))
  }
  expect(new Set(seen).size).toBe(STORIES)
  expect([...seen].sort()).toEqual([...titles].sort())
  await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0)
  expect(await violations(page)).toEqual([])

  // Back by the keyboard, to the first page's own address.
  await page.getByRole('link', { name: 'Previous page' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/\?page=2$/)
  await page.getByRole('link', { name: 'Previous page' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByText(`Stories 1–25 of ${STORIES}, 25 to a page.`)).toBeVisible()
})

test('a page past the last says so in words and shows the last page', async ({ page }) => {
  await page.goto('/?page=9')
  await expect(page.getByRole('status')).toHaveText(
    `There is no page 9: the ${STORIES} stories fill 3 pages. Shown here is the last page.`,
  )
  await expect(page.getByText(`Stories 51–${STORIES} of ${STORIES}, 25 to a page.`)).toBeVisible()
  await expect(storyHeadings(page)).toHaveCount(STORIES - 50)
  expect(await violations(page)).toEqual([])
  // Not a number, or none below 1: the first page, without a word of complaint.
  for (const odd of ['0', 'two', '-1']) {
    await page.goto(`/?page=${odd}`)
    await expect(page.getByText(`Stories 1–25 of ${STORIES}, 25 to a page.`)).toBeVisible()
    await expect(page.getByRole('status')).toHaveCount(0)
  }
})

test('a speaker with over 100 statements has them 100 a page, the counts by claim over all of them', async ({
  page,
}) => {
  // Every page of a long list, and axe twice over 100 statements: about 20 s on a quiet machine.
  test.setTimeout(90_000)
  const name = 'Gen. Asim Munir'
  const theirs = story.statements.filter((s) => s.speaker.name === name)
  const total = theirs.length * STORIES
  expect(total).toBeGreaterThan(100)
  // Stances: on the question where a statement has one; the shipped story's further claims once.
  const stances =
    theirs.filter((s) => s.stance?.value).length * STORIES +
    theirs.reduce((sum, s) => sum + (s.stances?.length ?? 0), 0)
  const pages = Math.ceil(total / 100)
  await page.goto('/speakers')
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  const path = new URL(page.url()).pathname
  await expect(page.getByText(`${total} statements in ${STORIES} stories`)).toBeVisible()
  const items = page.locator('#speaker-statements-heading ~ ol > li')
  await expect(items).toHaveCount(100)
  await expect(page.getByText('100 of 100 statements on this page')).toBeVisible()
  // Every stance counted, not only this page's.
  const lines = await page.locator('#by-claim-heading ~ ul > li > p:nth-of-type(2)').allInnerTexts()
  const counted = lines
    .flatMap((line) => [...line.matchAll(/(\d+) (?:supports|mixed|neutral|rejects)/g)])
    .reduce((sum, m) => sum + Number(m[1]), 0)
  expect(counted).toBe(stances)
  expect(await violations(page)).toEqual([])
  let seen = 100
  for (let n = 2; n <= pages; n++) {
    await page
      .getByRole('navigation', { name: 'Pages of statements, below the list' })
      .getByRole('link', { name: 'Next page' })
      .focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`\\?page=${n}$`))
    const shown = n < pages ? 100 : total - 100 * (pages - 1)
    await expect(items).toHaveCount(shown)
    await expect(page.getByRole('navigation', { name: 'Pages of statements, above the list' })).toContainText(
      `Page ${n} of ${pages} (statements ${seen + 1}–${seen + shown} of ${total})`,
    )
    seen += shown
  }
  expect(seen).toBe(total)
  expect(await violations(page)).toEqual([])
  await page.goto(`${path}?page=${pages + 1}`)
  await expect(page.getByRole('status')).toHaveText(
    `There is no page ${pages + 1}: the ${total} statements fill ${pages} pages. Shown here is the last page.`,
  )
})

test('a speaker’s CSV holds the statements of every page, and with a search the matches on every page', async ({
  page,
}) => {
  const name = 'Gen. Asim Munir'
  const theirs = story.statements.filter((s) => s.speaker.name === name)
  const total = theirs.length * STORIES
  await page.goto('/speakers')
  await page.getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  // Not the one page shown: one row a statement, all of them this speaker's.
  const csv = async (link: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: link }).click(),
    ])
    const text = readFileSync((await file.path())!, 'utf8')
    return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data
  }
  const all = await csv(`Export CSV of all ${total} statements`)
  expect(all).toHaveLength(total)
  expect(new Set(all.map((r) => r['speaker']))).toEqual(new Set([name]))
  // With a search, the matches on every page: the copies' titles say "Paging copy", the
  // shipped story's does not, so all but the shipped story's statements match.
  await page.getByRole('searchbox', { name: 'Search the statements on this page' }).fill('paging copy')
  const matches = await csv('Export CSV of the matches on every page')
  expect(matches).toHaveLength(total - theirs.length)
  expect(matches.every((r) => r['story title']!.startsWith('Paging copy'))).toBe(true)
})
