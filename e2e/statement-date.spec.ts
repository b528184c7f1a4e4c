import type { Page } from '@playwright/test'
import { violations } from './axe'
import { actionsButton, openAddArticle, openStory } from './helpers'
import { SLUG, STORY_PATH } from './seed'
import { expect, test } from './writable'

/**
 * A statement's own date, set in the browser: in the edit form, where the Timeline then
 * lists the statement under that day (not inferred) and the History shows the change,
 * and in review, where the article's words suggest one. Only editors may set it.
 * One writable app for the file, so its tests run in order.
 */

test.use({ role: 'editor' })
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const ID = 'radmanesh-doha'
const LABEL = 'Date the statement was made, if the source gives one'
const row = (page: Page) => page.locator(`#s-${ID}`)
const entry = (page: Page) => page.locator(`#t-${ID}`)
const editDialog = (page: Page) => page.getByRole('dialog', { name: 'Edit statement' })
// The seed's only source is dated 16 December 2023, inferred from its text.
const SOURCE_DAY = '16 Dec 2023'

async function menuItem(page: Page, item: string) {
  await actionsButton(row(page)).click()
  await page.getByRole('menuitem', { name: item, exact: true }).click()
}

async function timeline(page: Page) {
  await openStory(page, `${STORY_PATH}?view=timeline`)
  await expect(page.getByRole('heading', { name: 'Statements in date order' })).toBeVisible()
}

async function latestChange(page: Page) {
  await openStory(page, STORY_PATH)
  await menuItem(page, 'History')
  const history = page.getByRole('dialog', { name: 'History of this statement' })
  const latest = history.getByRole('listitem').first()
  await expect(latest).toBeVisible()
  return { history, latest }
}

test('an editor sets a statement’s date: the Timeline lists it under that day, and History shows the change; clearing it makes it inferred again', async ({
  page,
  app,
}) => {
  await timeline(page)
  await expect(page.getByRole('region', { name: SOURCE_DAY }).locator(`#t-${ID}`)).toHaveCount(1)
  await expect(entry(page)).toContainText('inferred from the source')

  // Tall enough that the whole form shows unscrolled: axe cannot measure the contrast of
  // text cut by the edge of a scrolled dialog.
  await page.setViewportSize({ width: 1280, height: 1600 })
  await openStory(page, STORY_PATH)
  await menuItem(page, 'Edit')
  const dialog = editDialog(page)
  const date = dialog.getByLabel(LABEL)
  await expect(date).toHaveValue('')
  expect(await violations(page, { inTopLayer: true })).toEqual([])
  await date.fill('2023-12-14')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()

  await timeline(page)
  const day = page.getByRole('region', { name: '14 Dec 2023' })
  await expect(day.locator(`#t-${ID}`)).toHaveCount(1)
  await expect(entry(page)).toContainText('14 Dec 2023')
  await expect(entry(page)).not.toContainText('inferred')
  await expect(page.getByRole('region', { name: SOURCE_DAY }).locator(`#t-${ID}`)).toHaveCount(0)

  let { history, latest } = await latestChange(page)
  await expect(latest).toContainText(`Edited by ${app.accounts.editor.name}`)
  await expect(latest.getByRole('term')).toHaveText(['Date'])
  await expect(latest.getByRole('definition')).toContainText('(none: the source’s date)')
  await expect(latest.getByRole('definition')).toContainText('2023-12-14')
  await history.getByRole('button', { name: 'Close' }).click()

  // Cleared with the button beside the field; focus stays on the field.
  await menuItem(page, 'Edit')
  await expect(dialog.getByLabel(LABEL)).toHaveValue('2023-12-14')
  await dialog.getByRole('button', { name: 'Clear the date' }).click()
  await expect(dialog.getByLabel(LABEL)).toHaveValue('')
  await expect(dialog.getByLabel(LABEL)).toBeFocused()
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()

  await timeline(page)
  await expect(page.getByRole('region', { name: SOURCE_DAY }).locator(`#t-${ID}`)).toHaveCount(1)
  await expect(entry(page)).toContainText('inferred from the source')
  await expect(page.getByRole('region', { name: '14 Dec 2023' })).toHaveCount(0)
  ;({ history, latest } = await latestChange(page))
  await expect(latest.getByRole('term')).toHaveText(['Date'])
  await expect(latest.getByRole('definition')).toContainText('2023-12-14')
  await expect(latest.getByRole('definition')).toContainText('(none: the source’s date)')
})

const ARTICLE = [
  'Fictional test article: the reservoir dispute',
  '“We will not open the sluices this spring,” Ana Varga, the water minister, said on Monday.',
  'The river authority said in a statement on 28 February that the reservoir was below its lowest level.',
  '“The dam is safe and always was,” Tomas Reed, an engineer with the authority, told reporters.',
].join('\n\n')

let reviewUrl = ''

test('in review, the article’s words suggest a date the editor sees, can clear, or set', async ({ page }) => {
  const articleText = await openAddArticle(page, STORY_PATH)
  await articleText.fill(ARTICLE)
  await page.getByRole('textbox', { name: /^Title/ }).fill('Fictional test article: the reservoir dispute')
  // A Wednesday: "on Monday" is 4 March.
  await page.getByRole('textbox', { name: /^Date/ }).fill('2024-03-06')
  await page.getByRole('button', { name: 'Draft the statements and start the review' }).click()
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)
  reviewUrl = new URL(page.url()).pathname

  const card = (words: string) =>
    page
      .getByRole('region', { name: /^Drafted statements/ })
      .getByRole('region')
      .filter({ hasText: words })
  const dateOf = (words: string) => card(words).getByLabel(new RegExp(`^${LABEL}, .+: “`))
  const varga = card('We will not open the sluices')
  await expect(dateOf('We will not open the sluices')).toHaveValue('2024-03-04')
  await expect(varga).toContainText('Suggested from the article’s words “on Monday”')
  await expect(varga).toContainText('Not reviewed yet')
  await expect(dateOf('the reservoir was below')).toHaveValue('2024-02-28')
  await expect(dateOf('The dam is safe')).toHaveValue('')
  expect(await violations(page)).toEqual([])

  await varga.getByRole('button', { name: /^Clear the date of .+: “/ }).click()
  await expect(varga.getByRole('status')).toHaveText('Saved.')
  await expect(dateOf('We will not open the sluices')).toHaveValue('')
  await expect(varga).not.toContainText('Suggested from')

  await dateOf('The dam is safe').fill('2024-03-05')
  await dateOf('The dam is safe').press('Enter')
  await expect(card('The dam is safe').getByRole('status')).toHaveText('Saved.')

  await page.reload()
  await expect(dateOf('We will not open the sluices')).toHaveValue('')
  await expect(dateOf('The dam is safe')).toHaveValue('2024-03-05')
  await expect(dateOf('the reservoir was below')).toHaveValue('2024-02-28')
  await expect(card('We will not open the sluices')).toContainText('Not reviewed yet')
})

test('a day that does not exist is refused in words; without a session or as a reader nothing is set', async ({
  app,
}) => {
  const url = `/api/stories/${SLUG}/statements/${ID}`
  const editor = await app.request('editor')
  const current = async () => (await (await editor.get(url)).json()).statement
  const before = await current()
  const bad = await editor.patch(url, {
    data: { expectedVersion: before.version, changes: { date: '2023-02-29' } },
  })
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error).toMatch(/^The date the statement was made must be a real day/)

  // The second draft of the review above (the river authority's), untouched since it was drafted.
  const rid = reviewUrl.split('/').at(-1)!
  const draftUrl = `/api/reviews/${rid}/drafts/d2`
  const badDraft = await editor.patch(draftUrl, { data: { version: 1, date: '2024-13-01' } })
  expect(badDraft.status()).toBe(400)
  expect((await badDraft.json()).error).toMatch(/^The date the statement was made must be a real day/)

  for (const [who, status] of [
    [null, 401],
    ['reader', 403],
  ] as const) {
    const context = await app.request(who)
    const patch = { expectedVersion: before.version, changes: { date: '2023-12-01' } }
    expect((await context.patch(url, { data: patch })).status(), `${who} statement`).toBe(status)
    const draft = await context.patch(draftUrl, { data: { version: 1, date: '2023-12-01' } })
    expect(draft.status(), `${who} draft`).toBe(status)
  }
  expect(await current()).toEqual(before)
  const page = await (await app.as('editor')).newPage()
  await page.goto(reviewUrl)
  const draft = page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .filter({ hasText: 'the reservoir was below' })
  await expect(draft.getByLabel(new RegExp(`^${LABEL}, .+: “`))).toHaveValue('2024-02-28')
})
