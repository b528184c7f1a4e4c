import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { violations } from './axe'
import { expect, test } from './writable'

// The claims' pages on a writable app seeded with the fixture stories: /claims, a claim's
// page (by camp, over time, non-responses, CSV), and an editor's rewording and merging.
// In order: the later tests reword and merge the claims the earlier ones read.
test.use({ appEnv: { STORIES_DIR: 'e2e/fixtures/stories' } })
test.describe.configure({ mode: 'serial' })

interface Fixture {
  id: string
  title: string
  question: string
  perspectives: { id: string; label: string }[]
  claims?: { id: string; slug: string; wording: string }[]
  statements: {
    id: string
    perspective: string
    text: string
    stance?: { value: string; label: string }
    stances?: { claim: string; value: string; label: string }[]
  }[]
  nonResponses?: { id: string; perspective: string; claim: string; text: string; source: string }[]
}
const fixture = (id: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/stories/${id}.json`, import.meta.url), 'utf8')) as Fixture
const bridge = fixture('fictional-bridge-claims')
const dam4 = fixture('fictional-dam-4-camps')
const dam6 = fixture('fictional-dam-6-camps')
const hostile = fixture('hostile-input')

/** "City officials: 1 rejects" for each camp of the bridge story on a further claim, from the file. */
function campLines(story: Fixture, claimId: string): string[] {
  return story.perspectives.map((p) => {
    const counts: Record<string, number> = {}
    for (const s of story.statements.filter((x) => x.perspective === p.id)) {
      const stance = s.stances?.find((x) => x.claim === claimId)
      if (stance) counts[stance.value] = (counts[stance.value] ?? 0) + 1
    }
    const stances = ['supports', 'mixed', 'neutral', 'rejects']
      .filter((v) => counts[v])
      .map((v) => `${counts[v]} ${v}`)
      .join(', ')
    const silent = story.nonResponses?.some((n) => n.claim === claimId && n.perspective === p.id)
    return `${p.label}: ${[stances, silent ? 'no public response' : ''].filter(Boolean).join('; ') || 'silent'}`
  })
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

const claimsTable = (page: Page) =>
  page.getByRole('table', { name: 'Claims, with their stories and each camp’s stances' })

test('/claims lists every claim with its stories and each camp’s stances, reachable by keyboard', async ({
  page,
}) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Claims', exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
  const money = bridge.claims!.find((c) => c.id === 'closure-saves-port-money')!
  const row = claimsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: money.wording }) })
  await expect(row.getByRole('link', { name: bridge.title })).toHaveAttribute('href', `/stories/${bridge.id}`)
  await expect(row.getByRole('listitem').filter({ hasNotText: bridge.title })).toHaveText(
    campLines(bridge, money.id),
  )
  // The two dam stories each have their own claim, worded alike: two rows until merged.
  await expect(claimsTable(page).getByRole('rowheader', { name: dam4.question })).toHaveCount(2)
  expect(await violations(page)).toEqual([])

  // Keyboard: the claim's link is in the tab order and opens its page.
  const link = row.getByRole('link', { name: money.wording })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/claims/${money.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: money.wording })).toBeVisible()
})

test('a claim’s page: camps story by story, the non-response linked to its passage, and its CSV read back', async ({
  page,
}) => {
  const cables = bridge.claims!.find((c) => c.id === 'cables-were-neglected')!
  const silence = bridge.nonResponses![0]!
  await page.goto(`/claims/${cables.slug}`)
  const byCamp = page.getByRole('region', { name: 'By camp, story by story' })
  await expect(byCamp.getByRole('listitem')).toHaveText(
    campLines(bridge, cables.id).map((line) =>
      line.replace('no public response', 'no public response as of 6 May 2024'),
    ),
  )
  const passage = byCamp.getByRole('link', { name: 'no public response as of 6 May 2024' })
  await expect(passage).toHaveAttribute(
    'href',
    `/stories/${bridge.id}/sources/${silence.source}#n-${silence.id}`,
  )
  const statements = bridge.statements.filter((s) => s.stances?.some((x) => x.claim === cables.id))
  const list = page.getByRole('region', { name: 'Statements in date order' }).getByRole('listitem')
  await expect(list).toHaveCount(statements.length)
  await expect(list.first()).toContainText(statements[0]!.text)
  await expect(page.getByRole('group', { name: /Stance over time/ })).toBeVisible()
  expect(await violations(page)).toEqual([])

  const { name, text } = await download(page, 'Export CSV')
  expect(name).toMatch(new RegExp(`^claim_${cables.slug}_\\d{4}-\\d{2}-\\d{2}\\.csv$`))
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const label = (id: string) => bridge.perspectives.find((p) => p.id === id)!.label
  expect(
    parsed.data.map((r) => [
      r['story id'],
      r.perspective,
      r.statement,
      r['claim id'],
      r.claim,
      r['claim stance'],
      r['claim stance label'],
      r['claim status'],
    ]),
  ).toEqual([
    ...statements.map((s) => {
      const on = s.stances!.find((x) => x.claim === cables.id)!
      return [
        bridge.id,
        label(s.perspective),
        s.text,
        cables.id,
        cables.wording,
        on.value,
        on.label,
        'stance',
      ]
    }),
    [bridge.id, label(silence.perspective), silence.text, cables.id, cables.wording, '', '', 'no response'],
  ])
})

test('statement text from sources shows as text, never as markup', async ({ page }) => {
  await page.goto(`/claims/${hostile.id}-question`)
  const list = page.getByRole('region', { name: 'Statements in date order' })
  for (const s of hostile.statements.filter((x) => x.stance).slice(0, 2))
    await expect(list).toContainText(s.text)
  await expect(list.locator('script, img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
})

test('rewording and merging are refused on the server without a session and for a reader', async ({
  app,
}) => {
  const claim = 'closure-saves-port-money'
  const reword = {
    data: { expected: 'The closure saves the port money.', wording: 'The closure is about money.' },
  }
  const merge = { data: { into: `${dam6.id}-question` } }
  const anonymous = await app.request(null)
  expect((await anonymous.patch(`/api/claims/${claim}`, reword)).status()).toBe(401)
  expect((await anonymous.post(`/api/claims/${dam4.id}-question/merge`, merge)).status()).toBe(401)
  const reader = await app.request('reader')
  expect((await reader.patch(`/api/claims/${claim}`, reword)).status()).toBe(403)
  expect((await reader.post(`/api/claims/${dam4.id}-question/merge`, merge)).status()).toBe(403)
  // Nothing changed: the old wording, and the claim not merged (its page is its own).
  const page = await anonymous.get(`/claims/${dam4.id}-question`, { maxRedirects: 0 })
  expect(page.status()).toBe(200)
  expect(await (await anonymous.get(`/claims/${claim}`)).text()).toContain(
    'The closure saves the port money.',
  )
})

test.describe('as an editor', () => {
  test.use({ role: 'editor' })

  test('rewords a claim after seeing the stories it changes; the story shows the new wording', async ({
    page,
  }) => {
    const money = bridge.claims!.find((c) => c.id === 'closure-saves-port-money')!
    const wording = 'Closing the bridge saves the port money.'
    await page.goto(`/claims/${money.slug}`)
    const field = page.getByRole('textbox', { name: 'Wording' })
    await field.fill(wording)
    const affects = page.locator('#reword-affects')
    await expect(affects).toContainText('Saving changes the claim in this story')
    await expect(affects.getByRole('link', { name: bridge.title })).toBeVisible()
    expect(await violations(page)).toEqual([])
    // Keyboard: Tab from the field reaches the save button.
    await field.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Save wording' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: wording })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Earlier wordings' })).toContainText(
      `“${money.wording}” became “${wording}”`,
    )
    await page.goto(`/stories/${bridge.id}?view=claims`)
    await expect(page.getByRole('table', { name: /^Claims by camp/ })).toContainText(wording)
  })

  test('merges a claim into another: the old address and a story’s claim= lead to the survivor; a shared question lists the other story before saving', async ({
    page,
  }) => {
    const oldId = `${dam4.id}-question`
    const survivor = `${dam6.id}-question`
    await page.goto(`/claims/${oldId}`)
    const merging = page.getByRole('form', { name: 'Merge this claim into another' })
    // Both dam claims have one wording: the option is told apart by the list's order.
    const choice = merging.getByRole('combobox', { name: 'The claim to keep' })
    await choice.selectOption({ value: survivor })
    await expect(merging.locator('#merge-affects')).toContainText(dam4.title)
    expect(await violations(page)).toEqual([])
    await merging.getByRole('button', { name: 'Merge into the chosen claim' }).click()
    await expect(page).toHaveURL(new RegExp(`/claims/${survivor}$`))
    const byCamp = page.getByRole('region', { name: 'By camp, story by story' })
    // Both stories now share the claim, as their question.
    await expect(byCamp.getByRole('heading', { level: 3 })).toHaveText([
      `${dam4.title} (its question)`,
      `${dam6.title} (its question)`,
    ])
    await expect(page.getByRole('region', { name: 'Claims merged into this one' })).toContainText(
      dam4.question,
    )

    // The old address, and the old id in a story's URL, lead to the survivor.
    await page.goto(`/claims/${oldId}`)
    await expect(page).toHaveURL(new RegExp(`/claims/${survivor}$`))
    await page.goto(`/stories/${dam4.id}?claim=${oldId}&view=claims`)
    await expect(page).toHaveURL(new RegExp(`claim=${survivor}`))
    await expect(page.getByText('not found', { exact: false })).toHaveCount(0)

    // The merge is in the merged story's change log.
    await page.goto(`/stories/${dam4.id}/history`)
    await expect(page.getByRole('main')).toContainText(`Claim · Merged by Eddie Editor`)
    await expect(page.getByRole('main')).toContainText(
      `A claim of this story, “${dam4.question}”, merged into the claim “${dam6.question}”`,
    )

    // The shared question: changing it in one story lists the other before it is saved.
    await page.goto(`/stories/${dam6.id}/edit`)
    const question = page.getByRole('textbox', { name: 'Question' })
    const next = 'The new dam causes the spring floods further downstream.'
    await question.fill(next)
    await expect(page.locator('#question-affects').getByRole('link', { name: dam4.title })).toBeVisible()
    await page.getByRole('button', { name: 'Save title and question' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
    await page.goto(`/stories/${dam4.id}`)
    await expect(page.getByText(next).first()).toBeVisible()
  })
})
