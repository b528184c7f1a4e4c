import type { Page } from '@playwright/test'
import { oneQuoteReview } from '../lib/commands/reviews/one-quote'
import { violations } from './axe'
import { keyboardSelect, openStory } from './helpers'
import { seed, SLUG, STORY_PATH } from './seed'
import { expect, test } from './writable'

/**
 * Coding claims in review, as an editor does it: a draft's stance on a further claim
 * (the question left blank), "Mark reviewed" refused while the draft has no stance at
 * all, a non-response recorded from words selected with the keyboard, and both in the
 * story's claim matrix once saved. A reader's request to do the same is refused.
 */

test.use({ role: 'editor' })
// An app of its own: what this spec saves into the seed story would change the counts
// other specs on the same worker's app expect.
test.use({ appEnv: { SPEC: 'review-claims' } })
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const QUOTE = 'The army’s own strategy in the tribal districts has failed again and again'
const SILENT = 'Pakistani officials have not responded to the charge about funding'
const ARTICLE = `Peshawar, Wednesday. A retired general said: “${QUOTE}.” ${SILENT} so far.`
const STRATEGY = seed.claims.find((c) => c.id === 'pakistani-military-strategy-shares-blame')!
const FUNDING = seed.claims.find((c) => c.id === 'accusations-secure-funding-for-pakistan')!
const campIndex = (id: string) => seed.perspectives.findIndex((p) => p.id === id)

let reviewPath = ''

const card = (page: Page) =>
  page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .first()

/** The matrix cell of a claim and a camp. */
const cell = (page: Page, claim: { wording: string }, camp: string) =>
  page
    .getByRole('table', { name: /^Claims by camp/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: claim.wording }) })
    .getByRole('cell')
    .nth(campIndex(camp))

test.beforeAll(async ({ app }) => {
  const editor = await app.request('editor')
  const created = await editor.post(`/api/stories/${SLUG}/reviews`, {
    data: {
      ...oneQuoteReview(ARTICLE, QUOTE),
      source: { publisher: 'Test Wire', title: 'A general on the army’s strategy', date: '2024-01-03' },
    },
  })
  expect(created.status(), await created.text()).toBe(200)
  reviewPath = `${STORY_PATH}/reviews/${((await created.json()) as { id: string }).id}`
})

test('a reader cannot code a draft’s claims or record a non-response, whatever they send', async ({
  app,
}) => {
  const reviewId = reviewPath.split('/').at(-1)!
  for (const who of [null, 'reader'] as const) {
    const request = await app.request(who)
    const stance = await request.patch(`/api/reviews/${reviewId}/drafts/d1`, {
      data: { version: 1, stances: [{ claim: STRATEGY.id, value: 'supports', label: 'x' }] },
    })
    expect(stance.status()).toBe(who === null ? 401 : 403)
    const silent = await request.post(`/api/reviews/${reviewId}/non-responses`, {
      data: { span: { start: 0, end: 8 }, perspective: 'taliban', claim: FUNDING.id },
    })
    expect(silent.status()).toBe(who === null ? 401 : 403)
  }
})

test('an editor codes a stance on a further claim and a non-response, saves, and the matrix shows both', async ({
  page,
}) => {
  await page.goto(reviewPath)
  const draft = card(page)
  const saved = () => expect(draft.getByRole('status').first()).toHaveText(/Saved\.$/)
  await draft
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio', { name: /^Independent analysts/ })
    .check()
  await saved()

  // No stance is set for the editor, and without one the draft cannot be marked reviewed.
  const stances = draft.getByRole('group', { name: /Stances on further claims/ })
  const onStrategy = stances.getByRole('combobox', {
    name: new RegExp(`^Stance on the claim: ${STRATEGY.wording}`),
  })
  await expect(onStrategy).toHaveValue('')
  const mark = draft.getByRole('button', { name: /^Mark .* reviewed$/ })
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(draft.getByRole('alert')).toHaveText(
    'To mark it reviewed, give it a stance on the question or on another claim.',
  )
  await expect(draft).toContainText('Still needed: a stance on the question or on another claim.')

  await onStrategy.selectOption('supports')
  await saved()
  const label = stances.getByRole('textbox', {
    name: new RegExp(`^Label of the stance on: ${STRATEGY.wording}`),
  })
  await label.fill('Blames the army’s own strategy')
  await label.press('Tab')
  await saved()
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(draft.getByRole('status').first()).toHaveText('Marked reviewed. Saved.')
  // The question stays blank: the statement does not address it.
  await expect(
    draft.getByRole('group', { name: /^Stance of / }).getByRole('radio', { checked: true }),
  ).toHaveCount(0)

  // A non-response, from words selected with the keyboard.
  await keyboardSelect(page, ARTICLE, SILENT)
  await expect(page.getByText(`Selected: “${SILENT}”`)).toBeVisible()
  const form = page.getByRole('group', { name: 'Record a non-response from the selected words' })
  await form.getByRole('combobox', { name: 'Camp that did not respond' }).selectOption('pakistani-officials')
  await form.getByRole('combobox', { name: 'Claim it did not respond to' }).selectOption(FUNDING.id)
  await expect(form.getByRole('textbox', { name: 'No response as of' })).toHaveValue('')
  await form.getByRole('button', { name: 'Record the non-response' }).click()
  const list = page.getByRole('list', { name: 'Non-responses in this review' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText(
    `Pakistani officials: no public response to “${FUNDING.wording}” as of the article’s date (3 Jan 2024).`,
  )
  await expect(list).toContainText(SILENT)
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(page.getByText(/^Saved 1 statement and 1 non-response to the story\./)).toBeVisible()

  // The claim matrix: the analysts' stance on the claim with the new speaker, and the officials' non-response.
  await openStory(page, `${STORY_PATH}?view=claims`)
  const analysts = cell(page, STRATEGY, 'analysts')
  await expect(analysts.getByRole('link', { name: /Ali Khan/ })).toBeVisible()
  const officials = cell(page, FUNDING, 'pakistani-officials')
  await expect(officials.getByRole('link', { name: 'no public response as of 3 Jan 2024' })).toBeVisible()
  await expect(officials).not.toContainText('silent')
  expect(await violations(page)).toEqual([])
})
