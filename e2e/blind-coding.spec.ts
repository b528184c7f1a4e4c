import { readFile } from 'node:fs/promises'
import type { Browser, Locator, Page } from '@playwright/test'
import { violations } from './axe'
import { seed } from './seed'
import { expect, test, type Role, type WritableApp } from './writable'

/**
 * An article coded twice, blind, as two editors do it (the editor and the admin, each an
 * editor): each codes their own review from the same drafts; the reader and the other
 * coder are refused the coder's choices before both are done; they disagree on two
 * fields and on the stance on a further claim; an editor settles all three; the report
 * shows the figures computed by hand, the further claim's among them.
 */
test.describe.configure({ mode: 'serial', timeout: 420_000 })
// An app of its own: what this spec saves into the seed story would change the counts
// other specs on the same worker's app expect.
test.use({ appEnv: { SPEC: 'blind-coding' } })

const SLUG = 'pakistan-afghanistan-militancy-2023'
const STORY = `/stories/${SLUG}`
const Q1 = 'We will not allow anyone to use the soil of Afghanistan against any country'
const Q2 = 'The attacks are planned across the border and we have given them the evidence'
const ARTICLE = `Kabul, Monday. Ali Khan, a spokesman, said: “${Q1}.” In Islamabad, Sara Noor said: “${Q2}.” Nothing more was said.`
/** The first coder's label on the second statement: never shown to anyone before the end. */
const SECRET = 'Blames planning across the border'
/** A further claim of the seed story: the coders disagree on the first statement's stance on it. */
const OPERATE = seed.claims.find((c) => c.id === 'militants-operate-from-afghan-territory')!
const QUESTION = seed.claims[0]!
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const draftOf = (speaker: string, quote: string) => {
  const start = ARTICLE.indexOf(quote)
  return {
    speaker,
    role: null,
    kind: 'direct',
    text: quote,
    start,
    end: start + quote.length,
    attribution: 'said in the article',
    channel: 'firsthand',
    cue: 'said',
  }
}

async function as(app: WritableApp, browser: Browser, who: Role): Promise<Page> {
  return (await app.as(who)).newPage()
}

const card = (page: Page, n: number) =>
  page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .nth(n - 1)
const saved = (c: Locator) => expect(c.getByRole('status')).toHaveText(/Saved\.$/)

/** Codes the nth draft: camp and stance with its label, then marks it reviewed, by keyboard where it can. */
async function code(page: Page, n: number, camp: string, stance: string, label: string) {
  const c = card(page, n)
  const campChoice = c
    .getByRole('group', { name: /^Camp of / })
    .getByRole('radio', { name: new RegExp(`^${camp}`) })
  if (!(await campChoice.isChecked())) {
    await campChoice.check()
    await saved(c)
  }
  await c
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: new RegExp(`^${stance}`) })
    .check()
  await saved(c)
  const box = c.getByRole('textbox', { name: /^Stance label of / })
  await box.fill(label)
  await box.press('Tab')
  await saved(c)
  const mark = c.getByRole('button', { name: /^Mark .* reviewed$/ })
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(c.getByRole('status')).toHaveText('Marked reviewed. Saved.')
}

/** Gives the nth draft a stance on a further claim, with its label. */
async function claimStance(page: Page, n: number, claim: { wording: string }, stance: string, label: string) {
  const c = card(page, n)
  const stances = c.getByRole('group', { name: /Stances on further claims/ })
  await stances
    .getByRole('combobox', { name: new RegExp(`^Stance on the claim: ${escaped(claim.wording)}`) })
    .selectOption(stance)
  await saved(c)
  const box = stances.getByRole('textbox', {
    name: new RegExp(`^Label of the stance on: ${escaped(claim.wording)}`),
  })
  await box.fill(label)
  await box.press('Tab')
  await saved(c)
}

let firstReview = ''
let secondReview = ''

test('two editors code one article blind, and nobody sees a coder’s choices before both are done', async ({
  app,
  browser,
}) => {
  const editorApi = await app.request('editor')
  const created = await editorApi.post(`/api/stories/${SLUG}/reviews`, {
    data: {
      article: ARTICLE,
      source: { publisher: 'Test Wire', title: 'Two spokesmen' },
      drafts: [draftOf('Ali Khan', Q1), draftOf('Sara Noor', Q2)],
      coders: [app.accounts.editor.email, app.accounts.admin.email],
    },
  })
  expect(created.status(), await created.text()).toBe(200)
  firstReview = `${STORY}/reviews/${((await created.json()) as { id: string }).id}`

  // The second coder finds the review waiting on their home page.
  const second = await as(app, browser, 'admin')
  await second.goto('/')
  const waiting = second.getByRole('region', { name: 'Reviews waiting for you' })
  await expect(waiting).toBeVisible()
  expect(await violations(second)).toEqual([])
  await waiting.getByRole('link', { name: /^Two spokesmen/ }).click()
  await expect(second).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)
  secondReview = new URL(second.url()).pathname
  expect(secondReview).not.toBe(firstReview)

  // The first coder codes: Pakistani officials / supports; The Taliban / rejects; on the
  // further claim, the first statement rejects it and the second supports it.
  const first = await as(app, browser, 'editor')
  await first.goto(firstReview)
  await expect(first.getByRole('heading', { name: 'Drafted statements: 2, 0 reviewed' })).toBeVisible()
  await claimStance(first, 1, OPERATE, 'rejects', 'Denies any base')
  await claimStance(first, 2, OPERATE, 'supports', 'Planned across the border')
  await code(first, 1, 'Pakistani officials', 'Supports', 'Promises to act')
  await code(first, 2, 'The Taliban', 'Rejects', SECRET)
  expect(await violations(first)).toEqual([])

  // Before the end: the other coder's page shows that the review exists, nothing of its content.
  await second.goto(firstReview)
  await expect(second.getByRole('heading', { level: 1, name: 'An article coded twice, blind' })).toBeVisible()
  await expect(second.getByText(SECRET)).toHaveCount(0)
  expect(await violations(second)).toEqual([])
  // …and direct requests: the other coder, the reader, and nobody.
  const firstId = firstReview.split('/').at(-1)!
  const adminApi = await app.request('admin')
  const readerApi = await app.request('reader')
  const nobody = await app.request(null)
  for (const [who, api, status] of [
    ['other coder', adminApi, 403],
    ['reader', readerApi, 403],
    ['nobody', nobody, 401],
  ] as const) {
    const patch = await api.patch(`/api/reviews/${firstId}/drafts/d2`, {
      data: { version: 1, caveats: ['x'] },
    })
    expect(patch.status(), who).toBe(status)
    expect(await patch.text(), who).not.toContain(SECRET)
    const page = await api.get(firstReview, { maxRedirects: 0 })
    expect(await page.text(), who).not.toContain(SECRET)
    const csv = await api.get(`${STORY}/agreement/units.csv`)
    expect(await csv.text(), who).not.toContain(SECRET)
    const report = await api.get(`${STORY}/agreement`)
    expect(await report.text(), who).not.toContain(SECRET)
  }
  const save = await adminApi.post(`/api/reviews/${firstId}/save`)
  expect(save.status()).toBe(403)

  // The second coder codes: Pakistani officials / rejects; Independent analysts / rejects;
  // on the further claim, the first statement does not address it, the second supports it.
  await second.goto(secondReview)
  await claimStance(second, 2, OPERATE, 'supports', 'Attacks planned abroad')
  await code(second, 1, 'Pakistani officials', 'Rejects', 'Says nothing will be done')
  await code(second, 2, 'Independent analysts', 'Rejects', 'Points across the border')
  // …and records, alone, that the Taliban did not respond to the further claim.
  const silent = ARTICLE.indexOf('Nothing more was said')
  const recorded = await adminApi.post(`/api/reviews/${secondReview.split('/').at(-1)}/non-responses`, {
    data: {
      span: { start: silent, end: silent + 'Nothing more was said'.length },
      perspective: 'taliban',
      claim: OPERATE.id,
    },
  })
  expect(recorded.status(), await recorded.text()).toBe(200)
  await second.getByRole('button', { name: 'Mark my coding done' }).click()
  await expect(second.getByText(/You marked your coding done/)).toBeVisible()
  // Still sealed to the second coder, until the first is done too.
  await second.goto(firstReview)
  await expect(second.getByText(SECRET)).toHaveCount(0)

  await first.goto(firstReview)
  const done = first.getByRole('button', { name: 'Mark my coding done' })
  await done.focus()
  await first.keyboard.press('Enter')
  await expect(first.getByText(/Both coders are done/)).toBeVisible()
})

test('an editor settles the three differences, saves the settlement, and the report shows the figures', async ({
  app,
  browser,
}) => {
  const page = await as(app, browser, 'editor')
  await page.goto(STORY)
  await page.getByRole('link', { name: /both coders are done; settle their differences/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settle two codings' })).toBeVisible()
  await expect(
    page.getByText(/2 statements found by both, with 3 differences; 0 found by one coder only/),
  ).toBeVisible()
  // The further claim: pair 1 differs on it, marked and open; pair 2 agrees, carried with its label.
  const operateRow = (n: number) =>
    page.locator(`#pair-${n} tbody tr`).filter({
      has: page.getByRole('rowheader', { name: new RegExp(`^Stance on: ${escaped(OPERATE.wording)}`) }),
    })
  await expect(operateRow(1).getByRole('rowheader')).toContainText('(differs)')
  await expect(operateRow(1).getByRole('cell')).toHaveText([
    'rejects: Denies any base',
    'does not address',
    /^not settled/,
  ])
  await expect(operateRow(2).getByRole('cell').nth(2).locator('span').first()).toHaveText(
    'supports: Planned across the border',
  )
  // The second coder's non-response, marked as theirs alone, kept until an editor removes it.
  const silence = page
    .getByRole('region', { name: 'Non-responses the coders recorded' })
    .getByRole('listitem')
    .filter({ hasText: `The Taliban: no public response to “${OPERATE.wording}”` })
  await expect(silence).toContainText('(differs: recorded by the second coder only)')
  await expect(silence).toContainText('First coder: Not recorded.')
  await expect(silence).toContainText('Second coder: “Nothing more was said”')
  await expect(silence).toContainText('Settled: kept')
  expect(await violations(page)).toEqual([])
  await silence
    .getByRole('button', { name: `Remove the non-response of The Taliban on “${OPERATE.wording}”` })
    .click()
  await expect(silence).toContainText('Settled: removed')
  // Pair 1 differs on the stance and the further claim; pair 2 on the camp. Take a side on each, by keyboard.
  const take = page.getByRole('button', { name: /^Pair 1, Stance on the question: take the first coder’s/ })
  await take.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /^Pair 1, Stance on the question/ })).toHaveCount(2)
  await expect(page.locator('#pair-1')).toContainText('supports: Promises to act')
  // The settled column of pair 1's stance on the question: the first coder's, once the page has refreshed.
  await expect(
    page
      .locator('#pair-1 tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: /^Stance on the question/ }) })
      .getByRole('cell')
      .nth(2)
      .locator('span')
      .first(),
  ).toHaveText('supports: Promises to act')
  // The further claim is still open: pair 1 is not reviewed until it is settled too.
  await expect(operateRow(1).getByRole('cell').nth(2).locator('span').first()).toHaveText('not settled')
  const takeClaim = page.getByRole('button', {
    name: new RegExp(
      `^Pair 1, Stance on: ${escaped(OPERATE.wording)}: take the first coder’s, rejects: Denies any base$`,
    ),
  })
  await takeClaim.focus()
  await page.keyboard.press('Enter')
  await expect(operateRow(1).getByRole('cell').nth(2).locator('span').first()).toHaveText(
    'rejects: Denies any base',
  )
  await page.getByRole('button', { name: /^Pair 2, Camp: take the second coder’s/ }).click()
  // The settled column of pair 2's camp: the second coder's value.
  await expect(
    page.locator('#pair-2 tbody tr').first().locator('td').nth(2).locator('span').first(),
  ).toHaveText('Independent analysts')

  await page.getByRole('link', { name: 'the settlement' }).click()
  await expect(page.getByRole('heading', { name: 'Drafted statements: 2, 2 reviewed' })).toBeVisible()
  await page.getByRole('button', { name: 'Save to story' }).click()
  await expect(page.getByText(/^Saved 2 statements to the story\./)).toBeVisible()

  // The figures, computed by hand for this fixture (nominal alpha, two coders, no missing values):
  //   α = 1 − (n − 1) · D / Σ_{c≠k} n_c·n_k, n = 4 values (2 units × 2 coders), D = disagreeing ordered pairs.
  //   Camp: (PO, PO), (Taliban, Analysts): n_PO = 2, n_T = 1, n_A = 1; D = 2;
  //         Σ = 4² − (2² + 1² + 1²) = 10; α = 1 − 3·2/10 = 0.400.
  //   Stance: (supports, rejects), (rejects, rejects): n_s = 1, n_r = 3; D = 2;
  //         Σ = 16 − (1 + 9) = 6; α = 1 − 3·2/6 = 0.000.
  //   Speaker: (Ali Khan, Ali Khan), (Sara Noor, Sara Noor): D = 0, Σ = 16 − 8 = 8; α = 1.000.
  //   Kind: all four "direct", channel all "firsthand": no variation, undefined.
  //   Spans: the same two spans each: 2 units, 100% found by both, mean overlap 1.000.
  //   Stance on the further claim: (rejects, does not address), (supports, supports): n_r = 1,
  //         n_dna = 1, n_s = 2; D = 2; Σ = 16 − (1 + 1 + 4) = 10; α = 1 − 3·2/10 = 0.400.
  //   The story's other further claims: nobody addressed them, all "does not address": undefined.
  await page.goto(STORY)
  await expect(page.getByText('2 statements were coded twice, blind: stance α = 0.000.')).toBeVisible()
  await page.getByRole('link', { name: 'Agreement between coders' }).click()
  const overall = page.getByRole('table', { name: 'Every double-coded article, pooled' })
  const row = (name: string) => overall.getByRole('row', { name: new RegExp(`^${name}`) })
  await expect(row('Camp')).toHaveText(/α = 0\.400\s*2\s*4$/)
  await expect(row(`Stance on: ${escaped(QUESTION.wording)}`)).toHaveText(/α = 0\.000\s*2\s*4$/)
  await expect(row(`Stance on: ${escaped(OPERATE.wording)}`)).toHaveText(/α = 0\.400\s*2\s*4$/)
  const strategy = seed.claims.find((c) => c.id === 'pakistani-military-strategy-shares-blame')!
  await expect(row(`Stance on: ${escaped(strategy.wording)}`)).toContainText('α = undefined')
  await expect(row('Speaker')).toHaveText(/α = 1\.000\s*2\s*4$/)
  await expect(row('Kind')).toContainText('α = undefined')
  await expect(row('Kind')).toContainText('no variation')
  await expect(row('Channel')).toContainText('α = undefined')
  await expect(row('Statements found by both')).toContainText('100% found by both; mean overlap 1.000')
  await expect(page.getByRole('heading', { name: 'Disagreements: 3' })).toBeVisible()
  await expect(
    page.getByRole('listitem').filter({ hasText: `Stance on: ${OPERATE.wording} of “${Q1}”` }),
  ).toContainText('the first coder chose rejects, the second does not address.')
  // Editors see the coders' names: a coder pair is unordered, listed by the coders' accounts.
  await expect(
    page.getByText(`${app.accounts.admin.name} and ${app.accounts.editor.name}: 1 article`),
  ).toBeVisible()
  expect(await violations(page)).toEqual([])

  // The units, downloaded and read back.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the units as CSV' }).click(),
  ])
  const csv = (await readFile(await file.path())).toString('utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const lines = csv.slice(1).trimEnd().split('\r\n')
  expect(lines).toHaveLength(3)
  expect(lines[2]).toContain(`,both,${app.accounts.editor.name},${app.accounts.admin.name},`)
  expect(lines[2]).toContain('The Taliban,Independent analysts')
  // The further claim's column pair, after the columns the export always had.
  const header = lines[0]!.split(',')
  const at = header.indexOf(`stance on: ${OPERATE.wording} (first coder)`)
  expect(at).toBeGreaterThan(header.indexOf('stance (second coder)'))
  expect(lines[1]!.split(',').slice(at, at + 2)).toEqual(['rejects', 'does not address'])
  expect(lines[2]!.split(',').slice(at, at + 2)).toEqual(['supports', 'supports'])

  // A reader sees the figures, without the coders' names.
  const reader = await as(app, browser, 'reader')
  await reader.goto(`${STORY}/agreement`)
  await expect(reader.getByRole('table', { name: 'Every double-coded article, pooled' })).toBeVisible()
  await expect(reader.getByText('Coder pair 1: 1 article')).toBeVisible()
  await expect(reader.getByText(app.accounts.admin.name)).toHaveCount(0)
  expect(await violations(reader)).toEqual([])
})
