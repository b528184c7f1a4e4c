import { expect, test, type Locator } from '@playwright/test'
import { ariaSorts, campTable, rowIds, sortStatus, openStory } from './helpers'
import { idsOf, STORY_PATH } from './seed'

// Expected orders worked out by hand from the seed (ties keep source order):
// speakers   by surname: Achakzai < Munir;  Ma’arij < Radmanesh
// statements by position in the article: munir-guterres (offset 101) < munir-support (256)
//            < achakzai-commanders (542) < achakzai-double-game (631); radmanesh-doha
//            (1004) < maarij-epicenter (1440)
// stance     analysts: mixed (Radmanesh) before rejects (Ma’arij) on the codebook scale
// The seed has one source, so its tables have no Source column.
const OFFICIALS = ['munir-guterres', 'munir-support', 'achakzai-commanders', 'achakzai-double-game']
const EXPECTED: Record<string, Record<string, { asc: string[]; desc: string[] }>> = {
  'Pakistani officials': {
    Speaker: {
      asc: ['achakzai-commanders', 'achakzai-double-game', 'munir-guterres', 'munir-support'],
      desc: ['munir-guterres', 'munir-support', 'achakzai-commanders', 'achakzai-double-game'],
    },
    Statement: { asc: OFFICIALS, desc: [...OFFICIALS].reverse() },
    // Every row supports the question: ties keep source order.
    Stance: { asc: OFFICIALS, desc: OFFICIALS },
  },
  'The Taliban': {
    Speaker: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
    Statement: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
    Stance: { asc: ['taliban-soil'], desc: ['taliban-soil'] },
  },
  'Independent analysts': {
    Speaker: { asc: ['maarij-epicenter', 'radmanesh-doha'], desc: ['radmanesh-doha', 'maarij-epicenter'] },
    Statement: { asc: ['radmanesh-doha', 'maarij-epicenter'], desc: ['maarij-epicenter', 'radmanesh-doha'] },
    Stance: { asc: ['radmanesh-doha', 'maarij-epicenter'], desc: ['maarij-epicenter', 'radmanesh-doha'] },
  },
}
const COLUMNS = ['Speaker', 'Statement', 'Stance']
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
      expect(await ariaSorts(table)).toEqual([null, null, null])

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual(ariaFor(column, 'ascending'))
      expect(await rowIds(table)).toEqual(expected.asc)

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual(ariaFor(column, 'descending'))
      expect(await rowIds(table)).toEqual(expected.desc)

      await button.click()
      await expect.poll(() => ariaSorts(table)).toEqual([null, null, null])
      expect(await rowIds(table)).toEqual(idsOf(PERSPECTIVE_IDS[camp]!))
    })
  }
}

test('speaker order files people by surname, ranks aside, checked against a locale sort of surnames', async ({
  page,
}) => {
  const table = campTable(page, 'Pakistani officials')
  await sortButton(table, 'Speaker').click()
  await expect(table.getByRole('columnheader', { name: /^Speaker/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const names = await table.locator('tbody tr td:nth-child(1) div.font-semibold').allInnerTexts()
  const surname = (name: string) => name.split(' ').at(-1)!
  const independent = [...names].sort((a, b) =>
    surname(a).localeCompare(surname(b), 'en', { sensitivity: 'base' }),
  )
  expect(names).toEqual(independent)
  // "Gen. Asim Munir" files under M, after Achakzai, not under G.
  expect(names).toEqual(['Jan Achakzai', 'Jan Achakzai', 'Gen. Asim Munir', 'Gen. Asim Munir'])
})

test('a sort that changes nothing says so', async ({ page }) => {
  const table = campTable(page, 'Pakistani officials')
  await sortButton(table, 'Stance').click()
  await expect(sortStatus(page, 'Pakistani officials')).toHaveText(
    'Sorted by Stance ascending (every row has the same stance, so the order is unchanged)',
  )
  expect(await rowIds(table)).toEqual(OFFICIALS)
})

test('tables sort independently of each other', async ({ page }) => {
  const officials = campTable(page, 'Pakistani officials')
  const analysts = campTable(page, 'Independent analysts')
  await sortButton(officials, 'Statement').click()
  await sortButton(officials, 'Statement').click()
  await expect.poll(() => ariaSorts(officials)).toEqual(ariaFor('Statement', 'descending'))
  expect(await ariaSorts(analysts)).toEqual([null, null, null])
  expect(await rowIds(analysts)).toEqual(idsOf('analysts'))
})

test('Shift+click adds a secondary sort; aria-sort stays on the primary header only', async ({ page }) => {
  const table = campTable(page, 'Pakistani officials')
  // Primary: Speaker descending (Munir first); secondary: Statement descending.
  await sortButton(table, 'Speaker').click()
  await sortButton(table, 'Speaker').click()
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await expect.poll(() => ariaSorts(table)).toEqual(ariaFor('Speaker', 'descending'))
  expect(await rowIds(table)).toEqual([
    'munir-support', // later in the article than munir-guterres, so first when reversed
    'munir-guterres',
    'achakzai-double-game',
    'achakzai-commanders',
  ])
  await expect(sortButton(table, 'Statement')).toContainText('sort key 2, descending')
  await expect(sortStatus(page, 'Pakistani officials')).toHaveText(
    'Sorted by Speaker descending, then Statement descending',
  )
  // A third Shift+click removes the secondary sort and keeps the primary.
  await sortButton(table, 'Statement').click({ modifiers: ['Shift'] })
  await expect(sortStatus(page, 'Pakistani officials')).toHaveText('Sorted by Speaker descending')
  expect(await rowIds(table)).toEqual([
    'munir-guterres',
    'munir-support',
    'achakzai-commanders',
    'achakzai-double-game',
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
