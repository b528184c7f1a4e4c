import { actionsButton, openStory, rowAction } from './helpers'
import { expect, test } from '@playwright/test'
import { seed, statement, STORY_PATH } from './seed'

test('the evidence dialog works from the keyboard alone', async ({ page }) => {
  await openStory(page, STORY_PATH)
  const row = page.locator('#s-achakzai-double-game')
  const trigger = actionsButton(row)
  // One tab stop per row: Tab from the row's caveats lands on its actions button.
  await row.getByText('2 caveats').focus()
  await page.keyboard.press('Tab')
  await expect(trigger).toBeFocused()
  // The menu opens on Enter with its first item focused; arrows move, Enter picks.
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: 'Show in source' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Copy citation' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Show in source' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(trigger).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'In the source' })
  await expect(dialog).toBeVisible()
  // Focus has moved into the dialog, onto the chosen statement.
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  const chosen = dialog.locator('mark[data-selected]')
  expect((await chosen.allTextContents()).join('')).toBe(statement('achakzai-double-game').text)
  await expect(chosen.first()).toBeInViewport()

  // The source text reads exactly as stored: highlighting adds and drops nothing.
  expect(await dialog.getByTestId('source-text').textContent()).toBe(seed.sources[0]!.text)
  // Every statement and event of the source is highlighted.
  const anchors = await dialog
    .locator('mark')
    .evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-anchor')))])
  expect(anchors.sort()).toEqual(
    [
      ...seed.statements.map((s) => `s-${s.id}`),
      'e-e-guterres-meeting',
      'e-e-attack-surge',
      'e-e-dera-ismail-khan',
    ].sort(),
  )

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(trigger).toBeFocused()
})

test('a highlight links back to its row', async ({ page }) => {
  await openStory(page, STORY_PATH)
  await rowAction(page.locator('#s-munir-guterres'), 'Show in source')
  const dialog = page.getByRole('dialog', { name: 'In the source' })
  const taliban = dialog.getByRole('link', {
    name: 'Afghanistan’s soil will not be used against other countries',
  })
  await taliban.focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.locator('#s-taliban-soil')).toBeFocused()
  await expect(page.locator('#s-taliban-soil')).toBeInViewport()
})

test('the Close button closes the dialog and returns focus', async ({ page }) => {
  await openStory(page, STORY_PATH)
  const row = page.locator('#s-maarij-epicenter')
  const trigger = actionsButton(row)
  await rowAction(row, 'Show in source')
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(trigger).toBeFocused()
})
