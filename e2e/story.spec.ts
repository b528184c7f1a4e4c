import { expect, test } from '@playwright/test'
import { campTable, rowIds, openStory } from './helpers'
import { idsOf, seed, statement, STORY_PATH } from './seed'

test.describe('story page', () => {
  test.beforeEach(async ({ page }) => {
    await openStory(page, STORY_PATH)
  })

  test('shows the title, the question, the source facts and the events', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible()
    await expect(page.getByText(seed.question, { exact: true })).toBeVisible()
    const sources = page.getByRole('region', { name: 'Source' })
    await expect(sources).toContainText('Publisherunknown')
    await expect(sources).toContainText('c. 16 Dec 2023 (inferred)')
    await expect(sources).toContainText('Why inferred: The article says the Dera Ismail Khan attack')
    // The reporter's narration is folded below the statements; one click opens it.
    await page.getByText('Context: what the reporter narrates (3)').click()
    const events = page.getByRole('region', { name: /Context/ })
    await expect(events.getByRole('listitem')).toHaveCount(3)
    await expect(events).toContainText('23 Pakistani soldiers lost their lives')
  })

  test('each camp’s table holds that camp’s speakers and only them', async ({ page }) => {
    const expected: [string, string, string[]][] = [
      ['Pakistani officials', 'pakistani-officials', ['Gen. Asim Munir', 'Jan Achakzai']],
      ['The Taliban', 'taliban', ['The Taliban']],
      ['Independent analysts', 'analysts', ['Mohammad Radmanesh', 'Azizuddin Ma’arij']],
    ]
    for (const [label, id, speakers] of expected) {
      const table = campTable(page, label)
      const count = idsOf(id).length
      await expect(table.locator('caption')).toHaveText(
        `${label} — ${count} statement${count === 1 ? '' : 's'}`,
      )
      expect(await rowIds(table)).toEqual(idsOf(id))
      const names = await table.locator('tbody tr td:nth-child(1) div.font-semibold').allInnerTexts()
      expect([...new Set(names)].sort()).toEqual([...speakers].sort())
    }
  })

  test('quotes direct speech, marks paraphrases, and shows stance and attribution on every row', async ({
    page,
  }) => {
    const direct = page.locator('#s-achakzai-double-game')
    await expect(direct.getByRole('cell').nth(1)).toContainText(`“${statement('achakzai-double-game').text}”`)
    const paraphrase = page.locator('#s-achakzai-commanders')
    await expect(paraphrase.getByRole('cell').nth(1)).toContainText(
      `Paraphrase: ${statement('achakzai-commanders').text}`,
    )
    await expect(paraphrase.getByRole('cell').nth(0)).toHaveText(
      /Jan Achakzai\s*the Interim Minister of Information of Balochistan/,
    )
    await expect(paraphrase.getByRole('cell').nth(2)).toHaveText(
      /Supports\s*Accuses Taliban commanders of aiding terrorists/,
    )
    // One source: it is named once above the statements, and a row shows only its attribution.
    await expect(page.getByText(/^Source of every statement:/)).toContainText(
      'Publisher and title unknown · c. 16 Dec 2023 (inferred)',
    )
    await expect(page.locator('#s-munir-guterres').getByRole('cell')).toHaveCount(3)
    const munir = page.locator('#s-munir-guterres').getByRole('cell').nth(1)
    await expect(munir).toContainText('as reported by Pakistani media')
    await expect(munir).toContainText('Secondhand')
  })

  test('shows caveats as a marked count that opens in place, by click or keyboard', async ({ page }) => {
    const row = page.locator('#s-achakzai-commanders')
    const caveat = row.getByRole('listitem').filter({ hasText: 'two titles' })
    await expect(caveat).toBeHidden()
    await row.getByText('1 caveat', { exact: true }).click()
    await expect(caveat).toBeVisible()
    await expect(caveat).toHaveText(/^The article gives Jan Achakzai two titles/)
    const taliban = page.locator('#s-taliban-soil')
    await taliban.getByText('2 caveats', { exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect(taliban.getByText('The Taliban did not respond to these particular claims')).toBeVisible()
  })

  test('lays the three camps side by side at 1280 px', async ({ page }) => {
    const boxes = await Promise.all(
      ['Pakistani officials', 'The Taliban', 'Independent analysts'].map((label) =>
        page.getByRole('group', { name: label, exact: true }).boundingBox(),
      ),
    )
    const [a, b, c] = boxes.map((box) => box!)
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2)
    expect(Math.abs(b!.y - c!.y)).toBeLessThan(2)
    expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x)
    expect(b!.x + b!.width).toBeLessThanOrEqual(c!.x)
  })
})

test('home lists the story with its question and counts per camp', async ({ page }) => {
  await page.goto('/')
  const link = page.getByRole('link', { name: seed.title })
  await expect(link).toHaveAttribute('href', STORY_PATH)
  await expect(page.getByText(seed.question)).toBeVisible()
  const counts = page
    .getByRole('list', { name: `Statements per camp in “${seed.title}”` })
    .getByRole('listitem')
  await expect(counts).toHaveText(['Pakistani officials: 4', 'The Taliban: 1', 'Independent analysts: 2'])
  await link.click()
  await expect(page).toHaveURL(STORY_PATH)
})

test('an unknown story is a 404 page', async ({ page }) => {
  const response = await page.goto('/stories/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible()
  await page.getByRole('link', { name: 'See all stories' }).click()
  await expect(page).toHaveURL('/')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  // The HTML also carries the streamed copy that JavaScript swaps in, inside a hidden
  // element; a reader without JavaScript sees the server-parsed copy, so count what shows.
  test('every statement is in the server-rendered page', async ({ page }) => {
    await page.goto(STORY_PATH)
    for (const s of seed.statements) {
      await expect(page.locator(`#s-${s.id}`).filter({ visible: true })).toContainText(s.text)
    }
    await expect(page.locator('tbody tr').filter({ visible: true })).toHaveCount(seed.statements.length)
  })

  test('a shared filtered link shows its view without JavaScript too', async ({ page }) => {
    await page.goto(`${STORY_PATH}?q=doha`)
    await expect(page.locator('tbody tr[id^="s-"]').filter({ visible: true })).toHaveCount(1)
    await expect(page.locator('#s-radmanesh-doha').filter({ visible: true })).toBeVisible()
    await expect(page.getByText('1 of 7 statements').filter({ visible: true })).toHaveCount(1)
  })
})
