import { derived, getSpeakerAliases, getSpeakerCounts } from '@/lib/store/app-store'
import { speakerIndexOf } from '@/lib/view/speaker-counts'
import type { SpeakerSummary } from '@/lib/view/speakers'

/**
 * Everyone with a statement in any story, from the store's counts (no story read whole),
 * folded by the current merges; kept with the counts until a story or a merge changes.
 */
export async function loadSpeakerIndex(): Promise<{
  everyone: SpeakerSummary[]
  aliases: Map<string, string>
}> {
  const [counts, aliases] = await Promise.all([getSpeakerCounts(), getSpeakerAliases()])
  const merges = JSON.stringify([...aliases].sort())
  return { everyone: derived(counts, `speakers ${merges}`, (c) => speakerIndexOf(c, aliases)), aliases }
}
