import { expect, test, type Page } from '@playwright/test'
import { campTable, rowIds, openStory } from './helpers'
import { STORY_PATH } from './seed'

const shownIds = (page: Page) =>
  page.locator('tbody tr[id^="s-"]').evaluateAll((rows) => rows.map((row) => row.id.replace(/^s-/, '')))
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search statements' })
const count = (page: Page) => page.getByText(/^\d+ of \d+ statements$/)
const option = (page: Page, facet: string, name: RegExp) =>
  page.getByRole('group', { name: facet }).getByRole('checkbox', { name })

test.describe('search', () => {
  test('"doha" leaves only Radmanesh’s row, highlighted, in the URL and after reload', async ({ page }) => {
    await openStory(page, STORY_PATH)
    await search(page).fill('doha')
    await expect.poll(() => shownIds(page)).toEqual(['radmanesh-doha'])
    await expect(count(page)).toHaveText('1 of 7 statements')
    await expect(page.locator('#s-radmanesh-doha mark')).toHaveText(['Doha'])
    await expect(page).toHaveURL(/[?&]q=doha(&|$)/)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
    await expect(search(page)).toHaveValue('doha')
    expect(await shownIds(page)).toEqual(['radmanesh-doha'])
  })

  test('ignores case, accents and apostrophes: "maarij" finds Ma’arij', async ({ page }) => {
    await openStory(page, STORY_PATH)
    await search(page).fill('MAARIJ')
    await expect.poll(() => shownIds(page)).toEqual(['maarij-epicenter'])
    await expect(page.locator('#s-maarij-epicenter mark').first()).toHaveText('Ma’arij')
  })

  test('searches caveats and attribution too', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?q=pakistani%20media`)
    expect(await shownIds(page)).toEqual(['munir-guterres', 'munir-support'])
  })

  test('an empty result says so and offers the way back', async ({ page }) => {
    await openStory(page, STORY_PATH)
    await search(page).fill('no such words anywhere')
    await expect(page.getByText('No statements match these filters.')).toBeVisible()
    await expect(count(page)).toHaveText('0 of 7 statements')
    await page.getByRole('button', { name: 'Show all statements' }).click()
    await expect(count(page)).toHaveText('7 of 7 statements')
    await expect(search(page)).toHaveValue('')
  })
})

test.describe('facets', () => {
  test('show counts under the other filters, and filter every table at once', async ({ page }) => {
    await openStory(page, STORY_PATH)
    // Counted by hand from the seed: 4 officials, 1 Taliban, 2 analysts; 3 direct, 4 paraphrase …
    await expect(option(page, 'Perspective', /^Pakistani officials \(4\)$/)).toBeVisible()
    await expect(option(page, 'Perspective', /^The Taliban \(1\)$/)).toBeVisible()
    await expect(option(page, 'Perspective', /^Independent analysts \(2\)$/)).toBeVisible()
    await expect(option(page, 'Stance', /^Supports \(4\)$/)).toBeVisible()
    await expect(option(page, 'Stance', /^Neutral \(0\)$/)).toBeVisible()
    await expect(option(page, 'Kind', /^Paraphrase \(4\)$/)).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Secondhand (2)' })).toBeVisible()

    await option(page, 'Kind', /^Direct quote/).check()
    await expect(count(page)).toHaveText('3 of 7 statements')
    expect(await shownIds(page)).toEqual(['achakzai-double-game', 'radmanesh-doha', 'maarij-epicenter'])
    await expect(page).toHaveURL(/[?&]kind=direct(&|$)/)
    // Other facets now count direct quotes only; Kind keeps its own counts.
    await expect(option(page, 'Perspective', /^Pakistani officials \(1\)$/)).toBeVisible()
    await expect(option(page, 'Perspective', /^The Taliban \(0\)$/)).toBeVisible()
    await expect(option(page, 'Stance', /^Mixed \(1\)$/)).toBeVisible()
    await expect(option(page, 'Kind', /^Paraphrase \(4\)$/)).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Secondhand (0)' })).toBeVisible()
    await expect(campTable(page, 'The Taliban').locator('caption')).toHaveText(
      'The Taliban — 0 of 1 statement',
    )

    await option(page, 'Stance', /^Rejects/).check()
    expect(await shownIds(page)).toEqual(['maarij-epicenter'])
    await expect(page).toHaveURL(/[?&]stance=rejects(&|$)/)
  })

  test('perspective hides the other camps; attribution picks secondhand rows', async ({ page }) => {
    await openStory(page, STORY_PATH)
    await option(page, 'Perspective', /^The Taliban/).check()
    await expect(page.getByRole('table')).toHaveCount(1)
    expect(await rowIds(campTable(page, 'The Taliban'))).toEqual(['taliban-soil'])
    await option(page, 'Perspective', /^The Taliban/).uncheck()
    await page.getByRole('radio', { name: /^Secondhand/ }).check()
    await expect.poll(() => shownIds(page)).toEqual(['munir-guterres', 'munir-support'])
    await expect(page).toHaveURL(/[?&]attribution=secondhand(&|$)/)
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(count(page)).toHaveText('7 of 7 statements')
    await expect(page).toHaveURL(STORY_PATH)
  })
})

test.describe('views', () => {
  test('combined: one table with a Perspective column and multi-column sort in the URL', async ({ page }) => {
    await openStory(page, STORY_PATH)
    await page.getByRole('button', { name: 'Combined' }).click()
    await expect(page.getByRole('button', { name: 'Combined' })).toHaveAttribute('aria-pressed', 'true')
    const table = campTable(page, 'All camps')
    await expect(page.getByRole('table')).toHaveCount(1)
    // One source: no Source column.
    await expect(table.getByRole('columnheader')).toHaveText([
      'Perspective',
      'Speaker',
      'Statement',
      'Stance',
    ])
    await table.getByRole('button', { name: /^Stance/ }).click()
    await table.getByRole('button', { name: /^Speaker/ }).click({ modifiers: ['Shift'] })
    // Stance on the codebook's scale (supports before mixed before rejects), then speaker
    // by surname (Achakzai before Munir; Ma’arij before Taliban).
    await expect
      .poll(() => rowIds(table))
      .toEqual([
        'achakzai-commanders',
        'achakzai-double-game',
        'munir-guterres',
        'munir-support',
        'radmanesh-doha',
        'maarij-epicenter',
        'taliban-soil',
      ])
    await expect(page).toHaveURL(/[?&]sort=stance\.asc,speaker\.asc(&|$)/)
    await table.getByRole('button', { name: /^Perspective/ }).click()
    await table.getByRole('button', { name: /^Perspective/ }).click()
    // Perspective descending, in the story's camp order: analysts, Taliban, officials.
    expect((await rowIds(table)).slice(0, 3)).toEqual(['radmanesh-doha', 'maarij-epicenter', 'taliban-soil'])
  })

  test('matrix: who stands where, with notes and links to the rows', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?view=matrix`)
    const matrix = page.getByRole('table', { name: /^Who stands where/ })
    await expect(matrix.getByRole('columnheader')).toHaveText([
      'Pakistani officials',
      'The Taliban',
      'Independent analysts',
    ])
    await expect(matrix.getByRole('rowheader')).toHaveText([/Supports$/, /Mixed$/, /Neutral$/, /Rejects$/])
    const cell = (stance: number, camp: number) =>
      matrix.locator('tbody tr').nth(stance).locator('td').nth(camp)
    await expect(cell(0, 0)).toContainText('Gen. Asim Munir')
    await expect(cell(0, 0)).toContainText('Jan Achakzai')
    await expect(cell(0, 1)).toHaveText('no statement')
    await expect(cell(2, 2)).toHaveText('no statement')
    await expect(cell(3, 1)).toContainText('The Taliban')
    await expect(cell(3, 1)).toContainText('Note: standing position only; did not respond to these claims')
    await cell(3, 2)
      .getByRole('link', { name: 'Blames Pakistan, which shifts the narrative onto Afghanistan' })
      .click()
    await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('#s-maarij-epicenter')).toBeFocused()
    await expect(page.locator('#s-maarij-epicenter')).toBeInViewport()
  })

  test('views keep the filters', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?stance=supports`)
    await page.getByRole('button', { name: 'Matrix' }).click()
    await expect(page.getByRole('table', { name: /^Who stands where/ })).toContainText('4 statements')
    await page.getByRole('button', { name: 'Combined' }).click()
    expect(await rowIds(campTable(page, 'All camps'))).toHaveLength(4)
  })
})

test('Back and Forward step through the changes', async ({ page }) => {
  await openStory(page, STORY_PATH)
  await search(page).fill('doha')
  await expect(page).toHaveURL(/q=doha/)
  await page.getByRole('button', { name: 'Combined' }).click()
  await expect(page).toHaveURL(/view=combined/)
  await page.goBack()
  await expect(page).not.toHaveURL(/view=combined/)
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true')
  await expect(search(page)).toHaveValue('doha')
  await page.goBack()
  await expect(page).toHaveURL(STORY_PATH)
  await expect(count(page)).toHaveText('7 of 7 statements')
  await page.goForward()
  await expect(search(page)).toHaveValue('doha')
  await expect.poll(() => shownIds(page)).toEqual(['radmanesh-doha'])
})

test('a URL full of bad parameters still shows the default view', async ({ page }) => {
  const response = await openStory(
    page,
    `${STORY_PATH}?perspective=martians,,&stance=angry&kind=DIRECT&attribution=rumour&view=grid&sort=%3Bdrop&sort.taliban=speaker.sideways&sort.nobody=speaker.asc&q=`,
  )
  expect(response?.status()).toBe(200)
  await expect(count(page)).toHaveText('7 of 7 statements')
  await expect(page.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('table')).toHaveCount(3)
  expect(await rowIds(campTable(page, 'The Taliban'))).toEqual(['taliban-soil'])
})

test.describe('permalinks', () => {
  test('#s-<id> scrolls to the row and flashes it', async ({ page }) => {
    await openStory(page, `${STORY_PATH}#s-taliban-soil`)
    const row = page.locator('#s-taliban-soil')
    await expect(row).toBeInViewport()
    await expect(row).toBeFocused()
    await expect(row).toHaveClass(/statement-flash/)
  })

  test('a permalink to a row hidden by the filters clears them to show it', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?q=doha#s-taliban-soil`)
    await expect(page.locator('#s-taliban-soil')).toBeInViewport()
    await expect(count(page)).toHaveText('7 of 7 statements')
  })

  for (const hash of ['#s-%', '#s-%E0%A4%A', '#s-no-such-statement', '#e-%zz']) {
    test(`a malformed or unknown hash (${hash}) is ignored, before and after a reload`, async ({ page }) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      for (const open of [() => openStory(page, `${STORY_PATH}?q=doha${hash}`), () => page.reload()]) {
        await open()
        await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
        await expect(page.getByText(/couldn.t load/i)).toHaveCount(0)
        // The page works as usual: the search from the link still applies.
        await expect(count(page)).toHaveText('1 of 7 statements')
        expect(await rowIds(campTable(page, 'Independent analysts'))).toEqual(['radmanesh-doha'])
      }
      expect(errors).toEqual([])
    })
  }
})
