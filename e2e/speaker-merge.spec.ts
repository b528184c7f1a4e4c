import { readFileSync } from 'node:fs'
import { expect, test } from './writable'

// A writable app seeded with the fixture stories, where "Varden" and "Ilsa Varden" are
// two names for the fictional upstream water minister.
test.use({ appEnv: { STORIES_DIR: 'e2e/fixtures/stories' } })

const reservoir = JSON.parse(
  readFileSync(new URL('./fixtures/stories/fictional-reservoir-timeline.json', import.meta.url), 'utf8'),
) as { statements: { speaker: { name: string } }[] }
const count = (name: string) => reservoir.statements.filter((s) => s.speaker.name === name).length
const statements = (page: import('@playwright/test').Page) =>
  page.locator('#speaker-statements-heading ~ ol > li')

test('merging and splitting need an editor, checked on the server; refused requests change nothing', async ({
  app,
}) => {
  const body = { data: { name: 'Varden', into: 'Ilsa Varden' } }
  const anonymous = await app.request(null)
  expect((await anonymous.post('/api/speakers/merge', body)).status()).toBe(401)
  const reader = await app.request('reader')
  expect((await reader.post('/api/speakers/merge', body)).status()).toBe(403)
  expect((await reader.post('/api/speakers/split', { data: { name: 'Varden' } })).status()).toBe(403)
  const editor = await app.request('editor')
  const foreign = await editor.post('/api/speakers/merge', {
    ...body,
    headers: { origin: 'https://elsewhere.example' },
  })
  expect(foreign.status()).toBe(403)
  // Nothing was merged: Varden still has a page of its own.
  const page = await editor.get('/speakers/varden', { maxRedirects: 0 })
  expect(page.status()).toBe(200)
})

test.describe('as an editor', () => {
  test.use({ role: 'editor' })

  test('a merge puts both names’ statements on one page, the old address redirects, and a split undoes it', async ({
    page,
  }) => {
    const both = count('Ilsa Varden') + count('Varden')
    await page.goto('/speakers/ilsa-varden')
    const alone = await statements(page).count()
    await page.getByRole('button', { name: 'Merge “Varden” into Ilsa Varden' }).click()
    await expect(statements(page)).toHaveCount(alone + count('Varden'))
    await expect(page.getByText('Also written:')).toContainText('Varden')
    expect(alone + count('Varden')).toBeGreaterThanOrEqual(both)

    await page.goto('/speakers/varden')
    await expect(page).toHaveURL(/\/speakers\/ilsa-varden$/)

    await page.getByRole('button', { name: 'Split “Varden” off' }).click()
    await expect(statements(page)).toHaveCount(alone)
    await page.goto('/speakers/varden')
    await expect(page).toHaveURL(/\/speakers\/varden$/)
    await expect(statements(page)).toHaveCount(count('Varden'))
  })
})
