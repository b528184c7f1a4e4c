import { getSpeakerIndex, getSpeakerParts } from '@/lib/store/app-store'
import { claimViews } from '@/lib/view/claims'
import { speakerStatements } from '@/lib/view/speakers'
import { statementRows } from '@/lib/view/view-model'

/** Everyone with a statement in any story (lib/store/app-store: getSpeakerIndex). */
export const loadSpeakerIndex = getSpeakerIndex

/**
 * A speaker, by slug, with all of their statements in date order: only theirs are read,
 * with the claims, camps and sources they cite. For their page and their CSV alike.
 */
export async function loadSpeaker(slug: string) {
  const { everyone, aliases } = await loadSpeakerIndex()
  const speaker = everyone.find((s) => s.slug === slug)
  if (!speaker) return { aliases, everyone, speaker, rows: [], items: [] }
  const rows = (await getSpeakerParts(speaker.names)).map((part) => ({
    storyId: part.id,
    storyTitle: part.title,
    claims: claimViews(part),
    rows: statementRows(part),
  }))
  return { aliases, everyone, speaker, rows, items: speakerStatements(rows, speaker.slug, aliases) }
}
