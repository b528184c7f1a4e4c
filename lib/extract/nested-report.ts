import { FINITE_CUE, takesThat } from './cues'
import { MASK, type Paraphrase } from './frames'
import { parseSpeakerPhrase } from './speaker'
import { reportAfterVerb } from './verb-report'

/**
 * A report inside a report: "He said the UN Security Council has said that X", "The
 * minister said the TTP spokesman had stated that X". The codebook labels it once, with
 * the innermost speaker and clause; the outer speaker only relays it.
 */

/**
 * Verbs of saying, as both reports must have: "according to X, the government announced Y"
 * is X's account of an act, not a report inside a report.
 */
const SAID = /^(?:said|says|stated|told|claimed|claims|alleged|insisted|maintained|asserted)$/i

/** How far into the outer clause the inner speaker's verb may come. */
const MAX_INNER_SUBJECT = 120

/** "According to X, the commission concluded that …": X relays the commission's finding. */
const RELAYS = /^according\s+to$/i

/**
 * "It may be recalled that X has called upon …, he added": the outer speaker only reminds of
 * what X said or did, under any cue; X's report is labelled, a verb phrase too.
 */
const REMINDER =
  /^It\s+(?:(?:may|might|should|must|can)\s+be|is|was)\s+(?:recalled|noted|worth\s+(?:recalling|noting|mentioning)|to\s+be\s+noted)\s+that\s+/

export function innermostReport(s: string, outer: Paraphrase): Paraphrase {
  const { start, end } = outer.clause
  const reminder = REMINDER.exec(s.slice(start, end))?.[0]
  if (!reminder && !SAID.test(outer.cue) && !RELAYS.test(outer.cue)) return outer
  // "in 2004, the then-Pakistan president had said that …": a setting before the inner subject.
  const setting =
    reminder ??
    /^(?:(?:in|on|at|during|since|by|after|before)\s[^,]{1,40},\s+)?/i.exec(s.slice(start, end))![0]
  const from = start + setting.length
  FINITE_CUE.lastIndex = from
  const m = FINITE_CUE.exec(s.slice(0, end))
  if (!m || m.index - from > MAX_INNER_SUBJECT) return outer
  // Any reporting verb with a "that" clause reports ("the commission concluded after its
  // review that …"); without "that", only a verb of saying does ("announced compensation" is
  // an act).
  const said = SAID.test(m[2] ?? '')
  if (!said && !reminder && !takesThat(m[2] ?? '')) return outer
  const subject = s.slice(from, m.index)
  if (subject.includes(MASK)) return outer
  const speaker = parseSpeakerPhrase(subject)
  // A pronoun ("he said they had said") is too loose to name the inner speaker.
  if (!speaker || speaker.kind === 'pronoun') return outer
  const inner = reportAfterVerb(s, m, end, 1)
  const verbEnd = m.index + m[0].length
  // Only a clause the inner speaker reports (a verb phrase would be the outer's account of it).
  if (!inner || (inner.clause.start < verbEnd && !reminder)) return outer
  if (!said && !reminder && !/\bthat\s*$/.test(s.slice(verbEnd, inner.clause.start))) return outer
  return {
    ...outer,
    ...inner,
    speaker,
    followOn: inner.followOn ?? outer.followOn,
    relayedBy: { speaker: outer.speaker, cue: outer.cue, attribution: outer.attribution },
  }
}
