import { expect, type Locator, type Page } from '@playwright/test'

export const campTable = (page: Page, label: string) =>
  page.getByRole('table', { name: new RegExp(`^${label} — (\\d+ of )?\\d+ statements?$`) })

/** Statement ids of a table's body rows, top to bottom. */
export async function rowIds(table: Locator): Promise<string[]> {
  const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.id))
  return ids.map((id) => id.replace(/^s-/, ''))
}

/** The text of one column's cells, top to bottom (1-based column index). */
export async function columnTexts(table: Locator, column: number): Promise<string[]> {
  return table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts()
}

/** The aria-sort of every header: only one may carry it, and only when sorted. */
export async function ariaSorts(table: Locator): Promise<(string | null)[]> {
  return table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')))
}

export async function expectSorted(table: Locator, header: string, state: 'ascending' | 'descending' | null) {
  const th = table.getByRole('columnheader', { name: new RegExp(`^${header}`) })
  if (state === null) await expect(th).not.toHaveAttribute('aria-sort')
  else await expect(th).toHaveAttribute('aria-sort', state)
}

/** The live line under a camp's table that says how it is sorted. */
export const sortStatus = (page: Page, label: string) =>
  page
    .getByRole('group', { name: label, exact: true })
    .getByRole('status')
    .filter({ hasText: /^(Sorted by|In source order)/ })

/**
 * Opens a story page and waits until the browser has taken it over from the server's
 * HTML: a click before that would land on the server-rendered copy and do nothing.
 */
export async function openStory(page: Page, url: string) {
  const response = await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  return response
}

/** A row's one "Actions" button, which opens its menu. */
export const actionsButton = (row: Locator) =>
  row.getByRole('button', { name: /^Actions for this statement/ })

/** Opens a row's actions menu and picks an item ("Show in source", "Copy citation"). */
export async function rowAction(row: Locator, item: 'Show in source' | 'Copy citation') {
  await actionsButton(row).click()
  await row.page().getByRole('menuitem', { name: item }).click()
}

/**
 * The "Add an article" form of a story, as an editor reaches it: another spec on this
 * worker's app may have left a review open, which the page offers first.
 */
export async function openAddArticle(page: Page, storyPath: string): Promise<Locator> {
  await page.goto(storyPath)
  await page.getByRole('link', { name: 'Add an article' }).click()
  const another = page.getByRole('link', { name: 'Start another article' })
  const articleText = page.getByRole('textbox', { name: 'Article text' })
  await expect(articleText.or(another)).toBeVisible()
  if (await another.isVisible()) await another.click()
  return articleText
}

/**
 * Selects `words` in a review's article text box with the keyboard alone, as an editor
 * can: the caret to their start, then Shift+ArrowRight over each character.
 */
export async function keyboardSelect(page: Page, article: string, words: string) {
  const at = article.indexOf(words)
  const box = page.getByRole('textbox', { name: 'Or select them here with the keyboard' })
  await box.focus()
  await page.keyboard.press('Control+Home')
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight')
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight')
}
