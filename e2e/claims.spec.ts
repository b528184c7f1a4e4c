import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { violations } from './axe'
import { campTable, openStory, rowIds } from './helpers'
import { perspectiveLabel, seed, SLUG, stanceOn, statement, STORY_PATH } from './seed'

// The claim matrix, the claim filter and their exports on the seed story, checked against
// the seed's data file: its claims, its statements' stances on them and its non-response.

const CLAIMS_PATH = `${STORY_PATH}?view=claims`
const matrix = (page: Page) => page.getByRole('table', { name: /^Claims by camp/ })
const STANCE_NAME: Record<string, string> = {
  supports: 'Supports',
  mixed: 'Mixed',
  neutral: 'Neutral',
  rejects: 'Rejects',
}
/** The camps of the seed with a stance on a claim, and each camp's counts, from the data file. */
function expectedCell(claimId: string, perspective: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const s of seed.statements.filter((x) => x.perspective === perspective)) {
    const stance = stanceOn(s, claimId)
    if (stance) counts[stance.value] = (counts[stance.value] ?? 0) + 1
  }
  return counts
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}
function parse(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

test.describe('the claim matrix', () => {
  test('lines the camps up claim by claim, as the data file codes them', async ({ page }) => {
    await openStory(page, CLAIMS_PATH)
    const table = matrix(page)
    await expect(page.getByRole('button', { name: 'Claims', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // Columns: the camps in story order.
    await expect(table.getByRole('columnheader')).toHaveText(seed.perspectives.map((p) => p.label))
    // Rows: the claims, the main one (the question) first.
    const heads = table.getByRole('rowheader')
    await expect(heads).toHaveCount(seed.claims.length)
    for (const [i, claim] of seed.claims.entries()) await expect(heads.nth(i)).toContainText(claim.wording)
    await expect(heads.first()).toContainText('Main claim (the question)')

    for (const [c, claim] of seed.claims.entries()) {
      const cells = table
        .getByRole('row')
        .nth(c + 1)
        .getByRole('cell')
      for (const [p, camp] of seed.perspectives.entries()) {
        const cell = cells.nth(p)
        const counts = expectedCell(claim.id, camp.id)
        const silent = seed.nonResponses.find((n) => n.claim === claim.id && n.perspective === camp.id)
        for (const [value, count] of Object.entries(counts))
          await expect(cell).toContainText(`${STANCE_NAME[value]} ${count}`)
        if (Object.keys(counts).length === 0 && !silent) await expect(cell).toHaveText('silent')
        else await expect(cell).not.toContainText('silent')
      }
    }
    // Split where one camp supports and another rejects; the question and Afghan territory.
    await expect(heads.nth(0)).toContainText('Split: one camp supports the claim and another rejects it')
    await expect(heads.nth(1)).toContainText('Split')
    for (let i = 2; i < seed.claims.length; i++) await expect(heads.nth(i)).not.toContainText(/Split|Agree/)
  })

  test('shows the Taliban’s non-response, dated as of the article, and links to its passage', async ({
    page,
  }) => {
    await openStory(page, CLAIMS_PATH)
    const [silent] = seed.nonResponses
    const row = seed.claims.findIndex((c) => c.id === silent!.claim)
    const camp = seed.perspectives.findIndex((p) => p.id === silent!.perspective)
    const cell = matrix(page)
      .getByRole('row')
      .nth(row + 1)
      .getByRole('cell')
      .nth(camp)
    const link = cell.getByRole('link', { name: 'no public response as of about 16 Dec 2023 (inferred)' })
    await expect(link).toHaveAttribute('href', `${STORY_PATH}/sources/${silent!.source}#n-${silent!.id}`)
    await link.click()
    const entry = page.locator(`#n-${silent!.id}`)
    await expect(entry).toContainText(silent!.text)
    await expect(entry).toContainText(perspectiveLabel(silent!.perspective))
    // The passage is highlighted in the source's text, linked to that entry.
    await expect(page.getByTestId('source-text').locator(`a[href="#n-${silent!.id}"]`)).toHaveText(
      silent!.text,
    )
  })

  test('works with the keyboard: the view, then a speaker’s link, goes to the statement’s row', async ({
    page,
  }) => {
    await openStory(page, STORY_PATH)
    await page.getByRole('button', { name: 'Claims', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/view=claims/)
    const region = page.getByRole('region', { name: 'Claims by camp' })
    // The region is one tab stop, then its links in reading order.
    await region.focus()
    await page.keyboard.press('Tab')
    const first = page.locator(':focus')
    await expect(first).toHaveText('Gen. Asim Munir')
    await page.keyboard.press('Enter')
    const row = page.locator('#s-munir-guterres')
    await expect(row).toBeFocused()
    await expect(page).not.toHaveURL(/view=claims/)
  })

  test('fits a 390 px phone: the table scrolls in its own region, says so, and the page does not', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await openStory(page, CLAIMS_PATH)
    const region = page.getByRole('region', { name: 'Claims by camp' })
    await expect(region).toBeVisible()
    await expect(
      page.getByText('The table is wider than the screen: scroll it sideways to see every camp'),
    ).toBeVisible()
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }))
    expect(widths.page).toBeLessThanOrEqual(widths.view)
    const inner = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(inner.scroll).toBeGreaterThan(inner.client)
    expect(await violations(page)).toEqual([])
    // It scrolls by keyboard too.
    await region.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  })

  test('prints whole: every camp on the page, no scroll cue, no controls', async ({ page }) => {
    await openStory(page, CLAIMS_PATH)
    await page.emulateMedia({ media: 'print' })
    const region = page.getByRole('region', { name: 'Claims by camp' })
    const inner = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    expect(inner.scroll).toBeLessThanOrEqual(inner.client)
    await expect(page.getByRole('group', { name: 'View' })).toBeHidden()
    await expect(page.getByText(/scroll it sideways/)).toBeHidden()
    for (const camp of seed.perspectives)
      await expect(matrix(page).getByRole('columnheader', { name: camp.label })).toBeVisible()
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(10_000)
  })

  for (const colorScheme of ['light', 'dark'] as const)
    test(`has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await openStory(page, CLAIMS_PATH)
      await expect(matrix(page)).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
})

test.describe('the claim filter', () => {
  const CLAIM = 'militants-operate-from-afghan-territory'

  test('narrows every table to the statements addressing the claim, with their stance on it', async ({
    page,
  }) => {
    await openStory(page, STORY_PATH)
    const wording = seed.claims.find((c) => c.id === CLAIM)!.wording
    await page.getByRole('combobox', { name: 'Claim' }).selectOption(CLAIM)
    await expect(page).toHaveURL(new RegExp(`claim=${CLAIM}`))
    await expect(page.getByText(`Showing the statements that address the claim “${wording}”`)).toBeVisible()
    const addressing = seed.statements.filter((s) => stanceOn(s, CLAIM))
    await expect(
      page.getByText(`${addressing.length} of ${addressing.length} statements`, { exact: true }),
    ).toBeVisible()
    for (const camp of seed.perspectives) {
      const ids = addressing.filter((s) => s.perspective === camp.id).map((s) => s.id)
      const table = campTable(page, camp.label)
      expect(await rowIds(table)).toEqual(ids)
      for (const id of ids) {
        const stance = stanceOn(statement(id), CLAIM)!
        await expect(page.locator(`#s-${id}`).getByRole('cell').nth(2)).toHaveText(
          new RegExp(
            `${STANCE_NAME[stance.value]}\\s*${stance.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        )
      }
    }
    // The stance facet counts stances on the claim; the spread says which claim it shows.
    const facet = page.getByRole('group', { name: 'Stance' })
    const supports = addressing.filter((s) => stanceOn(s, CLAIM)!.value === 'supports').length
    await expect(facet.getByText(`Supports (${supports})`)).toBeVisible()
    await expect(page.getByRole('heading', { name: /Where each camp stands/ })).toContainText(wording)
    // Back to the main claim: every statement again.
    await page.getByRole('combobox', { name: 'Claim' }).selectOption(seed.claims[0]!.id)
    await expect(page).not.toHaveURL(/claim=/)
    await expect(
      page.getByText(`${seed.statements.length} of ${seed.statements.length} statements`),
    ).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('says an unknown claim was not found, and shows the main claim', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?claim=no-such-claim`)
    await expect(
      page.getByRole('status').filter({ hasText: 'The claim this link names was not found' }),
    ).toBeVisible()
    await expect(
      page.getByText(`${seed.statements.length} of ${seed.statements.length} statements`),
    ).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Claim' })).toHaveValue(seed.claims[0]!.id)
  })

  test('narrows the claim matrix to its claim', async ({ page }) => {
    await openStory(page, `${CLAIMS_PATH}&claim=${CLAIM}`)
    const heads = matrix(page).getByRole('rowheader')
    await expect(heads).toHaveCount(1)
    await expect(heads.first()).toContainText(seed.claims.find((c) => c.id === CLAIM)!.wording)
  })
})

test.describe('exports with claims, read back from the downloads', () => {
  const CLAIM = 'pakistani-military-strategy-shares-blame'

  test('under a claim filter the CSV appends the claim’s columns, after every other', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?claim=${CLAIM}`)
    const file = await download(page, 'Export all (CSV)')
    expect(file.name).toMatch(new RegExp(`^${SLUG}_all_\\d{4}-\\d{2}-\\d{2}_claim-${CLAIM}\\.csv$`))
    const header = file.text.slice(1).split('\r\n')[0]!.split(',')
    expect(header.slice(0, 6)).toEqual(['perspective', 'speaker', 'role', 'kind', 'statement', 'stance'])
    expect(header.slice(-4)).toEqual(['claim id', 'claim', 'claim stance', 'claim stance label'])
    const rows = parse(file.text)
    const addressing = seed.statements.filter((s) => stanceOn(s, CLAIM))
    expect(rows.map((r) => r['statement id'])).toEqual(addressing.map((s) => s.id))
    for (const row of rows) {
      const s = statement(row['statement id']!)
      // The own stance columns still mean the main claim; the appended ones the chosen claim.
      expect([row.stance, row['stance label']]).toEqual([s.stance?.value ?? '', s.stance?.label ?? ''])
      expect(row).toMatchObject({
        'claim id': CLAIM,
        claim: seed.claims.find((c) => c.id === CLAIM)!.wording,
        'claim stance': stanceOn(s, CLAIM)!.value,
        'claim stance label': stanceOn(s, CLAIM)!.label,
      })
    }
  })

  test('"Export by claim" gives one row per statement and claim, with silence and non-response', async ({
    page,
  }) => {
    await openStory(page, CLAIMS_PATH)
    const file = await download(page, 'Export by claim (CSV)')
    expect(file.name).toMatch(new RegExp(`^${SLUG}_by-claim_\\d{4}-\\d{2}-\\d{2}\\.csv$`))
    const rows = parse(file.text)
    const expected: string[] = []
    for (const claim of seed.claims)
      for (const camp of seed.perspectives) {
        const taken = seed.statements.filter((s) => s.perspective === camp.id && stanceOn(s, claim.id))
        const silent = seed.nonResponses.filter((n) => n.claim === claim.id && n.perspective === camp.id)
        for (const s of taken)
          expected.push(`${claim.id}|${camp.label}|stance|${s.id}|${stanceOn(s, claim.id)!.value}`)
        for (const n of silent) expected.push(`${claim.id}|${camp.label}|no response|${n.id}|`)
        if (taken.length === 0 && silent.length === 0) expected.push(`${claim.id}|${camp.label}|silent||`)
      }
    expect(
      rows.map((r) =>
        [r['claim id'], r.perspective, r['claim status'], r['statement id'], r['claim stance']].join('|'),
      ),
    ).toEqual(expected)
    const noResponse = rows.find((r) => r['claim status'] === 'no response')!
    expect(noResponse.statement).toBe(seed.nonResponses[0]!.text)
    expect(noResponse['statement date']).toBe('2023-12-16')
  })

  test('the JSON manifest lists the claims and the claim filter', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?claim=${CLAIM}`)
    const file = await download(page, 'Export JSON')
    const manifest = JSON.parse(file.text)
    expect(manifest.claims).toEqual(
      seed.claims.map((c, i) => ({ id: c.id, slug: c.slug, wording: c.wording, main: i === 0 })),
    )
    expect(manifest.filters.claim).toBe(CLAIM)
    expect(manifest.rows.map((r: { id: string }) => r.id)).toEqual(
      seed.statements.filter((s) => stanceOn(s, CLAIM)).map((s) => s.id),
    )
  })

  test('a citation copied under a claim filter names the claim', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openStory(page, `${STORY_PATH}?claim=${CLAIM}`)
    const row = page.locator('#s-radmanesh-doha')
    await row.getByRole('button', { name: /^Actions for this statement/ }).click()
    await page.getByRole('menuitem', { name: 'Copy citation' }).click()
    await expect(row.getByRole('status')).toHaveText('Citation copied')
    const stance = stanceOn(statement('radmanesh-doha'), CLAIM)!
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      ` On the claim “${seed.claims.find((c) => c.id === CLAIM)!.wording}”: ${stance.value} (${stance.label}).`,
    )
  })
})

test('a speaker page groups stances by claim and adds up none across claims', async ({ page }) => {
  await page.goto('/speakers/mohammad-radmanesh')
  const section = page.getByRole('region', { name: 'Stances by claim' })
  const s = statement('radmanesh-doha')
  const claims = seed.claims.filter((c) => stanceOn(s, c.id))
  const items = section.getByRole('listitem')
  await expect(items).toHaveCount(claims.length)
  for (const [i, claim] of claims.entries()) {
    await expect(items.nth(i)).toContainText(`“${claim.wording}”`)
    await expect(items.nth(i)).toContainText(`1 ${stanceOn(s, claim.id)!.value}`)
  }
  await expect(
    page.getByRole('img', {
      name: new RegExp(`Stance over time on “${claims[0]!.wording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
    }),
  ).toBeVisible()
  expect(await violations(page)).toEqual([])
})
