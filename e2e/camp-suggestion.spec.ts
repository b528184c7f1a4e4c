import { violations } from './axe'
import { openAddArticle } from './helpers'
import { STORY_PATH } from './seed'
import { expect, test } from './writable'

/**
 * A camp suggested from the speaker's record, in review: the seed story places Jan
 * Achakzai's two statements with "Pakistani officials", so a new draft of his comes with
 * that camp suggested and marked as such; the editor confirms it, as every field, before
 * the draft may be marked reviewed. A Taliban minister with no record gets no camp, though
 * the officials' match words hold "Minister". Never a stance.
 */

test.use({ role: 'editor' })
// An app of its own: what this spec saves into the seed story would change the counts
// other specs on the same worker's app expect.
test.use({ appEnv: { SPEC: 'camp-suggestion' } })
test.describe.configure({ mode: 'serial', timeout: 240_000 })

const ARTICLE = [
  'ISLAMABAD — Caretaker Information Minister Jan Achakzai said: “Kabul must act against the TTP before the border reopens.”',
  'Taliban Foreign Minister Amir Khan Muttaqi said the border must reopen without conditions.',
].join('\n')

test('a camp suggested by the speaker’s record is marked as a suggestion, and counts once the editor confirms it', async ({
  page,
}) => {
  const articleText = await openAddArticle(page, STORY_PATH)
  await articleText.fill(ARTICLE)
  await page.getByRole('textbox', { name: /^Title/ }).fill('Achakzai: Kabul must act first')
  await page.getByRole('textbox', { name: /^Date/ }).fill('2023-12-18')
  await page.getByRole('button', { name: 'Draft the statements and start the review' }).click()
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/)

  const drafts = page.getByRole('region', { name: /^Drafted statements/ })
  const achakzai = drafts.getByRole('region', { name: /^Jan Achakzai/ })
  const muttaqi = drafts.getByRole('region', { name: /^Amir Khan Muttaqi/ })
  const campOf = (card: typeof achakzai) => card.getByRole('group', { name: /^Camp of / })

  // Suggested, on screen and by name, with where it comes from.
  const note = achakzai.getByRole('group', { name: /^Suggested camp of Jan Achakzai/ })
  await expect(note).toContainText(
    'Suggested camp: Pakistani officials, from the speaker’s record in this story: 2 reviewed statements, all in this camp.',
  )
  await expect(
    campOf(achakzai).getByRole('radio', { name: /^Pakistani officials \(suggested\)/ }),
  ).toBeChecked()
  // No record: no camp, whatever the match words say; and no stance for anyone.
  await expect(muttaqi.getByRole('group', { name: /^Suggested camp/ })).toHaveCount(0)
  await expect(campOf(muttaqi).getByRole('radio', { checked: true })).toHaveCount(0)
  for (const card of [achakzai, muttaqi])
    await expect(
      card.getByRole('group', { name: /^Stance of / }).getByRole('radio', { checked: true }),
    ).toHaveCount(0)
  expect(await violations(page)).toEqual([])

  // A stance given, the draft still lacks the editor's word on its camp.
  await achakzai
    .getByRole('group', { name: /^Stance of / })
    .getByRole('radio', { name: /^Rejects/ })
    .check()
  await expect(achakzai.getByRole('status')).toHaveText(/Saved\.$/)
  await achakzai.getByRole('textbox', { name: /^Stance label of / }).fill('Kabul must act first')
  await achakzai.getByRole('textbox', { name: /^Stance label of / }).press('Tab')
  await expect(achakzai.getByRole('status')).toHaveText(/Saved\.$/)
  await expect(achakzai).toContainText(
    'Still needed: a camp you have confirmed (the suggested one or another).',
  )
  await achakzai.getByRole('button', { name: /^Mark .* reviewed$/ }).click()
  await expect(achakzai.getByRole('alert')).toHaveText(
    'To mark it reviewed, give it a camp you have confirmed (the suggested one or another).',
  )
  await expect(achakzai).toContainText('Not reviewed yet')

  // Confirmed from the keyboard: the mark goes, the camp stays, and the draft may be reviewed.
  const confirm = note.getByRole('button', {
    name: 'Confirm Pakistani officials, the suggested camp of Jan Achakzai',
  })
  await confirm.focus()
  await page.keyboard.press('Enter')
  await expect(achakzai.getByRole('status')).toHaveText(/Saved\.$/)
  await expect(note).toHaveCount(0)
  await expect(
    campOf(achakzai).getByRole('radio', { name: /^Pakistani officials(?! \(suggested\))/ }),
  ).toBeChecked()
  await achakzai.getByRole('button', { name: /^Mark .* reviewed$/ }).click()
  await expect(achakzai.getByRole('status')).toHaveText('Marked reviewed. Saved.')

  // Saved so: a reload shows the confirmed camp, no suggestion.
  await page.reload()
  await expect(achakzai).toContainText('Reviewed')
  await expect(achakzai.getByRole('group', { name: /^Suggested camp/ })).toHaveCount(0)
  await expect(
    campOf(achakzai).getByRole('radio', { name: /^Pakistani officials(?! \(suggested\))/ }),
  ).toBeChecked()
  expect(await violations(page)).toEqual([])
})
