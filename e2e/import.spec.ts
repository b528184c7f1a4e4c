import { expect, test } from '@playwright/test'

/**
 * /import now starts a story in the store, for editors only (the whole flow, signed in,
 * is in review.spec.ts). Signed out, the page sends you to sign in and back, and offers
 * no form that could write.
 */
test('a visitor who is not signed in is sent to sign in, then back to /import', async ({ page }) => {
  await page.goto('/import')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fimport$/)
  await expect(page.getByRole('button', { name: 'Start the story, then add its first article' })).toHaveCount(0)
})

test('"Add an article" on a story is for editors: a visitor is sent to sign in', async ({ page }) => {
  await page.goto('/stories/pakistan-afghanistan-militancy-2023/add')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories%2Fpakistan-afghanistan-militancy-2023%2Fadd$/)
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveCount(0)
})
