import type { DraftStatement } from './draft-statement'
import { quoteParagraphs } from './quote-paragraphs'
import { findQuotes } from './quotes'
import { extractFromSentence, type Drafted, type SentenceState } from './sentence-statements'
import { splitSentences } from './sentences'
import { ANAPHORIC_HEAD, Speakers, type Entity } from './speakers'

export type { DraftStatement } from './draft-statement'

/**
 * Drafts statements from an article in plain text: who said what, in what role, quoted
 * or reported, and how the article knows. Pure and synchronous, so the command line and
 * the browser run the same code. It drafts for review; it never decides a stance.
 */

/** Linear in the text's length: every stage walks its part of the text a bounded number of times. */
export function extractStatements(text: string): DraftStatement[] {
  const speakers = new Speakers(text)
  const drafted: Drafted[] = []
  const state: SentenceState = { speakers, out: drafted, lastDirect: new Map() }
  quoteParagraphs(text).forEach((paragraph, index) => {
    const quotes = findQuotes(text, paragraph.start, paragraph.end)
    let q = 0
    for (const sentence of splitSentences(text, paragraph.start, paragraph.end, quotes)) {
      speakers.sentence++
      while (q < quotes.length && quotes[q]!.open < sentence.start) q++
      const first = q
      while (q < quotes.length && quotes[q]!.open < sentence.end) q++
      extractFromSentence(text, sentence, quotes.slice(first, q), index, state)
    }
  })
  resolveLaterIntroductions(speakers, drafted)
  return drafted
    .sort((a, b) => a.start - b.start)
    .map(({ entity, ...d }) => ({
      speaker: entity.name,
      role: d.role ?? entity.role,
      kind: d.kind,
      text: d.text,
      start: d.start,
      end: d.end,
      attribution: d.attribution,
      channel: d.channel,
      cue: d.cue,
      ...(d.uncertain ? { speakerUncertain: true as const } : {}),
    }))
}

/**
 * "…, the central bank governor said." before "Nandalal Weerasinghe, the Governor of the
 * Central Bank …, said …": a description nobody matched yet refers to the next person
 * introduced with that title.
 */
function resolveLaterIntroductions(speakers: Speakers, drafted: Drafted[]) {
  const resolved = new Map<Entity, Entity | undefined>()
  for (const d of drafted) {
    const description = d.entity
    if (!description.head || d.uncertain) continue
    if (!resolved.has(description)) {
      // By the head word first ("spokesman"), then every word, as when resolving on the spot.
      const byHead = speakers.withRoleWords([description.head], description.at)
      const fits =
        byHead.length > 1 ? speakers.withRoleWords(description.words ?? [], description.at) : byHead
      resolved.set(description, fits.length === 1 ? fits[0] : undefined)
    }
    const later = resolved.get(description)
    if (later) {
      d.entity = later
      d.role = later.role
    }
  }
  resolveToSolePerson(speakers, drafted)
}

/**
 * "Iran's Foreign Ministry spokesman said …", "Saeed Khatibzadeh said …", "… the spokesman
 * said": in an article that names one person only, and gives that person no title, a
 * definite title nobody else holds is that person, and the fullest such title is theirs.
 * An indefinite one ("a police officer") is someone else, and "the official", which any
 * office holder fits, is left to the rules that need the person just named.
 */
/** How far before a person's name a title may stand for them (a lead paragraph or two). */
const CATAPHORA = 400

function resolveToSolePerson(speakers: Speakers, drafted: Drafted[]) {
  const people = speakers.entities.filter((e) => e.kind === 'person' && !e.head)
  const sole = people.length === 1 ? people[0]! : null
  if (!sole || sole.role) return
  let title: string | null = null
  for (const d of drafted) {
    const description = d.entity
    if (!description.head || d.uncertain || /^an?\s/i.test(description.name)) continue
    // "the official" far from the name may be anyone; "the spokesman" names an office.
    if (ANAPHORIC_HEAD.test(description.head)) continue
    // Before the name, only just before it (the lead that the next paragraph names).
    if (description.at < sole.at - CATAPHORA) continue
    const written = description.name.replace(/^the\s+/i, '')
    if (!title || written.length > title.length) title = written
    d.entity = sole
    d.role = null
  }
  if (title) sole.role = title
}
