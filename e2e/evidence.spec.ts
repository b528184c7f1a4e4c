import { openStory } from './helpers'
import { expect, test } from '@playwright/test'
import { seed, statement, STORY_PATH } from './seed'

test('the evidence dialog works from the keyboard alone', async ({ page }) => {
  await openStory(page, STORY_PATH)
  const row = page.locator('#s-achakzai-double-game')
  const trigger = row.getByRole('button', { name: 'Show in source' })
  // Reach the button by keyboard: Tab from the row's other action backwards.
  await row.getByRole('button', { name: 'Copy citation' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(trigger).toBeFocused()
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
  await page.locator('#s-munir-guterres').getByRole('button', { name: 'Show in source' }).click()
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
  const trigger = page.locator('#s-maarij-epicenter').getByRole('button', { name: 'Show in source' })
  await trigger.click()
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(trigger).toBeFocused()
})
