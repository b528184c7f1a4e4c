import { normalizeForSearch, searchTerms } from './search'
import type { SpeakerStatement } from './speakers'

/**
 * The search of a speaker's statements, one rule for the page (a page of them, in the
 * browser) and the CSV of all of them (on the server): every term must occur in the
 * story's title, the speaker, their title, the words, the stance's label or the camp.
 */

export const speakerHaystack = ({ storyTitle, row }: SpeakerStatement) =>
  normalizeForSearch(
    [storyTitle, row.speaker, row.role ?? '', row.text, row.stanceLabel, row.perspectiveLabel].join('\n'),
  )

/** The statements the search `q` keeps, in their order; `haystacks` may be made once beforehand. */
export function searchSpeakerStatements<T extends SpeakerStatement>(
  items: readonly T[],
  q: string,
  haystacks: readonly string[] = items.map(speakerHaystack),
): readonly T[] {
  const terms = searchTerms(q)
  return terms.length === 0 ? items : items.filter((_, i) => terms.every((t) => haystacks[i]!.includes(t)))
}
