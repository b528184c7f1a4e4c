import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import Papa from 'papaparse'
import { violations } from './axe'
import { actionsButton, openStory } from './helpers'
import { seed, SLUG, statement, STORY_PATH } from './seed'
import { expect, test } from './writable'

/**
 * Editing with history, as editors do it in the browser, on a store of this file's own:
 * edits reach the reader and the CSV, a second editor's stale save is refused with both
 * versions shown and their input kept, every change is in the History panel and the
 * change log, and deletes and past versions restore. Readers and visitors get no edit
 * controls, and their requests are refused with nothing changed.
 */

test.use({ role: 'editor' })
test.describe.configure({ timeout: 90_000 })

const row = (page: Page, id: string) => page.locator(`#s-${id}`)

async function menuItem(page: Page, id: string, item: string) {
  await actionsButton(row(page, id)).click()
  await page.getByRole('menuitem', { name: item, exact: true }).click()
}

async function csvRows(page: Page): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (CSV)' }).click(),
  ])
  const text = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '')
  return Papa.parse<Record<string, string>>(text.trim(), { header: true, newline: '\r\n' }).data
}

const editDialog = (page: Page) => page.getByRole('dialog', { name: 'Edit statement' })

test('an editor’s edit reaches the reader and the CSV after a reload', async ({ page, app }) => {
  await openStory(page, STORY_PATH)
  await menuItem(page, 'maarij-epicenter', 'Edit')
  const dialog = editDialog(page)
  await dialog.getByLabel('Stance label').fill('Blames Pakistan outright')
  await dialog
    .getByRole('group', { name: 'Stance', exact: true })
    .getByRole('radio', { name: /^Mixed/ })
    .check()
  await dialog.getByRole('radio', { name: /^The Taliban/ }).check()
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()

  const reader = await (await app.as('reader')).newPage()
  await openStory(reader, STORY_PATH)
  await expect(row(reader, 'maarij-epicenter')).toContainText('Blames Pakistan outright')
  // Moved: now in the Taliban's table.
  await expect(
    reader.getByRole('table', { name: /^The Taliban/ }).locator('#s-maarij-epicenter'),
  ).toHaveCount(1)
  const exported = (await csvRows(reader)).find((r) => r['statement id'] === 'maarij-epicenter')!
  expect(exported).toMatchObject({
    'stance label': 'Blames Pakistan outright',
    stance: 'mixed',
    perspective: 'The Taliban',
  })
  expect(exported.statement).toBe(statement('maarij-epicenter').text)
})

test('the second of two editors is refused, sees both versions, keeps their input and can apply it on top', async ({
  app,
}) => {
  const [first, second] = await Promise.all([
    app.as('editor').then((c) => c.newPage()),
    app.as('editor').then((c) => c.newPage()),
  ])
  for (const page of [first, second]) {
    await openStory(page, STORY_PATH)
    await menuItem(page, 'radmanesh-doha', 'Edit')
    await expect(editDialog(page).getByLabel('Attribution')).toHaveValue('comment to the outlet')
  }
  await editDialog(first).getByLabel('Attribution').fill('comment to Amu TV')
  await editDialog(first).getByRole('button', { name: 'Save changes' }).click()
  await expect(editDialog(first)).toBeHidden()

  const dialog = editDialog(second)
  await dialog.getByLabel('Stance label').fill('Second editor’s label')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  const conflict = dialog.getByRole('alert').filter({ hasText: 'Someone else saved this statement' })
  await expect(conflict).toBeVisible()
  const versions = conflict.getByRole('table')
  await expect(versions.getByRole('row', { name: /^Attribution/ })).toContainText('comment to Amu TV')
  await expect(versions.getByRole('row', { name: /^Stance label/ })).toContainText('Second editor’s label')
  await expect(versions.getByRole('row', { name: /^Stance label/ })).toContainText(
    statement('radmanesh-doha').stance!.label,
  )
  // The input is still on screen, not saved.
  await expect(dialog.getByLabel('Stance label')).toHaveValue('Second editor’s label')
  await first.reload()
  await expect(row(first, 'radmanesh-doha')).not.toContainText('Second editor’s label')

  await conflict.getByRole('button', { name: 'Put my changes on top of the saved version' }).click()
  await expect(dialog.getByLabel('Attribution')).toHaveValue('comment to Amu TV')
  await expect(dialog.getByLabel('Stance label')).toHaveValue('Second editor’s label')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()
  await openStory(first, STORY_PATH)
  await expect(row(first, 'radmanesh-doha')).toContainText('Second editor’s label')
  await expect(row(first, 'radmanesh-doha')).toContainText('comment to Amu TV')
})

test('History lists who changed what and restores a past version; a delete restores from the change log', async ({
  page,
  app,
}) => {
  const original = statement('munir-support')
  await openStory(page, STORY_PATH)
  await menuItem(page, 'munir-support', 'Edit')
  await editDialog(page).getByLabel('Stance label').fill('A label to undo')
  await editDialog(page).getByRole('button', { name: 'Save changes' }).click()
  await expect(row(page, 'munir-support')).toContainText('A label to undo')

  await menuItem(page, 'munir-support', 'History')
  const history = page.getByRole('dialog', { name: 'History of this statement' })
  const entry = history.getByRole('listitem').first()
  // People by their display name; an editor does not see their email.
  await expect(entry).toContainText(`Edited by ${app.accounts.editor.name}`)
  await expect(entry).not.toContainText(app.accounts.editor.email)
  await expect(entry).toContainText(original.stance!.label)
  await expect(entry).toContainText('A label to undo')
  expect(await violations(page, { inTopLayer: true })).toEqual([])
  await entry.getByRole('button', { name: 'Restore the version before this change' }).click()
  await expect(history.getByRole('status').first()).toContainText('Restored the version')
  await expect(history.getByRole('listitem').first()).toContainText(`Restored by ${app.accounts.editor.name}`)
  await history.getByRole('button', { name: 'Close' }).click()
  await expect(row(page, 'munir-support')).toContainText(original.stance!.label)

  // Delete, with a confirmation; the row leaves the reader.
  await menuItem(page, 'munir-support', 'Delete')
  const confirm = page.getByRole('dialog', { name: 'Delete this statement?' })
  await expect(confirm).toContainText(original.text)
  await confirm.getByRole('button', { name: 'Delete statement' }).click()
  await expect(row(page, 'munir-support')).toHaveCount(0)
  const reader = await (await app.as('reader')).newPage()
  await openStory(reader, STORY_PATH)
  await expect(row(reader, 'munir-support')).toHaveCount(0)
  expect((await csvRows(reader)).map((r) => r['statement id'])).not.toContain('munir-support')

  // The change log lists it, and restores it.
  await page.goto(`${STORY_PATH}/history`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Change log: ${seed.title}`)
  const deleted = page.getByRole('region', { name: /^Deleted statements/ })
  await expect(deleted).toContainText(original.text.slice(0, 40))
  expect(await violations(page)).toEqual([])
  await deleted.getByRole('button', { name: /^Restore: Gen\. Asim Munir/ }).click()
  await expect(deleted.getByRole('heading')).toHaveText('Deleted statements (0)')
  const log = page.getByRole('region', { name: /^Changes/ })
  await expect(log.getByRole('listitem').first()).toContainText('Statement · Restored')
  await openStory(reader, STORY_PATH)
  await expect(row(reader, 'munir-support')).toContainText(original.stance!.label)
})

test('direct writes without a session, with a reader’s, or from another origin are refused, and nothing changes', async ({
  app,
}) => {
  const url = `/api/stories/${SLUG}/statements/taliban-soil`
  const editor = await app.request('editor')
  const current = async () => (await (await editor.get(url)).json()).statement
  const before = await current()
  const patch = { expectedVersion: before.version, changes: { attribution: 'forged' } }
  const anonymous = await app.request(null)
  const reader = await app.request('reader')
  for (const [who, context, status] of [
    ['nobody', anonymous, 401],
    ['reader', reader, 403],
  ] as const) {
    expect((await context.patch(url, { data: patch })).status(), `${who} PATCH`).toBe(status)
    expect((await context.delete(url, { data: {} })).status(), `${who} DELETE`).toBe(status)
    expect((await context.post(`${url}/restore`, { data: {} })).status(), `${who} restore`).toBe(status)
    expect((await context.get(url)).status(), `${who} GET`).toBe(status)
  }
  const foreign = { headers: { origin: 'http://elsewhere.example' } }
  expect((await editor.patch(url, { data: patch, ...foreign })).status()).toBe(403)
  expect((await editor.delete(url, { data: {}, ...foreign })).status()).toBe(403)
  expect((await editor.post(`${url}/restore`, { data: {}, ...foreign })).status()).toBe(403)
  expect(
    (
      await editor.patch(`/api/stories/${SLUG}`, {
        data: { expected: {}, changes: { question: 'X.' } },
        ...foreign,
      })
    ).status(),
  ).toBe(403)
  expect(await current()).toEqual(before)
  const page = await (await app.as('reader')).newPage()
  await openStory(page, STORY_PATH)
  await expect(row(page, 'taliban-soil')).toContainText(statement('taliban-soil').attribution)
})

for (const who of ['reader', null] as const) {
  test(`${who ?? 'an anonymous visitor'} sees no edit controls`, async ({ app, browser }) => {
    // No session at all: an explicit empty state, not the file's editor session.
    const context = who
      ? await app.as(who)
      : await browser.newContext({ baseURL: app.baseURL, storageState: { cookies: [], origins: [] } })
    const page = await context.newPage()
    await openStory(page, STORY_PATH)
    await actionsButton(row(page, 'taliban-soil')).click()
    await expect(page.getByRole('menuitem')).toHaveText(['Show in source', 'Copy citation'])
    await expect(page.getByRole('link', { name: 'Story settings' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Change log' })).toHaveCount(0)
    for (const path of ['edit', 'history']) {
      const response = await page.goto(`${STORY_PATH}/${path}`)
      if (who) {
        // A reader: 403, and a page that says why.
        expect(response?.status()).toBe(403)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not for your account')
        await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
        await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
      } else {
        // A visitor: sent to sign in, and back here after.
        await expect(page).toHaveURL(
          `${app.baseURL}/sign-in?next=${encodeURIComponent(`${STORY_PATH}/${path}`)}`,
        )
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
      }
    }
    if (!who) await context.close()
  })
}

async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('could not reach the field with Tab')
}

test('an editor edits a statement with the keyboard alone, the text by selecting in the source', async ({
  page,
}) => {
  const original = statement('achakzai-double-game')
  await openStory(page, STORY_PATH)
  await tabTo(page, actionsButton(row(page, 'achakzai-double-game')), 200)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Show in source' })).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused()
  await page.keyboard.press('Enter')
  const dialog = editDialog(page)
  await expect(dialog.getByLabel('Attribution')).toHaveValue(original.attribution)
  expect(await violations(page, { inTopLayer: true })).toEqual([])

  // Shrink the selected words from their end, by words, with Shift+Ctrl+Left.
  const source = dialog.getByRole('textbox', { name: /^Source passage/ })
  await tabTo(page, source)
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowLeft')
  const picked = await source.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  )
  const words = picked.replace(/\s+/g, ' ').trim()
  expect(original.text.startsWith(words)).toBe(true)
  expect(words.length).toBeLessThan(original.text.length)
  await tabTo(page, dialog.getByRole('button', { name: 'Use the selected words' }))
  await page.keyboard.press('Enter')
  await expect(dialog.getByTestId('statement-text')).toHaveText(words)

  await tabTo(page, dialog.getByLabel('Stance label'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Keyboard label')
  await tabTo(page, dialog.getByRole('button', { name: 'Save changes' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(actionsButton(row(page, 'achakzai-double-game'))).toBeFocused()
  await page.reload()
  await expect(row(page, 'achakzai-double-game')).toContainText('Keyboard label')
  await expect(row(page, 'achakzai-double-game')).toContainText(words)
  await expect(row(page, 'achakzai-double-game')).not.toContainText(original.text)
})

test('the story settings page edits the question and refuses to delete a camp with statements', async ({
  page,
}) => {
  await page.goto(`${STORY_PATH}/edit`)
  expect(await violations(page)).toEqual([])
  // The form's buttons come on once the page's script runs; typing before that could be lost.
  await expect(page.getByRole('button', { name: 'Save title and question' })).toBeEnabled()
  // The question is the story's main claim: a statement, not a question.
  await page.getByLabel('Question', { exact: true }).fill('Is militancy in Pakistan driven from Afghanistan?')
  await page.getByRole('button', { name: 'Save title and question' }).click()
  await expect(page.getByText('write it as a statement, not as a question')).toBeVisible()
  await page.getByLabel('Question', { exact: true }).fill('Militancy in Pakistan is driven from Afghanistan.')
  await page.getByRole('button', { name: 'Save title and question' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  // The page refreshes with the saved question; "Saved." stays with it.
  await page.waitForLoadState('networkidle')
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue(
    'Militancy in Pakistan is driven from Afghanistan.',
  )
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await page.getByRole('button', { name: /^Delete the camp “Pakistani officials/ }).click()
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'move them to another camp or delete them first' })
  await expect(refusal).toContainText('Jan Achakzai')
  await expect(page.getByRole('group', { name: /^Pakistani officials/ })).toBeVisible()
  await openStory(page, STORY_PATH)
  await expect(
    page.getByText('Militancy in Pakistan is driven from Afghanistan.', { exact: true }),
  ).toBeVisible()
  // Rewording the question rewords the main claim: the claim matrix shows it.
  await openStory(page, `${STORY_PATH}?view=claims`)
  await expect(
    page
      .getByRole('table', { name: /^Claims by camp/ })
      .getByRole('rowheader')
      .first(),
  ).toContainText('Militancy in Pakistan is driven from Afghanistan.')
  await page.goto(`${STORY_PATH}/history`)
  await expect(page.getByRole('region', { name: /^Changes/ })).toContainText('Story · Edited')
  await expect(page.getByRole('region', { name: /^Changes/ })).toContainText('Claim · Reworded')
})
