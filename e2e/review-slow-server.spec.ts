import type { Dialog, Page, Route } from '@playwright/test'
import { expect, test } from './writable'

/**
 * Nothing typed is lost, with every reply of the server held back 1.5 s by the browser
 * (Playwright intercepts the page's calls to /api/ and answers them late): edits made
 * while a save is in flight go after it with the latest values, a card says "Saved" only
 * once the server has confirmed what is on screen, leaving with unsent or failed changes
 * warns, and a failed save keeps the typed words and says why.
 */

test.use({ role: 'editor' })
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const ARTICLE = [
  '“We took no concrete steps because none were asked of us,” the spokesman, Ali Khan, said on Monday.',
  'Analysts doubted it.',
].join(' ')
const QUOTE = 'We took no concrete steps because none were asked of us'
const DELAY_MS = 1_500

let reviews = 0

/**
 * A story of its own (so its open review sends nobody else's "Add an article" here), and
 * a review of ARTICLE in it with one drafted statement, started through the API.
 */
async function startReview(page: Page, origin: string): Promise<string> {
  const story = `slow-server-${++reviews}-${Date.now()}`
  const created = await page.request.post('/api/stories', {
    headers: { origin },
    data: {
      id: story,
      title: 'A slow server',
      question: 'Nothing typed is lost.',
      perspectives: [{ id: 'officials', label: 'Officials', definition: 'People in office' }],
    },
  })
  expect(created.status(), await created.text()).toBe(200)
  const article = ARTICLE
  const start = article.indexOf(QUOTE)
  const answer = await page.request.post(`/api/stories/${story}/reviews`, {
    headers: { origin },
    data: {
      article,
      source: { publisher: 'Test Wire', title: `Slow server ${reviews}` },
      drafts: [
        {
          speaker: 'Ali Khan',
          role: 'spokesman',
          kind: 'direct',
          text: QUOTE,
          start,
          end: start + QUOTE.length,
          attribution: 'said on Monday',
          channel: 'firsthand',
          cue: 'said',
        },
      ],
    },
  })
  expect(answer.status(), await answer.text()).toBe(200)
  return `/stories/${story}/reviews/${(await answer.json()).id}`
}

/** Every answer from /api/ reaches the page 1.5 s after the server gave it. */
async function slowServer(page: Page, fail?: (route: Route) => boolean) {
  await page.route('**/api/**', async (route) => {
    if (fail?.(route)) return route.abort('connectionreset')
    const response = await route.fetch()
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS))
    await route.fulfill({ response })
  })
}

/**
 * Leaving is held up twice, and both times the editor stays: a link inside the app asks
 * first, and so does the browser for a page load (the beforeunload prompt).
 */
async function expectWarningOnLeaving(page: Page) {
  const here = page.url()
  const asked: { type: string; message: string }[] = []
  const answer = (dialog: Dialog) => {
    asked.push({ type: dialog.type(), message: dialog.message() })
    void dialog.dismiss()
  }
  page.on('dialog', answer)
  await page.getByRole('link', { name: 'Start another article' }).click()
  await expect.poll(() => asked.length).toBe(1)
  expect(asked[0]!.type).toBe('confirm')
  expect(asked[0]!.message).toMatch(/not saved/)
  expect(page.url()).toBe(here)
  await page.evaluate(() => window.location.reload())
  await expect.poll(() => asked.length).toBe(2)
  expect(asked[1]!.type).toBe('beforeunload')
  page.off('dialog', answer)
  await expect(card(page)).toBeVisible()
  expect(page.url()).toBe(here)
}

// The first draft card; its name (speaker and first words) changes as its speaker is saved.
const card = (page: Page) =>
  page
    .getByRole('region', { name: /^Drafted statements/ })
    .getByRole('region')
    .first()
const box = (page: Page, name: string) =>
  card(page).getByRole('textbox', { name: new RegExp(`^${name} of `) })

test('edits made while a save is in flight are all kept, and "Saved" waits for the last', async ({
  page,
  app,
}) => {
  await page.goto(await startReview(page, app.baseURL))
  await slowServer(page)
  const status = card(page).getByRole('status')

  // Type, Tab: the name goes; the role's box has the focus while it is in flight.
  await box(page, 'Speaker').fill('Ali Khan Achakzai')
  await page.keyboard.press('Tab')
  await expect(box(page, 'Role')).toBeFocused()
  await expect(status).not.toHaveText('Saved.')
  // A choice and its label while the name is still in flight.
  await card(page)
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: /^Rejects/ })
    .check()
  await box(page, 'Stance label').fill('Denies being asked')
  await page.keyboard.press('Tab')
  // Change a select, then type again, all before the first answer is back.
  await card(page)
    .getByRole('combobox', { name: /^Kind of / })
    .selectOption('Paraphrase')
  await box(page, 'Role').fill('Taliban spokesman')
  await expect(status).not.toHaveText('Saved.')
  await page.keyboard.press('Tab')
  await expect(status).toHaveText('Saved.', { timeout: 60_000 })
  // Saved means saved: what the page shows is what the server holds.
  await page.unroute('**/api/**')
  await page.reload()
  await expect(box(page, 'Speaker')).toHaveValue('Ali Khan Achakzai')
  await expect(box(page, 'Role')).toHaveValue('Taliban spokesman')
  await expect(box(page, 'Stance label')).toHaveValue('Denies being asked')
  await expect(
    card(page)
      .getByRole('group', { name: /^Stance of / })
      .getByRole('radio', { name: /^Rejects/ }),
  ).toBeChecked()
  await expect(card(page).getByRole('combobox', { name: /^Kind of / })).toHaveValue('paraphrase')
})

test('leaving with a change not yet saved warns; once it is saved, it does not', async ({ page, app }) => {
  await page.goto(await startReview(page, app.baseURL))
  await slowServer(page)
  await box(page, 'Attribution').fill('said at a press conference in Kabul')
  await page.keyboard.press('Tab')
  await expect(card(page).getByRole('status')).not.toHaveText('Saved.')
  await expectWarningOnLeaving(page)
  await expect(box(page, 'Attribution')).toHaveValue('said at a press conference in Kabul')
  await expect(card(page).getByRole('status')).toHaveText('Saved.', { timeout: 60_000 })
  let asked = false
  page.on('dialog', (d) => {
    asked = true
    void d.accept()
  })
  await page.getByRole('link', { name: 'Start another article' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible()
  expect(asked).toBe(false)
})

test('a failed save keeps the typed words, says why in words, and warns on leaving', async ({
  page,
  app,
}) => {
  await page.goto(await startReview(page, app.baseURL))
  let offline = true
  await slowServer(page, (route) => offline && route.request().method() === 'PATCH')
  await box(page, 'Attribution').fill('Typed while the line was down')
  await page.keyboard.press('Tab')
  const alert = card(page).getByRole('alert')
  await expect(alert).toHaveText(/could not reach the server/i)
  await expect(alert).not.toHaveText(/object Object|Aborted|TypeError|fetch/)
  await expect(box(page, 'Attribution')).toHaveValue('Typed while the line was down')
  await expect(card(page).getByRole('status')).not.toHaveText('Saved.')
  await expectWarningOnLeaving(page)
  // Back on line: the same words go with the next try.
  offline = false
  await card(page)
    .getByRole('button', { name: /^Try again to save / })
    .click()
  await expect(card(page).getByRole('status')).toHaveText('Saved.', { timeout: 60_000 })
  await page.unroute('**/api/**')
  await page.reload()
  await expect(box(page, 'Attribution')).toHaveValue('Typed while the line was down')
})
