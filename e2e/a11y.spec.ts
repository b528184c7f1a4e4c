import { expect, test, type Page } from '@playwright/test'
import { violations } from './axe'
import { campTable, openStory, rowAction } from './helpers'
import { STORY_PATH } from './seed'

/**
 * WCAG contrast of each element's text against its own or nearest painted background,
 * with colours resolved by the browser (a canvas turns oklch and the like into sRGB).
 */
async function textContrasts(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    const rgba = (color: string) => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = color
      ctx.fillRect(0, 0, 1, 1)
      return [...ctx.getImageData(0, 0, 1, 1).data] as [number, number, number, number]
    }
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
    }
    const background = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor)
        if (color[3] === 255) return color
      }
      return [255, 255, 255, 255]
    }
    return [...document.querySelectorAll(sel)].map((el) => {
      const fg = luminance(rgba(getComputedStyle(el).color))
      const bg = luminance(background(el))
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
      return { text: (el.textContent ?? '').slice(0, 30), ratio: Math.round(ratio * 100) / 100 }
    })
  }, selector)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test('the story page has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await openStory(page, STORY_PATH)
      expect(await violations(page)).toEqual([])
    })

    test('the story page stays clean once sorted on two keys', async ({ page }) => {
      await openStory(page, STORY_PATH)
      const table = campTable(page, 'Pakistani officials')
      await table
        .getByRole('columnheader', { name: /^Stance/ })
        .getByRole('button')
        .click()
      await table
        .getByRole('columnheader', { name: /^Speaker/ })
        .getByRole('button')
        .click({ modifiers: ['Shift'] })
      await expect(table.getByRole('columnheader', { name: /^Stance/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      )
      expect(await violations(page)).toEqual([])
    })

    for (const view of ['combined', 'matrix'] as const) {
      test(`the ${view} view has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await openStory(page, `${STORY_PATH}?view=${view}`)
        await expect(
          page.getByRole('button', { name: view === 'combined' ? 'Combined' : 'Matrix' }),
        ).toHaveAttribute('aria-pressed', 'true')
        expect(await violations(page)).toEqual([])
      })
    }

    test('search highlights and an empty result pass too', async ({ page }) => {
      await openStory(page, `${STORY_PATH}?q=pakistan`)
      await expect(page.locator('tbody mark').first()).toBeVisible()
      expect(await violations(page)).toEqual([])
      await openStory(page, `${STORY_PATH}?q=nothing%20matches%20this`)
      await expect(page.getByText('No statements match these filters.')).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('the open evidence dialog has no WCAG 2.1 A/AA violations', async ({ page }) => {
      await openStory(page, STORY_PATH)
      await rowAction(page.locator('#s-radmanesh-doha'), 'Show in source')
      await expect(page.getByRole('dialog', { name: 'In the source' })).toBeVisible()
      expect(await violations(page, { inTopLayer: true })).toEqual([])
      const ratios = await textContrasts(page, 'dialog mark, dialog p, dialog h2, dialog li')
      expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([])
      expect(ratios.length).toBeGreaterThan(10)
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

test('narrow screens: the statement cards pass too, with the facets unfolded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openStory(page, STORY_PATH)
  expect(await violations(page)).toEqual([])
  await page.getByRole('button', { name: 'Filters', exact: true }).click()
  await expect(page.getByRole('checkbox', { name: /^Pakistani officials/ })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: an open actions menu and open caveats pass too`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openStory(page, STORY_PATH)
    const row = page.locator('#s-taliban-soil')
    await row.getByText('2 caveats', { exact: true }).click()
    await row.getByRole('button', { name: /^Actions for this statement/ }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    // The open menu covers the text beneath it, whose contrast axe then cannot measure
    // ("partially overlaps"); the menu's own items are measured.
    expect(await violations(page, { inTopLayer: true })).toEqual([])
  })
}

test('the codebook page states the rules and has no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'How statements are coded' }).click()
  await expect(page).toHaveURL(/\/codebook$/)
  await expect(page.getByRole('heading', { level: 1, name: 'How statements are coded' })).toBeVisible()
  for (const heading of [
    'What a statement is',
    'Quote or paraphrase',
    'The stance scale',
    'Attribution: how the source knows',
    'Caveats',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  // The scale in its order, with each stance's meaning.
  await expect(page.getByRole('region', { name: 'The stance scale' }).locator('dt')).toHaveText([
    /Supports$/,
    /Mixed$/,
    /Neutral$/,
    /Rejects$/,
  ])
  expect(await violations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await violations(page)).toEqual([])
})
