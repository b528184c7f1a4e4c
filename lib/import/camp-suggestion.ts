import { foldName } from '../extract/names'
import { GROUP_WORDS, ROLE_WORDS } from '../extract/lexicon'
import type { Perspective } from '../story/schema'

/**
 * A camp for a drafted statement, suggested from the speaker's record: the camps editors
 * placed this speaker's reviewed statements in. Only a suggestion, marked as one: the
 * editor confirms it as every other field. Never a stance. The camps' `match` words place
 * nothing (a Taliban minister's title holds the word "Minister" of another camp).
 *
 * - Reviewed statements of this story, all in one camp: that camp.
 * - Else reviewed statements of other stories, all in camps of one label, when a camp of
 *   this story has that label: that camp, naming the story it comes from.
 * - No record, a record in several camps, or a speaker who is no one in particular
 *   ("officials", "the minister", "he"): nothing.
 */

/** One reviewed statement of the speaker's record, as the store holds it. */
export interface RecordedStatement {
  /** The speaker's name as reviewed. */
  speaker: string
  storyId: string
  storyTitle: string
  /** The camp it was placed in, in its own story. */
  perspective: { id: string; label: string }
}

export interface CampSuggestion {
  /** The camp of this story suggested. */
  perspective: string
  /** Where the record comes from: this story, or the other story it names. */
  from: { storyId: string; storyTitle: string } | 'this story'
  /** How many reviewed statements of the speaker's were placed so. */
  statements: number
}

type Camp = Pick<Perspective, 'id' | 'label'>

/** Labels compare as words: case, apostrophes and white space folded. */
const labelKey = (label: string) => label.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()

/**
 * A speaker no record can place: a pronoun, a title or a group with no name in it
 * ("the minister", "Officials", "Local authorities"). Their statements in another place
 * are other people's.
 */
export function isParticularSpeaker(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (/^(?:the|a|an)$/i.test(words[0] ?? '')) words.shift()
  if (words.length === 0 || /^(?:he|she|they|it|we|i)$/i.test(words[0]!)) return false
  const bare = (w: string) =>
    w
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}-]/gu, '')
  // A capital after the first word ("Foreign Office", "Mohsin Naqvi") names someone.
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return true
  const head = bare(words.at(-1)!)
  return /^\p{Lu}/u.test(words[0]!) && !GROUP_WORDS.has(head) && !ROLE_WORDS.has(head)
}

/**
 * Suggestions for one story from the records of its drafts' speakers. Built once; each
 * lookup is a map read, so a review of many thousand drafts stays linear.
 */
export function campSuggester(
  story: { id: string; perspectives: readonly Camp[] },
  record: readonly RecordedStatement[],
): (speaker: string) => CampSuggestion | null {
  const bySpeaker = new Map<string, RecordedStatement[]>()
  for (const r of record) {
    if (!isParticularSpeaker(r.speaker)) continue
    const key = foldName(r.speaker)
    const list = bySpeaker.get(key) ?? []
    list.push(r)
    bySpeaker.set(key, list)
  }
  const ids = new Set(story.perspectives.map((p) => p.id))
  const byLabel = new Map(story.perspectives.map((p) => [labelKey(p.label), p.id]))
  const memo = new Map<string, CampSuggestion | null>()

  const suggest = (key: string): CampSuggestion | null => {
    const entries = bySpeaker.get(key) ?? []
    const here = entries.filter((e) => e.storyId === story.id && ids.has(e.perspective.id))
    if (here.length > 0) {
      const camps = new Set(here.map((e) => e.perspective.id))
      return camps.size === 1
        ? { perspective: here[0]!.perspective.id, from: 'this story', statements: here.length }
        : null
    }
    const elsewhere = entries.filter((e) => e.storyId !== story.id)
    const labels = new Set(elsewhere.map((e) => labelKey(e.perspective.label)))
    if (labels.size !== 1) return null
    const perspective = byLabel.get([...labels][0]!)
    if (perspective === undefined) return null
    // The story that holds most of the record is the one named.
    const perStory = new Map<string, RecordedStatement[]>()
    for (const e of elsewhere) {
      const list = perStory.get(e.storyId) ?? []
      list.push(e)
      perStory.set(e.storyId, list)
    }
    const [top] = [...perStory.values()].sort(
      (a, b) => b.length - a.length || a[0]!.storyId.localeCompare(b[0]!.storyId),
    )
    return {
      perspective,
      from: { storyId: top![0]!.storyId, storyTitle: top![0]!.storyTitle },
      statements: elsewhere.length,
    }
  }

  return (speaker) => {
    if (!isParticularSpeaker(speaker)) return null
    const key = foldName(speaker)
    if (!memo.has(key)) memo.set(key, suggest(key))
    return memo.get(key)!
  }
}
