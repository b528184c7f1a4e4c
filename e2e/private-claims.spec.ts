import type { Locator, Page } from '@playwright/test'
import { violations } from './axe'
import { expect, test, type WritableApp } from './writable'

/**
 * A claim a blind coder creates (issue 23 §1), as the editors do it: the first coder (the
 * editor) adds a claim of their own in their review and codes a stance on it; the other
 * coder (the admin), a reader and nobody are refused it by direct requests and find it on
 * no page; once both coders are done, an editor keeps it at the settlement, saves, and it
 * is one of the story's claims.
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 })
// An app of its own: what this spec saves into the seed story would change other specs' counts.
test.use({ appEnv: { SPEC: 'private-claims' } })

const SLUG = 'pakistan-afghanistan-militancy-2023'
const STORY = `/stories/${SLUG}`
const QUOTE = 'Our own generals chose the wrong strategy in the tribal districts'
const ARTICLE = `Peshawar, Tuesday. Omar Zaidi, a retired general, said: “${QUOTE}.” Nothing more was said.`
/** The first coder's own claim: nobody else may see it until both coders are done. */
const CLAIM = 'Pakistani generals misjudged the tribal districts'
const LABEL = 'Says the generals chose wrong'

const card = (page: Page) =>
  page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .first()
const saved = (c: Locator) => expect(c.getByRole('status').first()).toHaveText(/Saved\.$/)

async function chooseCamp(page: Page, c: Locator) {
  await c
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio', { name: /^Independent analysts/ })
    .check()
  await saved(c)
}

async function markReviewed(page: Page, c: Locator) {
  const mark = c.getByRole('button', { name: /^Mark .* reviewed$/ })
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(c.getByRole('status').first()).toHaveText('Marked reviewed. Saved.')
}

/** An article with one quote, to be coded twice, blind, by the editor and the admin: the editor's review. */
async function codeTwice(
  app: WritableApp,
  article: { article: string; quote: string; speaker: string; title: string },
): Promise<string> {
  const start = article.article.indexOf(article.quote)
  const created = await (
    await app.request('editor')
  ).post(`/api/stories/${SLUG}/reviews`, {
    data: {
      article: article.article,
      source: { publisher: 'Test Wire', title: article.title },
      drafts: [
        {
          speaker: article.speaker,
          role: null,
          kind: 'direct',
          text: article.quote,
          start,
          end: start + article.quote.length,
          attribution: 'said in the article',
          channel: 'firsthand',
          cue: 'said',
        },
      ],
      coders: [app.accounts.editor.email, app.accounts.admin.email],
    },
  })
  expect(created.status(), await created.text()).toBe(200)
  return ((await created.json()) as { id: string }).id
}

let firstId = ''
let secondPath = ''

test('a coder’s own claim stays theirs until both coders are done', async ({ app }) => {
  firstId = await codeTwice(app, {
    article: ARTICLE,
    quote: QUOTE,
    speaker: 'Omar Zaidi',
    title: 'A general looks back',
  })
  const firstPath = `${STORY}/reviews/${firstId}`

  // The first coder adds a claim of their own, from the keyboard, and codes a stance on it.
  const first = await (await app.as('editor')).newPage()
  await first.goto(firstPath)
  const add = first.getByRole('combobox', { name: 'Add a claim of your own' })
  await add.fill(CLAIM)
  await add.press('Enter')
  await expect(first.getByText(`Added “${CLAIM}” to your own claims`)).toBeVisible()
  const c = card(first)
  await chooseCamp(first, c)
  const stance = c.getByRole('combobox', { name: new RegExp(`^Stance on the claim: ${CLAIM}`) })
  await stance.selectOption('supports')
  await saved(c)
  const label = c.getByRole('textbox', { name: new RegExp(`^Label of the stance on: ${CLAIM}`) })
  await label.fill(LABEL)
  await label.press('Tab')
  await saved(c)
  await markReviewed(first, c)
  expect(await violations(first)).toEqual([])
  // Reloaded, the claim is still the coder's, offered on their statement.
  await first.reload()
  await expect(
    card(first).getByRole('combobox', { name: new RegExp(`^Stance on the claim: ${CLAIM}`) }),
  ).toHaveValue('supports')

  // Direct requests: the other coder, a reader and nobody are refused it, and no page shows it.
  const adminApi = await app.request('admin')
  const readerApi = await app.request('reader')
  const nobody = await app.request(null)
  for (const [who, api, status] of [
    ['other coder', adminApi, 403],
    ['reader', readerApi, 403],
    ['nobody', nobody, 401],
  ] as const) {
    const post = await api.post(`/api/reviews/${firstId}/claims`, { data: { wording: 'Anything at all' } })
    expect(post.status(), who).toBe(status)
    expect(await post.text(), who).not.toContain(CLAIM)
    for (const path of [firstPath, '/claims', STORY, `${STORY}?view=claims`, `${STORY}/agreement`]) {
      const page = await api.get(path, { maxRedirects: 0 })
      expect(await page.text(), `${who} ${path}`).not.toContain(CLAIM)
    }
  }
  // The other coder's own review: the claim is not among the claims offered to pick from.
  const second = await (await app.as('admin')).newPage()
  await second.goto('/')
  await second
    .getByRole('region', { name: 'Reviews waiting for you' })
    .getByRole('link', { name: /^A general looks back/ })
    .click()
  await expect(second).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)
  secondPath = new URL(second.url()).pathname
  await expect(second.getByRole('heading', { name: 'Drafted statements: 1, 0 reviewed' })).toBeVisible()
  expect(await second.content()).not.toContain(CLAIM)

  // The second coder codes the question only, and both mark their coding done.
  const c2 = card(second)
  await chooseCamp(second, c2)
  await c2
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: /^Supports/ })
    .check()
  await saved(c2)
  const box = c2.getByRole('textbox', { name: /^Stance label of / })
  await box.fill('Blames the generals')
  await box.press('Tab')
  await saved(c2)
  await markReviewed(second, c2)
  await second.getByRole('button', { name: 'Mark my coding done' }).click()
  await expect(second.getByText(/You marked your coding done/)).toBeVisible()
  await first.getByRole('button', { name: 'Mark my coding done' }).click()
  await expect(first.getByText(/Both coders are done/)).toBeVisible()
})

test('at the settlement an editor keeps the coder’s claim, and it becomes one of the story’s claims', async ({
  app,
}) => {
  expect(secondPath).not.toBe('')
  const page = await (await app.as('editor')).newPage()
  await page.goto(STORY)
  await page.getByRole('link', { name: /both coders are done; settle their differences/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settle two codings' })).toBeVisible()
  const section = page.getByRole('region', { name: 'Claims the coders created' })
  await expect(section).toContainText(`“${CLAIM}”`)
  await expect(section).toContainText(
    `Created by the first coder, ${app.accounts.editor.name}. Not settled yet.`,
  )
  expect(await violations(page)).toEqual([])
  // Until kept, still not the story's, nor the shared list's: a reader finds it nowhere.
  const readerApi = await app.request('reader')
  expect(await (await readerApi.get('/claims')).text()).not.toContain(CLAIM)

  // The question differs (none, supports): take the second coder's.
  await page.getByRole('button', { name: /^Pair 1, Stance on the question: take the second coder’s/ }).click()
  const fieldRow = (field: RegExp) =>
    page.locator('#pair-1 tbody tr').filter({ has: page.getByRole('rowheader', { name: field }) })
  // The settled column (after the two coders'): the second coder's value, once the page has it;
  // a second take before then would be refused as stale.
  await expect(
    fieldRow(/^Stance on the question/)
      .getByRole('cell')
      .nth(2)
      .locator('span')
      .first(),
  ).toHaveText('supports: Blames the generals')
  // They differ on the claim too (the second coder did not address it): take the first coder's.
  const claimName = CLAIM.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page
    .getByRole('button', { name: new RegExp(`^Pair 1, Stance on: ${claimName}: take the first coder’s`) })
    .click()
  await expect(
    fieldRow(new RegExp(`^Stance on: ${claimName}`))
      .getByRole('cell')
      .nth(2)
      .locator('span')
      .first(),
  ).toHaveText(`supports: ${LABEL}`)
  // Then the claim itself: kept, it becomes a claim of the story, and the stance moves onto it.
  const keep = section.getByRole('button', { name: `Keep “${CLAIM}” as a claim of the story` })
  await keep.focus()
  await page.keyboard.press('Enter')
  await expect(section).toContainText('Kept: it is a claim of the story now.')
  // The settled column follows the stance onto the claim it became, named.
  await expect(
    fieldRow(new RegExp(`^Stance on: ${claimName}`))
      .getByRole('cell')
      .nth(2)
      .locator('span')
      .first(),
  ).toHaveText(`supports: ${LABEL}, on the story’s claim “${CLAIM}”`)
  expect(await violations(page)).toEqual([])

  await page.getByRole('link', { name: 'the settlement' }).click()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 1, 1 reviewed' })).toBeVisible()
  await expect(
    card(page).getByRole('combobox', { name: new RegExp(`^Stance on the claim: ${CLAIM}`) }),
  ).toHaveValue('supports')
  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(page.getByText(/^Saved 1 statement to the story\./)).toBeVisible()

  // The story's claims now hold it, with the statement's stance in the claim matrix; a reader sees it.
  const reader = await (await app.as('reader')).newPage()
  await reader.goto(`${STORY}?view=claims`)
  await expect(reader.getByRole('rowheader', { name: CLAIM })).toBeVisible()
  expect(await violations(reader)).toEqual([])
  await reader.goto('/claims')
  await expect(reader.getByRole('link', { name: CLAIM })).toBeVisible()
})

/** A second article: its coder's own claim is kept before the editor takes their stance on it. */
const QUOTE2 = 'The tribal districts were left to fend for themselves for a decade'
const SILENCE2 = 'The army has not responded to her claims'
const ARTICLE2 = `Quetta, Friday. Hina Baloch, a former official, said: “${QUOTE2}.” ${SILENCE2}.`
const TITLE2 = 'A former official on the districts'
const CLAIM2 = 'The state neglected the tribal districts'
const LABEL2 = 'Says the state left them alone'

test('at the settlement an editor keeps the coder’s claim first, then takes their stance on it', async ({
  app,
}) => {
  const editorApi = await app.request('editor')
  const adminApi = await app.request('admin')
  const first = await codeTwice(app, {
    article: ARTICLE2,
    quote: QUOTE2,
    speaker: 'Hina Baloch',
    title: TITLE2,
  })
  // The coders code through the API (the first test codes in the browser): the same camp and
  // stance on the question; the first coder also takes a stance on a claim of their own.
  const own = await editorApi.post(`/api/reviews/${first}/claims`, { data: { wording: CLAIM2 } })
  expect(own.status(), await own.text()).toBe(200)
  const ownId = ((await own.json()) as { claim: { id: string } }).claim.id
  const coded = {
    version: 1,
    perspective: 'analysts',
    stance: { value: 'supports', label: 'Blames the state' },
    reviewed: true,
  }
  const firstEdit = await editorApi.patch(`/api/reviews/${first}/drafts/d1`, {
    data: { ...coded, stances: [{ claim: ownId, value: 'supports', label: LABEL2 }] },
  })
  expect(firstEdit.status(), await firstEdit.text()).toBe(200)
  // The first coder records that the officials did not respond to their own claim: private
  // like the claim, refused to the other coder, a reader and nobody, and named in no answer.
  const at = ARTICLE2.indexOf(SILENCE2)
  const silence = {
    span: { start: at, end: at + SILENCE2.length },
    perspective: 'pakistani-officials',
    claim: ownId,
  }
  for (const [who, api, status] of [
    ['other coder', adminApi, 403],
    ['reader', await app.request('reader'), 403],
    ['nobody', await app.request(null), 401],
  ] as const) {
    const refused = await api.post(`/api/reviews/${first}/non-responses`, { data: silence })
    expect(refused.status(), who).toBe(status)
    expect(await refused.text(), who).not.toContain(CLAIM2)
  }
  const recorded = await editorApi.post(`/api/reviews/${first}/non-responses`, { data: silence })
  expect(recorded.status(), await recorded.text()).toBe(200)
  const secondCoder = await (await app.as('admin')).newPage()
  await secondCoder.goto('/')
  await secondCoder
    .getByRole('region', { name: 'Reviews waiting for you' })
    .getByRole('link', { name: new RegExp(`^${TITLE2}`) })
    .click()
  await expect(secondCoder).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)
  const second = new URL(secondCoder.url()).pathname.split('/').at(-1)!
  const secondEdit = await adminApi.patch(`/api/reviews/${second}/drafts/d1`, { data: coded })
  expect(secondEdit.status(), await secondEdit.text()).toBe(200)
  expect((await adminApi.post(`/api/reviews/${second}/coded`)).status()).toBe(200)
  expect((await editorApi.post(`/api/reviews/${first}/coded`)).status()).toBe(200)

  const page = await (await app.as('editor')).newPage()
  await page.goto(STORY)
  await page
    .getByRole('listitem')
    .filter({ hasText: TITLE2 })
    .getByRole('link', { name: /both coders are done; settle their differences/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settle two codings' })).toBeVisible()
  const claimName = CLAIM2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const settledCell = page
    .locator('#pair-1 tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Stance on: ${claimName}`) }) })
    .getByRole('cell')
    .nth(2)
    .locator('span')
    .first()
  await expect(settledCell).toHaveText('not settled')
  // The claim first: kept, it becomes a claim of the story.
  const section = page.getByRole('region', { name: 'Claims the coders created' })
  const keep = section.getByRole('button', { name: `Keep “${CLAIM2}” as a claim of the story` })
  await keep.focus()
  await page.keyboard.press('Enter')
  await expect(section).toContainText('Kept: it is a claim of the story now.')
  await expect(settledCell).toHaveText('not settled')
  // The non-response on it follows: compared and kept on the claim the coder's became.
  const silent = page.getByRole('region', { name: 'Non-responses the coders recorded' })
  await expect(silent.getByRole('listitem')).toHaveCount(1)
  await expect(silent.getByRole('heading', { level: 3 })).toHaveText(
    new RegExp(
      `^Pakistani officials: no public response to “${claimName}”\\s*\\(differs: recorded by the first coder only\\)$`,
    ),
  )
  await expect(silent.getByRole('listitem')).toContainText(
    'Settled: kept: it goes into the story unless you remove it.',
  )
  // Then the first coder's stance on it, taken from the keyboard: it lands on the kept claim.
  const takeFirst = page.getByRole('button', {
    name: new RegExp(`^Pair 1, Stance on: ${claimName}: take the first coder’s, supports: ${LABEL2}$`),
  })
  await takeFirst.focus()
  await page.keyboard.press('Enter')
  await expect(settledCell).toHaveText(`supports: ${LABEL2}, on the story’s claim “${CLAIM2}”`)
  await expect(page.locator('#pair-1').getByRole('alert')).toHaveCount(0)
  expect(await violations(page)).toEqual([])

  // The settlement holds the stance on the kept claim, ready, and saves to the story.
  await page.getByRole('link', { name: 'the settlement' }).click()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 1, 1 reviewed' })).toBeVisible()
  await expect(
    card(page).getByRole('combobox', { name: new RegExp(`^Stance on the claim: ${claimName}`) }),
  ).toHaveValue('supports')
  await expect(page.getByText(/1 non-response will go into the story too\./)).toBeVisible()
  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(page.getByText(/^Saved 1 statement and 1 non-response to the story\./)).toBeVisible()
  const reader = await (await app.as('reader')).newPage()
  await reader.goto(`${STORY}?view=claims`)
  await expect(reader.getByRole('rowheader', { name: CLAIM2 })).toBeVisible()
  expect(await violations(reader)).toEqual([])
})
