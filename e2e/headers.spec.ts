import { openStory, rowAction } from './helpers'
import { expect, test } from '@playwright/test'
import { STORY_PATH } from './seed'

const EXPECTED_CSP = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
]

for (const path of ['/', STORY_PATH, '/stories/missing', '/_next/static/not-a-file.js']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    for (const directive of EXPECTED_CSP) expect(csp).toContain(directive)
    // No remote origin is allowed anywhere in the policy.
    expect(csp).not.toMatch(/https?:|\*/)
    expect(csp).not.toContain('unsafe-eval')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['permissions-policy']).toContain('camera=()')
    expect(headers['x-frame-options']).toBe('DENY')
  })
}

test('the story page works under its policy: no console errors or warnings while reading, sorting and exporting', async ({
  page,
}) => {
  // A CSP violation, a header the browser rejects or a failed load all show up here.
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  await openStory(page, STORY_PATH)
  await page
    .getByRole('button', { name: /^Speaker/ })
    .first()
    .click()
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (CSV)' }).click(),
  ])
  await rowAction(page.locator('#s-taliban-soil'), 'Show in source')
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(violations).toEqual([])
})
