import { FINITE_CUE } from './cues'
import { coreEnd, type Paraphrase } from './frames'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { reportAfterVerb } from './verb-report'

/**
 * A report in a relative clause: "… met transport chief Omar Lind, who said the buses would
 * run", "… talks with a senior rail official who expressed interest in …". The clause after
 * "who" and a reporting verb is separable, and its speaker is the noun phrase before "who".
 * Read only where the sentence has no statement of its own.
 */

/** How far back from "who" the speaker's noun phrase may start, in words. */
const MAX_WORDS = 10

/** The longest phrase ending just before "who" that names a speaker: a name, a title or an office. */
function speakerBefore(text: string): SpeakerPhrase | null {
  // Within its own clause: after the last comma ("After returning from India, X met …").
  const words = text
    .slice(text.lastIndexOf(',') + 1)
    .trim()
    .split(/\s+/)
    .slice(-MAX_WORDS)
  // "the man who said …": a person the article does not name or title is no speaker.
  if (/^(?:man|woman|men|women|boy|girl|people|person|one|someone|anyone|those)$/i.test(words.at(-1) ?? ''))
    return null
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(' ')
    // It opens as a name or a noun phrase does, not with a preposition or a verb.
    if (!/^(?:\p{Lu}|(?:the|a|an)\s)/u.test(phrase)) continue
    const parsed = parseSpeakerPhrase(phrase)
    if (parsed && parsed.kind !== 'pronoun' && parsed.kind !== 'joint') return parsed
  }
  return null
}

export function relativeReport(s: string): Omit<Paraphrase, 'intro'> | null {
  const who = /(?:,\s*|\s+)who\s+/g
  // A few relatives a sentence at most, so the work per sentence stays bounded.
  let tries = 0
  for (let m = who.exec(s); m && tries < 4; m = who.exec(s), tries++) {
    const after = m.index + m[0].length
    FINITE_CUE.lastIndex = after
    const verb = FINITE_CUE.exec(s)
    if (!verb || verb.index !== after) continue
    const speaker = speakerBefore(s.slice(Math.max(0, m.index - 200), m.index))
    if (!speaker) continue
    const report = reportAfterVerb(s, verb, coreEnd(s))
    if (report) return { speaker, secondhand: false, ...report }
  }
  return null
}
