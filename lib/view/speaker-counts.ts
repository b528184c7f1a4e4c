import type { Stance } from '../story/codebook'
import { stancesOf } from './claim-rows'
import { speakerSortKey } from './speaker-key'
import { speakerSlug } from './speaker-slug'
import { canonicalName, type Aliases, type ClaimTally, type SpeakerSummary, type StoryRows } from './speakers'

/**
 * The speaker index from counts: by story and camp, and by claim and stance. The store
 * gives the counts by SQL aggregates (lib/store/speaker-counts); whole stories' rows give
 * the same (speakerCounts), for tests and for a caller that holds the rows already.
 */

/** Statements of one speaker name in one camp of one story. */
export interface SpeakerCampCount {
  storyId: string
  speaker: string
  perspectiveLabel: string
  count: number
}

/** Stances one speaker name takes on one claim in one story, of one value. */
export interface SpeakerStanceCount {
  storyId: string
  speaker: string
  claimId: string
  stance: Stance
  count: number
}

/**
 * What the speaker index is made of. Camps come in the order each first appears (stories
 * in the store's order, then story order); stances likewise, a statement's main claim
 * before its further claims. The store counts them by SQL aggregates
 * (lib/store/speaker-counts), without reading a story whole.
 */
export interface SpeakerCounts {
  titles: ReadonlyMap<string, string>
  wordings: ReadonlyMap<string, string>
  camps: readonly SpeakerCampCount[]
  stances: readonly SpeakerStanceCount[]
}

/** The counts from whole stories' rows (tests, and any caller holding the rows already). */
export function speakerCounts(stories: readonly StoryRows[]): SpeakerCounts {
  const titles = new Map<string, string>()
  const wordings = new Map<string, string>()
  const camps = new Map<string, SpeakerCampCount>()
  const stances = new Map<string, SpeakerStanceCount>()
  for (const story of stories) {
    titles.set(story.storyId, story.storyTitle)
    for (const claim of story.claims) wordings.set(claim.id, claim.wording)
    const mainId = story.claims[0]?.id ?? ''
    for (const row of story.rows) {
      const key = `${story.storyId}\u0000${row.speaker}\u0000${row.perspectiveId}`
      const camp = camps.get(key)
      if (camp) camp.count += 1
      else
        camps.set(key, {
          storyId: story.storyId,
          speaker: row.speaker,
          perspectiveLabel: row.perspectiveLabel,
          count: 1,
        })
      for (const stance of stancesOf(row, mainId)) {
        const at = `${story.storyId}\u0000${row.speaker}\u0000${stance.claim}\u0000${stance.value}`
        const tally = stances.get(at)
        if (tally) tally.count += 1
        else
          stances.set(at, {
            storyId: story.storyId,
            speaker: row.speaker,
            claimId: stance.claim,
            stance: stance.value,
            count: 1,
          })
      }
    }
  }
  return { titles, wordings, camps: [...camps.values()], stances: [...stances.values()] }
}

/** Everyone with a statement in any story, filed by surname (lib/view/speaker-key). */
export function speakerIndex(stories: readonly StoryRows[], aliases: Aliases): SpeakerSummary[] {
  return speakerIndexOf(speakerCounts(stories), aliases)
}

/**
 * Everyone in the counts, each name folded into its canonical one, filed by surname.
 * Names, stories, camps and claims are listed in the order they first appear in the
 * counts; stances are added up only within one claim.
 */
export function speakerIndexOf(counts: SpeakerCounts, aliases: Aliases): SpeakerSummary[] {
  const bySlug = new Map<string, SpeakerSummary>()
  // Where each speaker's story, camp and claim entries are, so a count finds its own at once.
  const places = new Map<
    SpeakerSummary,
    { stories: Map<string, number>; camps: Map<string, number>; claims: Map<string, ClaimTally> }
  >()
  const slugs = new Map<string, string>()
  const slugOf = (name: string) => {
    let slug = slugs.get(name)
    if (slug === undefined) slugs.set(name, (slug = speakerSlug(name)))
    return slug
  }
  for (const count of counts.camps) {
    const name = canonicalName(count.speaker, aliases)
    const slug = slugOf(name)
    let speaker = bySlug.get(slug)
    if (!speaker) {
      speaker = { slug, name, names: [name], total: 0, stories: [], camps: [], claims: [] }
      bySlug.set(slug, speaker)
      places.set(speaker, { stories: new Map(), camps: new Map(), claims: new Map() })
    }
    const at = places.get(speaker)!
    if (!speaker.names.includes(count.speaker)) speaker.names.push(count.speaker)
    speaker.total += count.count
    const inStory = at.stories.get(count.storyId)
    if (inStory !== undefined) speaker.stories[inStory]!.count += count.count
    else {
      at.stories.set(count.storyId, speaker.stories.length)
      speaker.stories.push({
        storyId: count.storyId,
        title: counts.titles.get(count.storyId) ?? count.storyId,
        count: count.count,
      })
    }
    const camp = at.camps.get(count.perspectiveLabel)
    if (camp !== undefined) speaker.camps[camp]!.count += count.count
    else {
      at.camps.set(count.perspectiveLabel, speaker.camps.length)
      speaker.camps.push({ label: count.perspectiveLabel, count: count.count })
    }
  }
  for (const count of counts.stances) {
    const speaker = bySlug.get(slugOf(canonicalName(count.speaker, aliases)))
    if (!speaker) continue
    const claims = places.get(speaker)!.claims
    let tally = claims.get(count.claimId)
    if (!tally) {
      tally = {
        claimId: count.claimId,
        wording: counts.wordings.get(count.claimId) ?? count.claimId,
        stories: [],
        counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 },
        total: 0,
      }
      claims.set(count.claimId, tally)
      speaker.claims.push(tally)
    }
    tally.counts[count.stance] += count.count
    tally.total += count.count
    if (!tally.stories.some((s) => s.storyId === count.storyId))
      tally.stories.push({ storyId: count.storyId, title: counts.titles.get(count.storyId) ?? count.storyId })
  }
  const keyed = [...bySlug.values()].map((speaker) => ({
    speaker,
    key: speakerSortKey(speaker.name).toLowerCase(),
  }))
  keyed.sort(
    (a, b) =>
      a.key.localeCompare(b.key, 'en', { sensitivity: 'base' }) ||
      a.speaker.slug.localeCompare(b.speaker.slug),
  )
  return keyed.map(({ speaker }) => speaker)
}

/** How many speakers a page of the speakers' list shows. */
export const SPEAKERS_PER_PAGE = 50

/**
 * The `n` entries with the highest `weight` (a speaker's stories by statements, claims by
 * stances), ties kept in their order: what a row of the speakers' list shows of each.
 */
export function topOf<T>(items: readonly T[], n: number, weight: (item: T) => number): T[] {
  return items
    .map((item, at) => ({ item, at, w: weight(item) }))
    .sort((a, b) => b.w - a.w || a.at - b.at)
    .slice(0, n)
    .map(({ item }) => item)
}
