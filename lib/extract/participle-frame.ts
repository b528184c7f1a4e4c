import { PARTICIPLE_WORDS } from './cues'
import { leadingNounPhrase } from './noun-phrase'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker'

/**
 * A participle as a quotation's cue (`X commended the forces, saying: “…”`, `…, saying
 * “…”`, `…, saying that “…”`), its speaker the sentence's subject. Beside frames.ts, which
 * reads the other frames before a quotation.
 */

/** `He accused X of Y, stating, "…"`: a participle cue, the speaker the sentence's subject. */
const PARTICIPLE_LAST = new RegExp(`,\\s*(${PARTICIPLE_WORDS})$`)
/** The same with no mark of its own before the quotation: `…, saying “…”`, `…, saying that “…”`. */
const PARTICIPLE_BARE = new RegExp(`,\\s*(${PARTICIPLE_WORDS})(?:\\s+that)?\\s*$`)

/**
 * `bare`: no colon or comma before the quotation, so it is the participle's whole clause
 * only when it ends the sentence or its clause (`saying “…”` as against `saying “some”
 * roads were closed`), as with a finite verb.
 */
/** Right after an earlier quotation, whose comma is inside its marks: `as “grim,” noting that “…”`. */
const PARTICIPLE_ALONE = new RegExp(`^\\s*(${PARTICIPLE_WORDS})(?:\\s+that)?\\s*$`)

/** A Frame (frames.ts) with no participle or follow-on of its own. */
export interface ParticipleFrame {
  speaker: SpeakerPhrase
  cue: string
  attribution: string
  secondhand: boolean
  bare: boolean
}

export function participleLead(
  s: string,
  bare: boolean,
  afterQuote: boolean,
  sentenceSubject: () => string,
): ParticipleFrame | null {
  // Only the last words can be the cue: the regex need not walk the whole frame.
  const alone = afterQuote && bare ? PARTICIPLE_ALONE.exec(s) : null
  const m = alone ?? (bare ? PARTICIPLE_BARE : PARTICIPLE_LAST).exec(s.slice(-45))
  if (!m) return null
  const np = alone ? sentenceSubject() : leadingNounPhrase(s)
  const speaker = np ? parseSpeakerPhrase(np) : null
  return speaker && { speaker, cue: m[1] ?? '', attribution: m[1] ?? '', secondhand: false, bare }
}
