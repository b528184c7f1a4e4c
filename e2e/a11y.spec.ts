import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { campTable } from './helpers'
import { STORY_PATH } from './seed'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  // Contrast that axe could not measure (text overlapped by another element, say) counts
  // as a failure too; only glyph-only elements, which carry no text, are let through.
  const unmeasured = results.incomplete
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !n.any.every((check) => /only non-text characters/.test(check.message))),
    }))
    .filter((v) => v.nodes.length > 0)
  // Keep the failure readable: rule id, and where.
  return [...results.violations, ...unmeasured].map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }))
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test('the story page has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await page.goto(STORY_PATH)
      expect(await violations(page)).toEqual([])
    })

    test('the story page stays clean once sorted on two keys', async ({ page }) => {
      await page.goto(STORY_PATH)
      const table = campTable(page, 'Pakistani officials')
      await table.getByRole('columnheader', { name: /^Stance/ }).getByRole('button').click()
      await table.getByRole('columnheader', { name: /^Speaker/ }).getByRole('button').click({ modifiers: ['Shift'] })
      await expect(table.getByRole('columnheader', { name: /^Stance/ })).toHaveAttribute('aria-sort', 'ascending')
      expect(await violations(page)).toEqual([])
    })

    test('the story list has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await page.goto('/')
      expect(await violations(page)).toEqual([])
    })

    test('the 404 page has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await page.goto('/stories/missing')
      expect(await violations(page)).toEqual([])
    })
  })
}

test('narrow screens: the scrollable tables pass too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(STORY_PATH)
  expect(await violations(page)).toEqual([])
})
