import { expect, test } from '@playwright/test'
import { campTable, openStory } from './helpers'
import { STORY_PATH } from './seed'

const CAMPS = ['Pakistani officials', 'The Taliban', 'Independent analysts']

test('at 1440×900 the first screen shows the question, the stance spread and a statement of every camp', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await openStory(page, STORY_PATH)
  await expect(page.getByText('The question every stance is measured against')).toBeInViewport()
  await expect(page.getByRole('heading', { name: /Where each camp stands/ })).toBeInViewport()
  for (const camp of CAMPS) {
    await expect(campTable(page, camp).locator('tbody tr').first()).toBeInViewport({ ratio: 0.5 })
  }
})

test('the stance spread counts reviewed statements per camp and a segment filters to it', async ({
  page,
}) => {
  await openStory(page, STORY_PATH)
  const spread = page.getByRole('region', { name: /Where each camp stands/ })
  await expect(
    spread.getByRole('button', { name: 'Pakistani officials, Supports: 4 statements' }),
  ).toBeVisible()
  await expect(spread.getByRole('button', { name: 'Independent analysts, Mixed: 1 statement' })).toBeVisible()
  const rejects = spread.getByRole('button', { name: 'Independent analysts, Rejects: 1 statement' })
  // A segment shows its stance's shape beside the count, and the key pairs each shape with its name.
  await expect(rejects).toHaveText('✕ 1')
  await expect(spread.getByRole('list', { name: 'Stance key' }).getByRole('listitem').nth(3)).toHaveText(
    /^✕\s*Rejects:/,
  )
  await rejects.click()
  await expect(page).toHaveURL(/[?&]perspective=analysts&stance=rejects(&|$)/)
  await expect(rejects).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('1 of 7 statements', { exact: true })).toBeVisible()
  await expect(campTable(page, 'Independent analysts').locator('tbody tr')).toHaveCount(1)
  // Pressed again, it clears.
  await rejects.click()
  await expect(page.getByText('7 of 7 statements', { exact: true })).toBeVisible()
})

test('at 390 px each statement is a card: speaker, stance, statement and source all visible, nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openStory(page, STORY_PATH)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  const row = page.locator('#s-maarij-epicenter')
  await row.scrollIntoViewIfNeeded()
  await expect(row.getByText('Azizuddin Ma’arij')).toBeInViewport()
  await expect(row.getByText('Rejects', { exact: true })).toBeInViewport()
  await expect(row.getByText('comment to the outlet')).toBeInViewport()
  await expect(row.getByText(/epicenter of terrorism/)).toBeInViewport()
  // Nothing inside the row reaches past the screen's edge.
  const right = await row.evaluate((el) =>
    Math.max(...[...el.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right)),
  )
  expect(right).toBeLessThanOrEqual(390)
  // The source, named once above the statements.
  await expect(page.getByText(/^Source of every statement: Publisher and title unknown/)).toBeVisible()
  // Each camp keeps its table and caption.
  for (const camp of CAMPS) await expect(campTable(page, camp)).toHaveCount(1)
})

test('the seed prints as a handout of at most two A4 pages, with no controls', async ({ page }) => {
  await openStory(page, STORY_PATH)
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
  expect(pages.length).toBeGreaterThan(0)
  expect(pages.length).toBeLessThanOrEqual(2)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Export all (CSV)' })).toBeHidden()
  await expect(page.getByRole('search')).toBeHidden()
  await expect(page.getByText(/^Sort:/).first()).toBeHidden()
  await expect(campTable(page, 'Pakistani officials').locator('thead')).toBeHidden()
  // Caveats print open.
  await expect(page.locator('#s-munir-guterres').getByText(/Secondhand twice over/)).toBeVisible()
})
