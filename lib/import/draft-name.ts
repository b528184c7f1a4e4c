import type { ReviewDraft } from './review-draft'

/**
 * A statement of fewer than two words ("o", from a slip of the mouse) is most likely a
 * wrong selection: marking it reviewed asks first.
 */
export function tooShortToTrust(text: string): boolean {
  return words(text).length < 2
}

/** Words a card's name starts with; more only where two drafts would share a name. */
const FIRST_WORDS = 3
const MOST_WORDS = 12

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean)
}

function nameWith(draft: Pick<ReviewDraft, 'speaker' | 'text'>, count: number): string {
  const all = words(draft.text)
  const shown = all.slice(0, count).join(' ')
  const quote = `“${shown}${all.length > count ? '…' : ''}”`
  const speaker = draft.speaker.name.trim()
  return `${speaker === '' ? 'No speaker yet' : speaker}: ${quote}`
}

/**
 * Each draft card's name, for its heading and its buttons: the speaker and the statement's
 * first words ("Zabihullah Mujahid: “Daesh has been…”"), so a card keeps its name when
 * others are added or removed. Drafts that would share a name show more words; if even
 * those agree, the place in the article tells them apart.
 */
export function draftNames(
  drafts: readonly Pick<ReviewDraft, 'id' | 'speaker' | 'text' | 'start'>[],
): Map<string, string> {
  const names = new Map<string, string>()
  let left = [...drafts]
  for (let count = FIRST_WORDS; left.length > 0; count++) {
    const tried = new Map(left.map((d) => [d.id, nameWith(d, count)]))
    const seen = new Map<string, number>()
    for (const name of tried.values()) seen.set(name, (seen.get(name) ?? 0) + 1)
    const clashing = left.filter((d) => seen.get(tried.get(d.id)!)! > 1)
    for (const d of left) if (seen.get(tried.get(d.id)!) === 1) names.set(d.id, tried.get(d.id)!)
    if (count >= MOST_WORDS) {
      for (const d of clashing) names.set(d.id, `${tried.get(d.id)!} (at character ${d.start + 1})`)
      break
    }
    left = clashing
  }
  return names
}
