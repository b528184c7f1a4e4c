import type { Page } from '@playwright/test'
import { violations } from './axe'
import { actionsButton, openStory } from './helpers'
import { SLUG, STORY_PATH } from './seed'
import { expect, test } from './writable'

/**
 * Coding a statement's stances on the story's further claims in the edit form, as an
 * editor does it: a claim picked with its stance and label, a refusal in words that
 * marks the field, the saved stance in the claim filter a reader sees, and the change in
 * the statement's history. A reader's request to do the same is refused.
 */

test.use({ role: 'editor' })
test.describe.configure({ timeout: 90_000 })

const ID = 'achakzai-double-game'
const CLAIM = 'taliban-commanders-assist-militants'
const WORDING = 'Taliban commanders assist the militants who attack Pakistan.'
const row = (page: Page) => page.locator(`#s-${ID}`)

async function edit(page: Page) {
  await actionsButton(row(page)).click()
  await page.getByRole('menuitem', { name: 'Edit', exact: true }).click()
  return page.getByRole('dialog', { name: 'Edit statement' })
}

test('an editor codes a stance on a further claim; readers see it under the claim filter', async ({
  page,
  app,
}) => {
  await openStory(page, STORY_PATH)
  const dialog = await edit(page)
  const stances = dialog.getByRole('group', { name: /Stances on further claims/ })
  const select = stances.getByRole('combobox', { name: `Stance on the claim: ${WORDING}` })
  // No stance by default: the statement does not address the claim until the editor says so.
  await expect(select).toHaveValue('')
  await select.focus()
  await select.selectOption('supports')
  const label = stances.getByRole('textbox', { name: `Label of the stance on: ${WORDING}` })
  // An empty label is refused in words, and the field is marked.
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The stance’s label cannot be empty.')
  await expect(label).toHaveAttribute('aria-invalid', 'true')
  expect(await violations(page, { inTopLayer: true })).toEqual([])
  await label.fill('Accuses Afghanistan of a “double-handed game”')
  await label.press('Enter')
  await expect(dialog).toBeHidden()

  // A reader, with the claim filter set, sees the statement and its stance on the claim.
  const reader = await (await app.as('reader')).newPage()
  await openStory(reader, `${STORY_PATH}?claim=${CLAIM}`)
  await expect(row(reader)).toContainText('Accuses Afghanistan of a “double-handed game”')
  expect(await violations(reader)).toEqual([])

  // The history names the change.
  await actionsButton(row(page)).click()
  await page.getByRole('menuitem', { name: 'History', exact: true }).click()
  const history = page.getByRole('dialog', { name: 'History of this statement' })
  await expect(history.getByRole('listitem').first()).toContainText('Stances on further claims')
  await expect(history.getByRole('listitem').first()).toContainText(
    `${CLAIM}: Supports — Accuses Afghanistan of a “double-handed game”`,
  )
})

test('an editor adds a new claim to the story from the edit form, then codes a stance on it', async ({
  page,
}) => {
  await openStory(page, STORY_PATH)
  const dialog = await edit(page)
  const box = dialog.getByRole('combobox', { name: 'Add a claim to the story' })
  // A question is refused in words, and nothing is added.
  await box.fill('Do talks with the Taliban work?')
  await box.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText('write it as a statement, not as a question')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  const wording = 'Talks with the Taliban can end the attacks.'
  await box.fill(wording)
  await dialog.getByRole('button', { name: 'Add claim' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    `Added “${wording}” to the story’s claims.`,
  )
  const select = dialog.getByRole('combobox', { name: `Stance on the claim: ${wording}` })
  await expect(select).toHaveValue('')
  expect(await violations(page, { inTopLayer: true })).toEqual([])
  await select.selectOption('neutral')
  await dialog.getByRole('textbox', { name: `Label of the stance on: ${wording}` }).fill('Weighs both sides')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()
  // The claim matrix has a row for it, the camp's stance counted there.
  await openStory(page, `${STORY_PATH}?view=claims`)
  const claimRow = page
    .getByRole('table', { name: /^Claims by camp/ })
    .getByRole('row', { name: new RegExp(wording) })
  await expect(claimRow).toContainText('Neutral')
})

test('a reader’s or a visitor’s request to code a stance changes nothing', async ({ app }) => {
  const url = `/api/stories/${SLUG}/statements/${ID}`
  const editor = await app.request('editor')
  const before = await (await editor.get(url)).json()
  const data = {
    expectedVersion: before.statement.version,
    changes: { stances: [{ claim: CLAIM, value: 'rejects', label: 'Forged' }] },
  }
  expect((await (await app.request('reader')).patch(url, { data })).status()).toBe(403)
  expect((await (await app.request(null)).patch(url, { data })).status()).toBe(401)
  expect((await (await editor.get(url)).json()).statement).toEqual(before.statement)
})
