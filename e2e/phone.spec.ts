import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { oneQuoteReview } from '../lib/commands/reviews/one-quote'
import { violations } from './axe'
import { SLUG } from './seed'
import { expect, test } from './writable'

/**
 * Every page of the app on a phone, 390 px wide: the page never scrolls sideways, nothing
 * sticks out of the screen (a wide table scrolls in its own region, reachable from the
 * keyboard), tap targets are at least 24 px (WCAG 2.5.8), labels that fit on one line are
 * on one line, and axe finds no WCAG 2.1 A/AA violation. The pages are read from app/, so
 * a page added later is checked too: a new [segment] fails here until it gets a value.
 */
test.describe.configure({ mode: 'serial', timeout: 600_000 })
test.use({ viewport: { width: 390, height: 844 }, role: 'admin' })

const WIDTH = 390
const appDir = fileURLToPath(new URL('../app', import.meta.url))

/** Every page's route pattern under app/ ("/stories/[slug]/history"), API routes aside. */
function routes(dir = appDir, prefix = ''): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (!statSync(full).isDirectory()) {
      if (name === 'page.tsx') found.push(prefix || '/')
      continue
    }
    if (name === 'api' || name.startsWith('_')) continue
    // A route group "(name)" adds nothing to the address.
    found.push(...routes(full, /^\(.*\)$/.test(name) ? prefix : `${prefix}/${name}`))
  }
  return found.sort()
}

/** The addresses to visit for a route: its [segments] filled in, the story's views each. */
function addresses(route: string, values: Record<string, string>): string[] {
  const url = route.replace(/\[([^\]]+)\]/g, (segment, name: string) => {
    const value = values[`${route.slice(0, route.indexOf(segment))}${segment}`] ?? values[name]
    if (value === undefined)
      throw new Error(`No value for ${segment} in ${route}: add one to the phone test.`)
    return value
  })
  if (route === '/stories/[slug]')
    return [
      url,
      ...['combined', 'matrix', 'claims', 'timeline'].map((view) => `${url}?view=${view}`),
      // A claim other than the first, as its link on the claims view opens it.
      ...(values.claim ? [`${url}?claim=${values.claim}`] : []),
    ]
  return [url]
}

/** Waits for the page to settle: the story's workspace, or the network gone quiet. */
async function visit(page: Page, url: string) {
  const response = await page.goto(url)
  expect(response?.status(), url).toBeLessThan(400)
  if (/^\/stories\/[^/]+(\?|$)/.test(url))
    await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  else await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
}

/** What sticks out of the screen or hides in a region no keyboard can scroll. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth}`)
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el)
      return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1
    }
    const hidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (style.display === 'none' || style.visibility === 'hidden') return true
        // sr-only text: clipped to nothing on purpose.
        if (style.position === 'absolute' && node.getBoundingClientRect().width <= 1) return true
        if (node.closest('dialog:not([open])')) return true
      }
      return false
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) continue
      if (rect.right <= width + 1 && rect.left >= -1) {
        if (scrolls(el)) {
          // A region that scrolls sideways: the keyboard must reach it, and it must say so.
          const focusable =
            (el as HTMLElement).tabIndex >= 0 ||
            el.querySelector('a[href],button,input,select,textarea,[tabindex="0"]')
          if (!focusable) problems.push(`${describe(el)} scrolls sideways but no key reaches it`)
        }
        continue
      }
      // Off the screen: fine inside a region that scrolls sideways, or hidden on purpose.
      let inScroller = false
      for (let node = el.parentElement; node; node = node.parentElement)
        if (scrolls(node)) {
          inScroller = true
          break
        }
      if (inScroller || hidden(el)) continue
      problems.push(
        `${describe(el)} runs off the screen (${Math.round(rect.left)}–${Math.round(rect.right)} px)`,
      )
    }
    // A label's words that fit the width their block has stay on one line. (A label may
    // hold a hint on a line of its own, or a menu: each run of words is measured alone.)
    const blockOf = (node: Element): HTMLElement => {
      for (let el: Element | null = node; el; el = el.parentElement)
        if (!/^inline/.test(getComputedStyle(el).display)) return el as HTMLElement
      return document.body
    }
    for (const label of document.querySelectorAll('label, legend')) {
      if (hidden(label)) continue
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT)
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const parent = text.parentElement
        if (!text.textContent?.trim() || !parent) continue
        const range = document.createRange()
        range.selectNodeContents(text)
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        )
        if (tops.size <= 1) continue
        const block = blockOf(parent)
        const style = getComputedStyle(block)
        const available = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        const before = parent.style.whiteSpace
        parent.style.whiteSpace = 'nowrap'
        const natural = range.getBoundingClientRect().width
        parent.style.whiteSpace = before
        if (natural <= available)
          problems.push(
            `${describe(label)}: “${text.textContent.trim().slice(0, 40)}” wraps onto ${tops.size} lines though it fits`,
          )
      }
    }
    return problems
  }, WIDTH)
}

/**
 * Tap targets under 24 by 24 px with neighbours too close (axe's WCAG 2.2 rule). The
 * stance chart's marks are left out: its table and the statements' list below it do the
 * same at full size (2.5.8's "equivalent" exception).
 */
async function smallTargets(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withRules(['target-size'])
    .exclude('svg[role="group"]')
    .analyze()
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

/** The seed story's claims, read from its data file. */
function seedClaims(): string[] {
  const file = fileURLToPath(new URL(`../data/stories/${SLUG}.json`, import.meta.url))
  return ((JSON.parse(readFileSync(file, 'utf8')) as { claims?: { id: string }[] }).claims ?? []).map(
    (c) => c.id,
  )
}

/** A seed claim's slug (its page's address), read from the data file. */
function seedClaimSlug(id: string): string {
  const file = fileURLToPath(new URL(`../data/stories/${SLUG}.json`, import.meta.url))
  const claims = (JSON.parse(readFileSync(file, 'utf8')) as { claims?: { id: string; slug: string }[] })
    .claims
  const claim = claims?.find((c) => c.id === id)
  expect(claim, `the seed's claim ${id}`).toBeTruthy()
  return claim!.slug
}

let values: Record<string, string> = {}

test.beforeAll(async ({ app }) => {
  // A review to open, as an editor starts one.
  const editor = await app.request('editor')
  const quote = 'We will not allow anyone to use the soil of Afghanistan against any country'
  const article = `Kabul, Monday. A spokesman said: “${quote}.” Nothing more was said.`
  const data = oneQuoteReview(article, quote)
  // A speaker with a record in the seed story: the draft shows a suggested camp.
  data.drafts[0]!.speaker = 'Jan Achakzai'
  const created = await editor.post(`/api/stories/${SLUG}/reviews`, { data })
  expect(created.status(), await created.text()).toBe(200)
  const { id } = (await created.json()) as { id: string }
  // An article coded twice, by the editor and the admin, both done: its comparison page.
  const admin = await app.request('admin')
  const twice = `Kabul, Tuesday. A spokesman said: “${quote}.” Nothing more was said.`
  const coding = await editor.post(`/api/stories/${SLUG}/reviews`, {
    data: { ...oneQuoteReview(twice, quote), coders: [app.accounts.editor.email, app.accounts.admin.email] },
  })
  expect(coding.status(), await coding.text()).toBe(200)
  const first = ((await coding.json()) as { id: string }).id
  const waiting = await (await admin.get('/')).text()
  const second = new RegExp(`/stories/${SLUG}/reviews/([0-9a-f-]{36})`).exec(waiting)![1]!
  for (const [who, reviewId, camp] of [
    [editor, first, 'taliban'],
    [admin, second, 'analysts'],
  ] as const) {
    const coded = await who.patch(`/api/reviews/${reviewId}/drafts/d1`, {
      data: {
        version: 1,
        perspective: camp,
        stance: { value: 'rejects', label: 'Denies it' },
        reviewed: true,
      },
    })
    expect(coded.status(), await coded.text()).toBe(200)
    const done = await who.post(`/api/reviews/${reviewId}/coded`)
    expect(done.status(), await done.text()).toBe(200)
  }
  const panel = await (await editor.get(`/stories/${SLUG}`)).text()
  const codingId = new RegExp(`/stories/${SLUG}/codings/([0-9a-f-]{36})`).exec(panel)?.[1]
  expect(codingId, 'a coding to settle, linked from the story page').toBeTruthy()
  // A speaker's page, as the speakers' index links to it.
  const index = await (await app.request(null)).get('/speakers')
  const speaker = /href="\/speakers\/([^"?#]+)"/.exec(await index.text())?.[1]
  expect(speaker, 'a speaker linked from /speakers').toBeTruthy()
  values = {
    '/stories/[slug]': SLUG,
    '/speakers/[slug]': speaker!,
    // A claim with stances in more than one camp and the seed's non-response, as /claims links to it.
    '/claims/[slug]': seedClaimSlug('taliban-commanders-assist-militants'),
    source: 'seed-article',
    claim: seedClaims()[1] ?? '',
    reviewId: id,
    codingId: codingId!,
  }
})

test('the pages are read from app/', () => {
  const found = routes()
  expect(found).toContain('/')
  expect(found).toContain('/stories/[slug]/reviews/[reviewId]')
  expect(found).toContain('/admin/users')
  expect(found.length).toBeGreaterThanOrEqual(14)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`every page at 390 px, ${scheme} mode: no sideways scroll, nothing cut off, 24 px targets, no axe violation`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    const report: Record<string, unknown> = {}
    for (const route of routes())
      for (const url of addresses(route, values)) {
        await visit(page, url)
        const problems = [
          ...(await layoutProblems(page)),
          ...(await smallTargets(page)),
          ...(await violations(page)).map((v) => `axe ${v.id}: ${v.nodes.join(', ')}`),
        ]
        if (problems.length > 0) report[url] = problems
      }
    expect(report).toEqual({})
  })
}

test('/sign-in at 390 px, signed out', async ({ browser, app }) => {
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: { width: WIDTH, height: 844 } })
  const page = await context.newPage()
  await visit(page, '/sign-in')
  expect([
    ...(await layoutProblems(page)),
    ...(await smallTargets(page)),
    ...(await violations(page)).map((v) => v.id),
  ]).toEqual([])
  await context.close()
})

test('/speakers with pages (the fixture server: more than 50 speakers) at 390 px, signed out', async ({
  browser,
}) => {
  // The fixture server (playwright.config.ts) serves the same build with the fixture stories.
  const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`
  const context = await browser.newContext({ baseURL, viewport: { width: WIDTH, height: 844 } })
  const page = await context.newPage()
  const report: Record<string, string[]> = {}
  for (const url of ['/speakers', '/speakers?page=2']) {
    await visit(page, url)
    // The pages' links are there to be checked.
    await expect(page.getByRole('navigation', { name: /Pages of speakers/ }).first()).toBeVisible()
    const problems = [
      ...(await layoutProblems(page)),
      ...(await smallTargets(page)),
      ...(await violations(page)).map((v) => `axe ${v.id}: ${v.nodes.join(', ')}`),
    ]
    if (problems.length > 0) report[url] = problems
  }
  expect(report).toEqual({})
  await context.close()
})
