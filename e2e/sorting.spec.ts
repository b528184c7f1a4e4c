import { expect, test, type Locator } from '@playwright/test'
import { ariaSorts, campTable, rowIds, sortStatus, openStory } from './helpers'
import { idsOf, STORY_PATH } from './seed'

// Expected orders worked out by hand from the seed (ties keep source order):
// speakers  Gen. Asim Munir < Jan Achakzai;  Azizuddin Ma’arij < Mohammad Radmanesh
// statements "aims…" < "assistance…" < "raised…" < "We have…";  "Following…" < "The entire…"
// stance     analysts: mixed (Radmanesh) before rejects (Ma’arij) on the codebook scale
const OFFICIALS = ['munir-guterres', 'munir-support', 'achakzai-commanders', 'achakzai-double-game']
const EXPECTED: Record<string, Record<string, { asc: string[]; desc: string[] }>> = {
  'Pakistani officials': {
    Speaker: {
      asc: OFFICIALS,
      desc: ['achakzai-commanders', 'achakzai-double-game', 'munir-guterres', 'munir-support'],
    },
    Statement: {
      asc: ['munir-support', 'achakzai-commanders', 'munir-guterres', 'achakzai-double-game'],
      desc: ['achakzai-double-game', 'munir-guterres', 'achakzai-commanders', 'munir-support'],
    },
    // Every row supports the question and shares one source: ties keep source order.
    Stance: { asc: OFFICIALS, desc: OFFICIALS },
    Source: { asc: OFFICIALS, desc: OFFICIALS },
  },
  'The Taliban': {
    Speaker: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
    Statement: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
    Stance: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
    Source: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
  },
  'Independent analysts': {
    Speaker: { asc: ['maarij-epicenter', 'radmanesh-doha'], desc: ['radmanesh-doha', 'maarij-epicenter'] },
    Statement: { asc: ['radmanesh-doha', 'maarij-epicenter'], desc: ['maarij-epicenter', 'radmanesh-doha'] },
    Stance: { asc: ['radmanesh-doha', 'maarij-epicenter'], desc: ['maarij-epicenter', 'radmanesh-doha'] },
    Source: { asc: ['radmanesh-doha', 'maarij-epicenter'], desc: ['radmanesh-doha', 'maarij-epicenter'] },
  },
}
const COLUMNS = ['Speaker', 'Statement', 'Stance', 'Source']
const PERSPECTIVE_IDS: Record<string, string> = {
  'Pakistani officials': 'pakistani-officials',
  'The Taliban': 'taliban',
  'Independent analysts': 'analysts',
}

const sortButton = (table: Locator, column: string) =>
  table.getByRole('columnheader', { name: new RegExp(`^${column}`) }).getByRole('button')

const ariaFor = (column: string, state: string | null) => COLUMNS.map((c) => (c === column ? state : null))

test.beforeEach(async ({ page }) => {
  await openStory(page, STORY_PATH)
})

for (const [camp, columns] of Object.entries(EXPECTED)) {
  for (const [column, expected] of Object.entries(columns)) {
    test(`${camp}: ${column} sorts ascending, descending, then back to source order`, async ({ page }) => {
      const table = campTable(page, camp)
      const button = sortButton(table, column)
      expect(await ariaSorts(table)).toEqual([null, null, null, null])

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual(ariaFor(column, 'ascending'))
      expect(await rowIds(table)).toEqual(expected.asc)

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual(ariaFor(column, 'descending'))
      expect(await rowIds(table)).toEqual(expected.desc)

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual([null, null, null, null])
      expect(await rowIds(table)).toEqual(idsOf(PERSPECTIVE_IDS[camp]!))
    })
  }
}

test('speaker order agrees with an independent locale sort of the names shown', async ({ page }) => {
  const table = campTable(page, 'Independent analysts')
  await sortButton(table, 'Speaker').click()
  await expect(table.getByRole('columnheader', { name: /^Speaker/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const names = await table.locator('tbody tr td:nth-child(1) div.font-semibold').allInnerTexts()
  const independent = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
  expect(names).toEqual(independent)
  expect(names).toEqual(['Azizuddin Ma’arij', 'Mohammad Radmanesh'])
})

test('tables sort independently of each other', async ({ page }) => {
  const officials = campTable(page, 'Pakistani officials')
  const analysts = campTable(page, 'Independent analysts')
  await sortButton(officials, 'Statement').click()
  await sortButton(officials, 'Statement').click()
  await expect.poll(() => ariaSorts(officials)).toEqual(ariaFor('Statement', 'descending'))
  expect(await ariaSorts(analysts)).toEqual([null, null, null, null])
  expect(await rowIds(analysts)).toEqual(idsOf('analysts'))
})

test('Shift+click adds a secondary sort; aria-sort stays on the primary header only', async ({ page }) => {
  const table = campTable(page, 'Pakistani officials')
  // Primary: Speaker descending (Achakzai first); secondary: Statement descending.
  await sortButton(table, 'Speaker').click()
  await sortButton(table, 'Speaker').click()
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await expect.poll(() => ariaSorts(table)).toEqual(ariaFor('Speaker', 'descending'))
  expect(await rowIds(table)).toEqual([
    'achakzai-double-game', // "We have…" after "assistance…", reversed
    'achakzai-commanders',
    'munir-guterres', // "raised…" after "aims…", reversed
    'munir-support',
  ])
  await expect(sortButton(table, 'Statement')).toContainText('sort key 2, descending')
  await expect(sortStatus(page, 'Pakistani officials')).toHaveText(
    'Sorted by Speaker descending, then Statement descending',
  )
  // A third Shift+click removes the secondary sort and keeps the primary.
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await expect(sortStatus(page, 'Pakistani officials')).toHaveText('Sorted by Speaker descending')
  expect(await rowIds(table)).toEqual([
    'achakzai-commanders',
    'achakzai-double-game',
    'munir-guterres',
    'munir-support',
  ])
})

test('sorting works from the keyboard alone', async ({ page }) => {
  const table = campTable(page, 'Independent analysts')
  const speaker = sortButton(table, 'Speaker')
  await speaker.focus()
  await page.keyboard.press('Enter')
  await expect(table.getByRole('columnheader', { name: /^Speaker/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  expect(await rowIds(table)).toEqual(['maarij-epicenter', 'radmanesh-doha'])
  await page.keyboard.press('Space')
  await expect(table.getByRole('columnheader', { name: /^Speaker/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  expect(await rowIds(table)).toEqual(['radmanesh-doha', 'maarij-epicenter'])
  // Tab moves on to the next header's button, and Shift+Enter adds it as a second key.
  await page.keyboard.press('Tab')
  await expect(sortButton(table, 'Statement')).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await expect(sortStatus(page, 'Independent analysts')).toHaveText(
    'Sorted by Speaker descending, then Statement ascending',
  )
})
