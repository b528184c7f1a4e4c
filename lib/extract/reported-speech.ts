import {
  FINITE_CUE,
  NEXT_CUE,
  OUTLET_TAILS,
  PARTICIPLE_CUE,
  TAKES_OBJECT,
  clauseWithoutThat,
  SPEECH_CUE,
  takesThat,
  hasAuxiliary,
  isOutlet,
  looksLikeClause,
  opensWithPreposition,
  settingLength,
} from './cues'
import { MASK, coreEnd, introLength, trimRange, type Paraphrase, type Range } from './frames'
import { leadingNounPhrase, parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { leadsReport } from './verb-led'

/**
 * Indirect speech: a reported clause with no quotation of its own, in the sentence shapes
 * of wire copy, on a sentence whose quotations are masked (see frames.ts).
 */

/** Cut outlet tails from the end: ", as reported by Pakistani media", ", Dawn reported". */
function cutOutletTails(s: string, end: number): { end: number; tails: string[] } {
  const tails: string[] = []
  for (let round = 0; round < 3; round++) {
    const core = s.slice(0, end)
    // "citing …" and "as reported by …" always name a go-between; "according to" only an outlet.
    const hit = OUTLET_TAILS.map((re) => re.exec(core)).find((m, i) => m && (i === 0 || isOutlet(m[0] ?? '')))
    if (!hit) break
    tails.unshift((hit[0] ?? '').replace(/^,?\s*/, ''))
    end = hit.index
  }
  return { end, tails }
}

const withTails = (attribution: string, tails: string[]) =>
  tails.length === 0 ? attribution : [attribution, ...tails].filter(Boolean).join(', ')

/** The speaker named after the content: "…, the military said on Sunday." */
function speakerTail(
  s: string,
  end: number,
): { speaker: SpeakerPhrase; cue: string; attribution: string; at: number } | null {
  let core = s.slice(0, end)
  // "…, officials said, as a ceasefire failed to hold": the last clause only sets the scene.
  const subordinate =
    /,\s+(?:as|while|after|when|before|amid|following|because|since|even\s+as|days?\s+after|hours?\s+after)\s+[^,]+$/i.exec(
      core,
    )
  if (subordinate) core = core.slice(0, subordinate.index)
  // Try the last comma, then the one before it, for "…, said Mujahid, the spokesman".
  let comma = core.lastIndexOf(',')
  for (let tries = 0; tries < 2 && comma > 0; tries++, comma = core.lastIndexOf(',', comma - 1)) {
    const tail = core.slice(comma + 1).trim()
    if (tail.includes(MASK)) return null
    const according = /^according\s+to\s+(.+)$/i.exec(tail)
    if (according) {
      const speaker = parseSpeakerPhrase(according[1] ?? '')
      return speaker ? { speaker, cue: 'according to', attribution: 'according to', at: comma } : null
    }
    const inverted = /^(said|says|added|told\s+\S+)\s+(.+)$/i.exec(tail)
    if (inverted) {
      const speaker = parseSpeakerPhrase(inverted[2] ?? '')
      if (speaker) return { speaker, cue: inverted[1] ?? '', attribution: inverted[1] ?? '', at: comma }
    }
    FINITE_CUE.lastIndex = 0
    const m = FINITE_CUE.exec(tail)
    if (m && m.index > 0) {
      const rest = tail.slice(m.index + (m[0] ?? '').length).trim()
      // After a tail's verb comes only its setting ("on Friday"), never a clause of its own.
      const settingOnly =
        rest === '' ||
        opensWithPreposition(rest) ||
        /^(?:this|last|late|earlier|yesterday|today)\b/i.test(rest) ||
        (TAKES_OBJECT.has((m[2] ?? '').toLowerCase()) &&
          /^(?:\p{Lu}|reporters|journalists|the\s+media)/u.test(rest))
      if (settingOnly && rest.split(/\s+/).length <= 8 && !/^(?:and|but)\s/i.test(tail)) {
        const speaker = parseSpeakerPhrase(tail.slice(0, m.index))
        if (speaker)
          return {
            speaker,
            cue: m[2] ?? '',
            attribution: tail.slice(m.index + (m[1] ?? '').length).trim(),
            at: comma,
          }
      }
    }
  }
  return null
}

/** A reported clause with no quotation of its own: the forms of indirect speech. */
export function paraphraseFrame(s: string): Paraphrase | null {
  const { end, tails } = cutOutletTails(s, coreEnd(s))
  const secondhand = tails.length > 0
  const intro = introLength(s)
  const introText = s.slice(0, intro)

  const tail = speakerTail(s, end)
  // "X stressed …, according to the Foreign Office": X spoke; the tail says how we know.
  if (tail?.cue === 'according to') {
    const spoken = finiteFrame(s, intro, tail.at)
    // A person named as speaking; a body's report "according to" an office is the office's.
    if (spoken?.speaker.kind === 'person')
      return {
        ...spoken,
        attribution: withTails(spoken.attribution, [s.slice(tail.at + 1, end).trim(), ...tails]),
        secondhand: secondhand || isOutlet(s.slice(tail.at, end)),
        intro: introText,
      }
  }
  if (tail) {
    const clause = trimRange(s, { start: intro > 0 && /^(?:But|And)\s/.test(s) ? intro : 0, end: tail.at })
    if (looksLikeClause(s.slice(clause.start, clause.end))) {
      return {
        speaker: tail.speaker,
        cue: tail.cue,
        attribution: withTails(tail.attribution, tails),
        secondhand,
        clause,
        intro: introText,
      }
    }
  }

  const according = /^according\s+to\s+([^,]+),\s*/i.exec(s.slice(intro, end))
  if (according) {
    const clause = trimRange(s, { start: intro + (according[0] ?? '').length, end })
    const speaker = parseSpeakerPhrase(according[1] ?? '')
    if (isOutlet(according[1] ?? '')) {
      const inner = paraphraseFrame(s.slice(0, end).replace(/^[^,]*,/, (m) => ' '.repeat(m.length)))
      if (inner)
        return {
          ...inner,
          attribution: withTails(inner.attribution, [(according[0] ?? '').replace(/,\s*$/, '')]),
          secondhand: true,
        }
    } else if (speaker && looksLikeClause(s.slice(clause.start, clause.end))) {
      return {
        speaker,
        cue: 'according to',
        attribution: withTails('according to', tails),
        secondhand,
        clause,
        intro: introText,
      }
    }
  }

  const finite = finiteFrame(s, intro, end)
  if (finite)
    return {
      ...finite,
      attribution: withTails(finite.attribution, tails),
      secondhand: secondhand || finite.secondhand,
      intro: introText,
    }

  const participle = participleFrame(s, intro, end)
  if (participle)
    return {
      ...participle,
      attribution: withTails(participle.attribution, tails),
      secondhand,
      intro: introText,
    }

  // "X raised concerns about Y, as reported by Pakistani media": the outlet is the cue.
  if (secondhand) {
    const np = leadingNounPhrase(s.slice(intro, end))
    const speaker = np ? parseSpeakerPhrase(np) : null
    if (speaker && speaker.kind !== 'description') {
      const predicate = trimRange(s, { start: intro + np.length, end })
      if (/^\p{Ll}/u.test(s.slice(predicate.start, predicate.end))) {
        return {
          speaker,
          cue: tails[0] ?? '',
          attribution: tails.join(', '),
          secondhand,
          clause: predicate,
          intro: introText,
        }
      }
    }
  }
  return null
}

/** A subject that opens with a title ("The adviser to …"), up to its first comma. */
function leadingTitle(subject: string): string | null {
  const first = subject.split(',')[0] ?? ''
  const phrase = /^the\s/i.test(first) ? parseSpeakerPhrase(first) : null
  return phrase?.kind === 'description' ? first : null
}

const MAX_CUES = 16
const MAX_SUBJECT = 240

function finiteFrame(s: string, from: number, end: number): Omit<Paraphrase, 'intro'> | null {
  const core = s.slice(0, end)
  FINITE_CUE.lastIndex = from
  let m: RegExpExecArray | null
  // A sentence has a few reporting verbs at most; a run of them is not worth reading on.
  let tries = 0
  while ((m = FINITE_CUE.exec(core)) && ++tries <= MAX_CUES) {
    // A subject is never longer than this; past it only a coordinated clause's can start.
    const whole = m.index - from <= MAX_SUBJECT
    let subject = core.slice(Math.max(from, m.index - MAX_SUBJECT), m.index)
    // "…, and local traders say …": the subject of a coordinated clause.
    // "… after Dushanbe demanded …": the subject of a subordinate clause.
    // "The adviser to the Ministry of X, and the Ministry of Y added": a title, however long.
    const titled = whole && !parseSpeakerPhrase(subject) ? leadingTitle(subject) : null
    if (titled) subject = titled
    const coordinated = titled
      ? null
      : (/(?:,\s*(?:and|but|while)|;)\s+([^,;]+)$/.exec(subject) ??
        // A subordinate subject may carry an aside: "after the FO, in a statement, denounced".
        /\s(?:after|before|when|while|since|because|although|though|whereas|until|as)\s+([^;]{1,200})$/.exec(
          subject,
        ))
    if (coordinated && (!whole || !parseSpeakerPhrase(subject))) subject = coordinated[1] ?? ''
    else if (!whole) continue
    if (subject.includes(MASK) || subject.trim().length === 0) continue
    // "the adviser's remarks", "the claims": the word is a noun here, not a verb.
    if (/(?:['’]s|\b(?:the|his|her|its|their|these|those|such|an?))\s*$/i.test(subject)) continue
    let speaker = parseSpeakerPhrase(subject)
    if (!speaker && /\b(?:and|but)\s*$/.test(subject)) {
      const np = leadingNounPhrase(subject)
      speaker = np ? parseSpeakerPhrase(np) : null
    }
    if (!speaker) continue
    const report = reportAfterVerb(s, m, end)
    if (report) return { speaker, secondhand: false, ...report }
  }
  return null
}

/**
 * What a reporting verb reports, given its match in the sentence: a "that" clause, a clause
 * without "that" ("said the bomber had …"), or the verb phrase itself ("denied reports of
 * …"). A second cue in the same sentence (", adding that …", "and said …") starts a
 * statement of its own, as the codebook says: one statement per cue.
 */
function reportAfterVerb(
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
  const found = takesThat(verb) ? /^((?:\s+(?!that\b)[^\s,]+|,){0,14}?)\s+that\s+/.exec(rest) : null
  // "said Iran had been told that …": that "that" opens another clause.
  const that = found && !hasAuxiliary(found[1] ?? '') ? found : null
  let clauseStart = -1
  if (that) clauseStart = afterVerb + (that[0] ?? '').length
  else if (clauseWithoutThat(verb)) {
    let skip = settingLength(rest)
    if (TAKES_OBJECT.has(verb))
      skip =
        /^\s+(?:reporters|journalists|the\s+media|media|parliament|lawmakers|the\s+house|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|the\s+[\p{L}\s]{1,30}?(?=\s+(?:the|a|an|it|he|she|they|its|his|her|their|\p{Lu})\b))/u.exec(
          rest,
        )?.[0].length ?? -1
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
    const { clause, followOn } = splitAtNextCue(s, verbStart, end, depth)
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
  /(?:,?\s+(?:amid|days\s+after|hours\s+after|weeks\s+after|months\s+after|shortly\s+after|soon\s+after|a\s+day\s+after)\s|,\s+(?:as|while|whilst|when|after|before)\s|\s+as\s+(?:the\s+)?\p{Ll}+\s+(?:\p{Ll}+s|is|are|was|were|has|have|had)\s)/u

function subordinateEnd(s: string, start: number, end: number): number {
  const m = SUBORDINATE.exec(s.slice(start, end))
  return m && m.index > 0 ? start + m.index : end
}

/** At most this many cues follow one another in a sentence; more is not prose. */
const MAX_FOLLOW_ON = 3

function splitAtNextCue(
  s: string,
  start: number,
  end: number,
  depth: number,
  inClause = false,
): { clause: Range; followOn?: Paraphrase['followOn'] } {
  end = subordinateEnd(s, start, end)
  if (depth >= MAX_FOLLOW_ON) return { clause: trimRange(s, { start, end }) }
  NEXT_CUE.lastIndex = start
  const next = NEXT_CUE.exec(s.slice(0, end))
  WITH_SPEAKER.lastIndex = start
  const withFirst = WITH_SPEAKER.exec(s.slice(0, end))
  // ", with spokesman X saying …" reads as a whole before its "saying" alone.
  // Inside a reported clause, "… Pakistan extended condolences and prayed for …" is the
  // clause's own verbs; only the speaker's next words (", adding …", "and said …") split it.
  const speech = !inClause || (next !== null && SPEECH_CUE.test(s.slice(next.index + next[0].length)))
  if (next && speech && next.index > start && !(withFirst && withFirst.index <= next.index)) {
    const cueStart = next.index + next[0].length
    const follow = followingReport(s, cueStart, end, depth + 1)
    if (follow) return { clause: trimRange(s, { start, end: next.index }), followOn: follow }
    // ", as he remarked, “…”": the second cue's content is a quotation, reported on its own.
    if (/^[\p{L}\s]*[,:]?[\s\u0001.,]*$/u.test(s.slice(cueStart, end)))
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

/** The report a second cue makes: "adding that talks were under way", "and urged calm". */
function followingReport(
  s: string,
  at: number,
  end: number,
  depth: number,
): Paraphrase['followOn'] | undefined {
  const core = s.slice(0, end)
  PARTICIPLE_CUE.lastIndex = at
  const p = PARTICIPLE_CUE.exec(core)
  if (p && p.index === at) {
    let clauseStart = p.index + (p[0] ?? '').length
    const that = /^\s+that\b/.exec(core.slice(clauseStart))
    if (that) clauseStart += (that[0] ?? '').length
    const clause = trimRange(s, { start: clauseStart, end })
    return looksLikeClause(s.slice(clause.start, clause.end))
      ? { cue: p[1] ?? '', attribution: p[1] ?? '', clause }
      : undefined
  }
  FINITE_CUE.lastIndex = at
  const f = FINITE_CUE.exec(core)
  if (!f || f.index !== at) return undefined
  return reportAfterVerb(s, f, end, depth) ?? undefined
}

function participleFrame(s: string, from: number, end: number): Omit<Paraphrase, 'intro'> | null {
  const core = s.slice(0, end)
  PARTICIPLE_CUE.lastIndex = from
  const m = PARTICIPLE_CUE.exec(core)
  if (!m) return null
  const before = core.slice(from, m.index)
  const withNp = /,\s*with\s+([^,]+?)\s*$/.exec(before)
  let speaker: SpeakerPhrase | null = null
  if (withNp) speaker = parseSpeakerPhrase(withNp[1] ?? '')
  else if (/,\s*$/.test(before)) {
    const np = leadingNounPhrase(before)
    speaker = np ? parseSpeakerPhrase(np) : null
  }
  if (!speaker) return null
  let clauseStart = m.index + (m[0] ?? '').length
  const that = /^\s+that\b/.exec(core.slice(clauseStart))
  if (that) clauseStart += (that[0] ?? '').length
  const clause = trimRange(s, { start: clauseStart, end })
  if (!looksLikeClause(s.slice(clause.start, clause.end))) return null
  return { speaker, cue: m[1] ?? '', attribution: m[1] ?? '', secondhand: false, clause }
}
