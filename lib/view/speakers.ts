import { STANCES, type Stance } from '../story/codebook'
import { stancesOf } from './claim-rows'
import type { ClaimView } from './claims'
import { speakerSortKey } from './speaker-key'
import { speakerSlug } from './speaker-slug'
import { compareByDate } from './timeline'
import type { StatementRow } from './view-model'

/**
 * Speakers across stories. A speaker is the name statements give, folded into its
 * canonical name when an editor has merged variants (the alias table in the store):
 * `aliases` maps a variant, exactly as written, to the name it was merged into.
 */

export interface StoryRows {
  storyId: string
  storyTitle: string
  /** The story's claims, the main one first: stances are counted per claim, never across them. */
  claims: readonly ClaimView[]
  rows: readonly StatementRow[]
}

/** A speaker's stances on one claim: only stances measured against the same claim are added up. */
export interface ClaimTally {
  claimId: string
  wording: string
  /** The stories in which the speaker took these stances, by title. */
  stories: { storyId: string; title: string }[]
  counts: Record<Stance, number>
  total: number
}

export type Aliases = ReadonlyMap<string, string>

export interface SpeakerSummary {
  slug: string
  /** The canonical name. */
  name: string
  /** Every name its statements give, the canonical one first. */
  names: string[]
  total: number
  stories: { storyId: string; title: string; count: number }[]
  camps: { label: string; count: number }[]
  /** Stances by claim, in the order the speaker's statements first take them. */
  claims: ClaimTally[]
}

export const canonicalName = (name: string, aliases: Aliases): string => aliases.get(name) ?? name

export interface SpeakerStatement {
  storyId: string
  storyTitle: string
  row: StatementRow
}

/** A speaker's statements across stories in date order (undated last), found by slug. */
export function speakerStatements(
  stories: readonly StoryRows[],
  slug: string,
  aliases: Aliases,
): SpeakerStatement[] {
  const found: SpeakerStatement[] = []
  for (const story of stories)
    for (const row of story.rows)
      if (speakerSlug(canonicalName(row.speaker, aliases)) === slug)
        found.push({ storyId: story.storyId, storyTitle: story.storyTitle, row })
  return found.sort((a, b) => compareByDate(a.row, b.row) || a.storyId.localeCompare(b.storyId))
}

const words = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9\p{L}]+/u)
    .filter(Boolean)

/** The surname a person files under; null for bodies and one-word names. */
function surname(name: string): string | null {
  const key = speakerSortKey(name).split(/\s+/)
  const last = name.trim().split(/\s+/).at(-1)
  // speakerSortKey files a person under the surname first; a body keeps its own order.
  return key.length >= 2 && key[0] === last ? key[0]!.toLowerCase() : null
}

/** Whether every word of the shorter name stands, in order, in the longer one. */
function contained(a: string, b: string): boolean {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)]
  if (short.length === 0) return false
  let at = 0
  for (const word of long) if (word === short[at]) at++
  return at === short.length
}

/**
 * Names that may be the same person, for an editor to merge (never merged by this):
 * the same surname, or one name's words inside the other's ("Mujahid", "Spokesman
 * Zabihullah Mujahid").
 */
export function likelyVariants(
  speaker: SpeakerSummary,
  everyone: readonly SpeakerSummary[],
): SpeakerSummary[] {
  const mine = surname(speaker.name)
  return everyone.filter((other) => {
    if (other.slug === speaker.slug) return false
    const theirs = surname(other.name)
    return (mine !== null && mine === theirs) || contained(speaker.name, other.name)
  })
}

/** Counts of a speaker's statements by stance, for a summary line. */
export const stanceLine = (stances: Record<Stance, number>): string =>
  STANCES.filter((s) => stances[s] > 0)
    .map((s) => `${stances[s]} ${s}`)
    .join(', ')

export interface ClaimStances extends ClaimTally {
  /** The speaker's statements that address the claim, each showing its stance on it, in date order. */
  rows: StatementRow[]
}

/**
 * A speaker's stances grouped by claim, for their page: each claim with its own counts and
 * the statements that address it, shown with their stance on it. Nothing is added across
 * claims: a main claim of one story and of another are two claims unless they are one.
 */
export function speakerStancesByClaim(
  items: readonly SpeakerStatement[],
  stories: readonly StoryRows[],
): ClaimStances[] {
  const claimsOf = new Map(stories.map((story) => [story.storyId, story.claims]))
  const groups = new Map<string, ClaimStances>()
  for (const { storyId, storyTitle, row } of items) {
    const claims = claimsOf.get(storyId) ?? []
    const mainId = claims[0]?.id ?? ''
    for (const stance of stancesOf(row, mainId)) {
      let group = groups.get(stance.claim)
      if (!group)
        groups.set(
          stance.claim,
          (group = {
            claimId: stance.claim,
            wording: claims.find((c) => c.id === stance.claim)?.wording ?? stance.claim,
            stories: [],
            counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 },
            total: 0,
            rows: [],
          }),
        )
      group.counts[stance.value] += 1
      group.total += 1
      if (!group.stories.some((s) => s.storyId === storyId))
        group.stories.push({ storyId, title: storyTitle })
      group.rows.push(
        stance.claim === mainId && row.main === undefined
          ? row
          : {
              ...row,
              stance: stance.value,
              stanceLabel: stance.label,
              main: row.main ?? { stance: row.stance, label: row.stanceLabel },
            },
      )
    }
  }
  return [...groups.values()]
}
