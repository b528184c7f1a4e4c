import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { campTable, rowIds, openStory, rowAction } from './helpers'
import { expectedAnchor, perspectiveLabel, seed, SLUG, statement, STORY_PATH } from './seed'

const HEADER = [
  'perspective',
  'speaker',
  'role',
  'kind',
  'statement',
  'stance',
  'stance label',
  'attribution',
  'source publisher',
  'source title',
  'source date',
  'source URL',
  'caveats',
  'anchor start',
  'anchor end',
  'statement id',
  'permalink',
  'channel',
  'source date inferred',
  'statement date',
  'statement date inferred',
]

// The permalinks' base: the story page on the server under test, with no query.
let PAGE_URL = ''

/** The CSV row a statement must export as, built from the data file by the test itself. */
function expectedRow(id: string): string[] {
  const s = statement(id)
  const [start, end] = expectedAnchor(s)
  return [
    perspectiveLabel(s.perspective),
    s.speaker.name,
    s.speaker.role ?? '',
    s.kind,
    s.text,
    s.stance?.value ?? '',
    s.stance?.label ?? '',
    s.attribution,
    'unknown',
    'unknown',
    '2023-12-16',
    'unknown',
    s.caveats.join(' | '),
    String(start),
    String(end),
    s.id,
    `${PAGE_URL}#s-${s.id}`,
    s.channel,
    'yes', // the seed's date is inferred
    s.date ?? '2023-12-16',
    s.date ? 'no' : 'yes', // without its own date, a statement takes its source's
  ]
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const bytes = await readFile(await file.path())
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') }
}

function parse(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' })
  expect(parsed.errors).toEqual([])
  // RFC 4180: the file ends with CRLF, which leaves one empty trailing record.
  expect(parsed.data.at(-1)).toEqual([''])
  return parsed.data.slice(0, -1)
}

// The page's clock is fixed, so file names and access dates cannot change mid-run
// (a run across midnight would otherwise fail).
const NOW = new Date(2026, 2, 14, 23, 59, 30)
const today = () => '2026-03-14'

test.beforeEach(async ({ page }) => {
  // Only Date is fixed, on every page load: Playwright's own clock would also replace the
  // performance timeline whose marks the tests wait for.
  await page.addInitScript((now: number) => {
    const RealDate = Date
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        // @ts-expect-error -- Date's constructor overloads, passed through
        super(...(args.length > 0 ? args : [now]))
      }
      static now = () => now
    }
    globalThis.Date = FixedDate as DateConstructor
  }, NOW.getTime())
  await openStory(page, STORY_PATH)
  PAGE_URL = new URL(STORY_PATH, page.url()).href
})

test('a camp’s CSV holds its rows, in the table’s current order, exactly as in the data', async ({
  page,
}) => {
  const table = campTable(page, 'Pakistani officials')
  const statementHeader = table.getByRole('columnheader', { name: /^Statement/ })
  await statementHeader.getByRole('button').click()
  await statementHeader.getByRole('button').click()
  await expect(statementHeader).toHaveAttribute('aria-sort', 'descending')
  const shown = await rowIds(table)

  const file = await download(page, 'Export CSV: Pakistani officials')
  expect(file.name).toBe(`${SLUG}_pakistani-officials_${today()}.csv`)
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  // Every line break outside quoted cells is CRLF.
  expect(file.text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull()

  const [header, ...rows] = parse(file.text)
  expect(header).toEqual(HEADER)
  expect(rows).toEqual(shown.map(expectedRow))
  // Statement descending: by position in the article, last first.
  expect(rows.map((r) => r[4])).toEqual([
    statement('achakzai-double-game').text,
    statement('achakzai-commanders').text,
    statement('munir-support').text,
    statement('munir-guterres').text,
  ])
})

test('the CSV keeps the curly quotes and the anchors point at the statement in the source', async ({
  page,
}) => {
  const file = await download(page, 'Export CSV: Independent analysts')
  const [, ...rows] = parse(file.text)
  const source = seed.sources[0]!.text
  for (const row of rows) {
    expect(source.slice(Number(row[13]), Number(row[14]))).toBe(row[4])
  }
  expect(rows.map((r) => r[1])).toEqual(['Mohammad Radmanesh', 'Azizuddin Ma’arij'])
  expect(file.text).toContain('Pakistan’s military')
})

test('"Export all (CSV)" holds every camp, each in its table’s current order', async ({ page }) => {
  const analysts = campTable(page, 'Independent analysts')
  await analysts
    .getByRole('columnheader', { name: /^Speaker/ })
    .getByRole('button')
    .click()
  await expect(analysts.getByRole('columnheader', { name: /^Speaker/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )

  const file = await download(page, 'Export all (CSV)')
  expect(file.name).toBe(`${SLUG}_all_${today()}.csv`)
  const [header, ...rows] = parse(file.text)
  expect(header).toEqual(HEADER)
  const expectedIds = [
    'munir-guterres',
    'munir-support',
    'achakzai-commanders',
    'achakzai-double-game',
    'taliban-soil',
    'maarij-epicenter', // sorted by speaker's surname: Ma’arij before Radmanesh
    'radmanesh-doha',
  ]
  expect(rows).toEqual(expectedIds.map(expectedRow))
  expect(rows.map((r) => r[0])).toEqual([
    'Pakistani officials',
    'Pakistani officials',
    'Pakistani officials',
    'Pakistani officials',
    'The Taliban',
    'Independent analysts',
    'Independent analysts',
  ])
})

test.describe('exports follow the view', () => {
  test('a filtered CSV holds exactly the rows shown and names its filters', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('achakzai')
    await expect(page.getByText('2 of 7 statements', { exact: true })).toBeVisible()
    const table = campTable(page, 'Pakistani officials')
    await table.getByRole('button', { name: /^Statement/ }).click()
    await table.getByRole('button', { name: /^Statement/ }).click()
    const all = await download(page, 'Export all (CSV)')
    expect(all.name).toBe(`${SLUG}_all_${today()}_q-achakzai.csv`)
    const [, ...rows] = parse(all.text)
    // "We have…" comes later in the article than "assistance…", so descending puts it first.
    expect(rows).toEqual(['achakzai-double-game', 'achakzai-commanders'].map(expectedRow))
    const one = await download(page, 'Export CSV: Pakistani officials')
    expect(one.name).toBe(`${SLUG}_pakistani-officials_${today()}_q-achakzai.csv`)
    expect(parse(one.text).slice(1)).toEqual(rows)
  })

  test('the combined view exports its one table in its order', async ({ page }) => {
    await page.getByRole('button', { name: 'Combined' }).click()
    const table = campTable(page, 'All camps')
    await table.getByRole('button', { name: /^Speaker/ }).click()
    const shown = await rowIds(table)
    const file = await download(page, 'Export all (CSV)')
    expect(parse(file.text).slice(1)).toEqual(shown.map(expectedRow))
    expect(shown[0]).toBe('achakzai-commanders') // Achakzai files first by surname
  })

  test('plain UTF-8 is a remembered choice', async ({ page }) => {
    await page.getByRole('combobox', { name: 'CSV encoding' }).selectOption('plain')
    let file = await download(page, 'Export CSV: The Taliban')
    expect(file.bytes[0]).not.toBe(0xef)
    expect(file.text.startsWith('perspective,speaker,')).toBe(true)
    await page.reload()
    await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
    await expect(page.getByRole('combobox', { name: 'CSV encoding' })).toHaveValue('plain')
    file = await download(page, 'Export CSV: The Taliban')
    expect(file.text.startsWith('perspective,speaker,')).toBe(true)
  })

  test('JSON export wraps the rows shown in a manifest', async ({ page }) => {
    await openStory(page, `${STORY_PATH}?stance=rejects&sort.analysts=speaker.desc`)
    const file = await download(page, 'Export JSON')
    expect(file.name).toBe(`${SLUG}_all_${today()}_stance-rejects.json`)
    const manifest = JSON.parse(file.text)
    const dataFile = await readFile(new URL(`../data/stories/${SLUG}.json`, import.meta.url))
    expect(manifest).toMatchObject({
      format: 'perspective-reader/statements@1',
      storyId: SLUG,
      contentHash: `sha256:${createHash('sha256').update(dataFile).digest('hex')}`,
      view: 'side',
      filters: { q: '', perspective: [], stance: ['rejects'], kind: [], attribution: null },
      sort: { analysts: [{ id: 'speaker', desc: true }] },
      rowCount: 2,
    })
    expect(manifest.url).toBe(page.url())
    expect(manifest.exportedAt).toBe(NOW.toISOString())
    expect(manifest.rows.map((r: { id: string }) => r.id)).toEqual(['taliban-soil', 'maarij-epicenter'])
    expect(manifest.rows[1]).toMatchObject({
      speaker: 'Azizuddin Ma’arij',
      text: statement('maarij-epicenter').text,
      anchor: { start: expectedAnchor(statement('maarij-epicenter'))[0] },
    })
  })
})

test('"Copy citation" puts a plain-text citation on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const row = page.locator('#s-achakzai-double-game')
  await rowAction(row, 'Copy citation')
  await expect(row.getByRole('status')).toHaveText('Citation copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `Jan Achakzai, the Interim Minister of Information of Balochistan: “${statement('achakzai-double-game').text}”. ` +
      'Source: publisher unknown, title unknown, c. 16 Dec 2023 (inferred), URL unknown. ' +
      `Attribution: press conference. Accessed 14 Mar 2026. ${PAGE_URL}#s-achakzai-double-game`,
  )
  await rowAction(row, 'Copy citation')
  const paraphrase = page.locator('#s-taliban-soil')
  await rowAction(paraphrase, 'Copy citation')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^The Taliban: paraphrased: Afghanistan’s soil will not be used against other countries\. Source: /,
  )
})
