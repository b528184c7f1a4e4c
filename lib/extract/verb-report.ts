import {
  FINITE_CUE,
  NEXT_CUE,
  PARTICIPLE_CUE,
  SPEECH_CUE,
  TAKES_OBJECT,
  clauseWithoutThat,
  hasAuxiliary,
  looksLikeClause,
  opensWithPreposition,
  settingLength,
  takesThat,
  reportsOnlyThat,
  thatAfterParticiple,
} from './cues'
import { coreEnd, trimRange, type FollowOn, type Paraphrase, type Range } from './frames'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { THAT_RIGHT_AFTER } from './reporting-verbs'
import { leadsReport } from './verb-led'

/**
 * What a reporting verb reports, once its speaker is known: a "that" clause, a clause
 * without "that", or the verb phrase itself (verb-led), and where the statement stops
 * (a scene-setting clause, the speaker's next cue, another speaker's "with X saying").
 */

/**
 * What a reporting verb reports, given its match in the sentence: a "that" clause, a clause
 * without "that" ("said the bomber had …"), or the verb phrase itself ("denied reports of
 * …"). A second cue in the same sentence (", adding that …", "and said …") starts a
 * statement of its own, as the codebook says: one statement per cue.
 */
export function reportAfterVerb(
  s: string,
  m: RegExpExecArray,
  end: number,
  depth = 0,
): Pick<Paraphrase, 'cue' | 'attribution' | 'clause' | 'followOn'> | null {
  const verb = (m[2] ?? '').toLowerCase()
  const verbStart = m.index + (m[1] ?? '').length
  const afterVerb = m.index + (m[0] ?? '').length
  const core = s.slice(0, end)
  const rest = core.slice(afterVerb)
  const found = !takesThat(verb)
    ? null
    : THAT_RIGHT_AFTER.includes(verb)
      ? /^()\s+that\s+/.exec(rest)
      : /^((?:\s+(?!that\b)[^\s,]+|,){0,14}?)\s+that\s+/.exec(rest)
  // "said Iran had been told that …": that "that" opens another clause; so does "said the
  // talks failed, adding that …", whose "that" is the next cue's.
  // "confirmed these efforts during a briefing that highlighted …": a "that" after a noun and
  // before a verb is a relative pronoun, not the start of what was said.
  const relative =
    found?.[1] &&
    /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\b/u.test(
      rest.slice(found[0].length),
    )
  // "said the board believed that …": a reporting verb before the "that" owns it.
  const that =
    found &&
    !relative &&
    !hasAuxiliary(found[1] ?? '') &&
    !hasCue(found[1] ?? '') &&
    !ownsThat(found[1] ?? '')
      ? found
      : null
  let clauseStart = -1
  if (that) clauseStart = afterVerb + (that[0] ?? '').length
  // "has claimed credit for plotting …": the fixed phrase leads the report, whatever follows.
  else if (clauseWithoutThat(verb) && !CLAIMED_CREDIT.test(rest)) {
    let skip = settingLength(rest)
    if (TAKES_OBJECT.has(verb)) {
      skip =
        /^\s+(?:reporters|journalists|the\s+media|media|parliament|lawmakers|the\s+house|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|the\s+[\p{L}\s]{1,30}?(?=\s+(?:the|a|an|it|he|she|they|its|his|her|their|\p{Lu})\b))/u.exec(
          rest,
        )?.[0].length ?? -1
      // "told Parliament on Thursday the issue would …": a setting after the person told too.
      if (skip >= 0) skip += settingLength(rest.slice(skip))
    }
    if (skip >= 0) clauseStart = afterVerb + skip
  }
  if (clauseStart >= 0) {
    const { clause, followOn } = splitAtNextCue(s, clauseStart, end, depth, true)
    const clauseText = s.slice(clause.start, clause.end)
    // "told Kabul to act": an infinitive is no clause; the verb leads the report instead.
    // `replied, for now, the plan is …`: a phrase set off by commas is the clause's own.
    const setOff = /^\s*,/.test(s.slice(afterVerb, clauseStart + 1))
    if (
      looksLikeClause(clauseText) &&
      !/^to\s/i.test(clauseText) &&
      (that || setOff || !opensWithPreposition(clauseText))
    ) {
      const attribution = s
        .slice(verbStart, that ? afterVerb + (that[1] ?? '').length : clauseStart)
        .replace(/[\s,]+$/, '')
        .trim()
      return { cue: m[2] ?? '', attribution, clause, followOn }
    }
  }
  if (!that && leadsReport(verb, rest)) {
    // A verb phrase ends at a semicolon: what follows is a clause of its own ("emphasized the
    // withdrawal of …; however he did not specify …"), not more of the phrase.
    const semicolon = core.indexOf(';', afterVerb)
    const { clause, followOn } = splitAtNextCue(s, verbStart, semicolon < 0 ? end : semicolon, depth)
    if (clause.end - clause.start > verb.length + 2)
      return { cue: m[2] ?? '', attribution: m[2] ?? '', clause, followOn }
  }
  return null
}

/**
 * A statement ends where a clause that only sets the scene begins: "… more time to leave
 * as pressure mounts at border posts", "… ministers days after the group announced …".
 */
const SUBORDINATE =
  /(?:\s+(?:while|whilst|whereas)\s+(?:the|a|an|its|his|her|their|\p{Lu}\p{L}*)\s|,?\s+(?:amid|days\s+after|hours\s+after|weeks\s+after|months\s+after|shortly\s+after|soon\s+after|a\s+day\s+after)\s|,\s+(?:as|while|whilst|when|after|before)\s)/u
/**
 * Inside a reported clause ", as Iran believes …" is the speaker's reason, part of what
 * was said; the other scene-setting clauses end it all the same.
 */
const SUBORDINATE_IN_CLAUSE =
  /(?:,?\s+(?:amid|days\s+after|hours\s+after|weeks\s+after|months\s+after|shortly\s+after|soon\s+after|a\s+day\s+after)\s|,\s+(?:while|whilst|when|after|before)\s)/u
/** After a verb phrase (not inside a reported clause, where "as" may be the speaker's reason). */
const AS_CLAUSE = /\s+as\s+(?:the\s+)?\p{Ll}+\s+(?:\p{Ll}+s|is|are|was|were|has|have|had)\s/u

function subordinateEnd(s: string, start: number, end: number, inClause: boolean): number {
  const text = s.slice(start, end)
  const m =
    (inClause ? SUBORDINATE_IN_CLAUSE : SUBORDINATE).exec(text) ?? (inClause ? null : AS_CLAUSE.exec(text))
  return m && m.index > 0 ? start + m.index : end
}

/** "claimed responsibility", "claimed credit": a verb-led report, never a clause's cue. */
const CLAIMED_CREDIT = /^\s+(?:\p{Ll}+\s+)?(?:responsibility|credit)\s+for\b/u

/** At most this many cues follow one another in a sentence; more is not prose. */
const MAX_FOLLOW_ON = 3

function splitAtNextCue(
  s: string,
  start: number,
  end: number,
  depth: number,
  inClause = false,
): { clause: Range; followOn?: Paraphrase['followOn'] } {
  end = subordinateEnd(s, start, end, inClause)
  if (depth >= MAX_FOLLOW_ON) return { clause: trimRange(s, { start, end }) }
  NEXT_CUE.lastIndex = start
  const next = NEXT_CUE.exec(s.slice(0, end))
  WITH_SPEAKER.lastIndex = start
  const withFirst = WITH_SPEAKER.exec(s.slice(0, end))
  // ", with spokesman X saying …" reads as a whole before its "saying" alone.
  // Inside a reported clause, "… Pakistan extended condolences and prayed for …" is the
  // clause's own verbs; only the speaker's next words (", adding …", "and said …") split it.
  const speech = !inClause || (next !== null && SPEECH_CUE.test(s.slice(next.index + next[0].length)))
  if (
    next &&
    speech &&
    next.index > start &&
    !(withFirst && withFirst.index <= next.index) &&
    !gerundItem(s, next, end)
  ) {
    const cueStart = next.index + next[0].length
    const follow = followingReport(s, cueStart, end, depth + 1)
    // "condemned the attack and urged calm", "expressed concern and asked Kabul to act": a
    // verb phrase joined by "and" to another is one statement. A clause ("and said that …")
    // or a participle (", calling for …") is a statement of its own.
    const joined = !inClause && /^\s+and\s+(?:(?:has|have|had)\s+)?$/.test(next[0])
    // "… and noted fruitful agreements, including …": with no "that", a clause whose words
    // before the first comma hold no verb is the verb's object.
    const objectOnly =
      follow &&
      !/\bthat\s*$/.test(s.slice(cueStart, follow.clause.start)) &&
      !looksLikeClause(s.slice(follow.clause.start, follow.clause.end).replace(/,\s.*$/s, ''))
    const verbLed = follow && (s.startsWith(follow.cue, follow.clause.start) || objectOnly)
    if (follow && joined && verbLed)
      return { clause: trimRange(s, { start, end: follow.clause.end }), followOn: follow.followOn }
    if (follow) return { clause: trimRange(s, { start, end: next.index }), followOn: follow }
    // ", as he remarked, “…”": the second cue's content is a quotation, reported on its own.
    // A cue of a few words only ("remarked", "told reporters"); not a participle that reports
    // only a clause (", indicating a shift"), nor a verb of another sense (", held captive by …").
    if (
      /^(?:\p{L}+\s*){1,3}[,:]?[\s\u0001.,]*$/u.test(s.slice(cueStart, end)) &&
      !reportsOnlyThat(s.slice(cueStart))
    )
      return { clause: trimRange(s, { start, end: next.index }) }
  }
  // "The Taliban rejected the claims, with spokesman X saying …": X's statement follows.
  WITH_SPEAKER.lastIndex = start
  const withSpeaker = WITH_SPEAKER.exec(s.slice(0, end))
  if (withSpeaker) {
    const speaker = parseSpeakerPhrase(withSpeaker[1] ?? '')
    const follow = speaker && followingReport(s, withSpeaker.index + withSpeaker[0].length, end, depth + 1)
    if (follow)
      return { clause: trimRange(s, { start, end: withSpeaker.index }), followOn: { ...follow, speaker } }
  }
  return { clause: trimRange(s, { start, end }) }
}

const WITH_SPEAKER = new RegExp(`,\\s*with\\s+([^,;]{2,120}?)\\s+(?=${PARTICIPLE_CUE.source})`, 'g')

/** "… sharp words over the remarks with the foreign office terming them …", no comma needed. */
const WITH_ABSOLUTE = new RegExp(
  `\\swith\\s+((?:the\\s+)?\\p{Lu}[^,;\u0001]{1,100}?)\\s+(?=${PARTICIPLE_CUE.source})`,
  'gu',
)

/**
 * A sentence that reports no one but holds "with X terming/saying …": X's statement, by
 * the participle, as after a cue. Null when X is no speaker or the participle reports nothing.
 */
export function withAbsoluteReport(s: string): (FollowOn & { speaker: SpeakerPhrase }) | null {
  WITH_ABSOLUTE.lastIndex = 0
  const m = WITH_ABSOLUTE.exec(s)
  if (!m) return null
  const speaker = parseSpeakerPhrase(m[1] ?? '')
  const follow = speaker && followingReport(s, m.index + m[0].length, coreEnd(s), 1)
  return speaker && follow ? { ...follow, speaker } : null
}

/** The report a second cue makes: "adding that talks were under way", "and urged calm". */
export function followingReport(
  s: string,
  at: number,
  end: number,
  depth: number,
): Paraphrase['followOn'] | undefined {
  const core = s.slice(0, end)
  PARTICIPLE_CUE.lastIndex = at
  const p = PARTICIPLE_CUE.exec(core)
  if (p && p.index === at) {
    const cue = p[1] ?? ''
    const that = thatAfterParticiple(cue, core.slice(p.index + (p[0] ?? '').length))
    if (that < 0) return undefined
    const clauseStart = p.index + (p[0] ?? '').length + that
    const clause = trimRange(s, { start: clauseStart, end })
    const text = s.slice(clause.start, clause.end)
    // ", calling for people to be given time": no clause follows, so the participle leads it.
    const verbLed = that === 0 && (/^(?:to|for|on|of|against)\s/i.test(text) || !looksLikeClause(text))
    // ", saying …, and calling for …": the speaker's next cue is a statement of its own.
    if (verbLed && text.length > 0)
      return { cue, attribution: cue, ...splitAtNextCue(s, at, end, depth, true) }
    return looksLikeClause(text)
      ? { cue, attribution: cue, ...splitAtNextCue(s, clauseStart, end, depth, true) }
      : undefined
  }
  FINITE_CUE.lastIndex = at
  const f = FINITE_CUE.exec(core)
  if (!f || f.index !== at) return undefined
  return reportAfterVerb(s, f, end, depth) ?? undefined
}

/** Whether a stretch of words holds the speaker's next cue: ", adding", "and warned", "calling". */
/**
 * A reporting verb with a subject of its own among the words before a "that" ("the board
 * believed"); not a participle after a noun ("in a statement posted on Facebook").
 */
function ownsThat(words: string): boolean {
  FINITE_CUE.lastIndex = 0
  for (let m = FINITE_CUE.exec(words); m; m = FINITE_CUE.exec(words))
    if (takesThat(m[2] ?? '') && parseSpeakerPhrase(words.slice(0, m.index).replace(/^[\s,]+/, '')))
      return true
  return false
}

function hasCue(words: string): boolean {
  NEXT_CUE.lastIndex = 0
  PARTICIPLE_CUE.lastIndex = 0
  return NEXT_CUE.test(words) || PARTICIPLE_CUE.test(words)
}

/**
 * A cue with no subject of its own at the start of `s` (", adding that …", "and added that
 * …", "but warned of …"): the report of whoever spoke just before, or undefined.
 */
export function speakerlessCue(s: string): FollowOn | undefined {
  NEXT_CUE.lastIndex = 0
  const m = NEXT_CUE.exec(s)
  return m?.index === 0 ? followingReport(s, m[0].length, coreEnd(s), 1) : undefined
}

/**
 * "discussed preparations for holding the election, maintaining law and order, controlling
 * drug peddling, …": a participle that is one item of a list of "-ing" phrases (the next
 * item, after a comma, opens with an "-ing" word that reports nothing) is the object's, not
 * the speaker's next cue.
 */
function gerundItem(s: string, next: RegExpExecArray, end: number): boolean {
  if (!next[0].trimStart().startsWith(',')) return false
  const item = /^\s*\p{Ll}+ing\s[^,\u0001]*,\s*(\p{Ll}+ing)\s/u.exec(
    s.slice(next.index + next[0].length, end),
  )
  return item !== null && !SPEECH_CUE.test(item[1]!)
}
