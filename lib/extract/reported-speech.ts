import { FINITE_CUE, PARTICIPLE_CUE, isOutlet, looksLikeClause, thatAfterParticiple } from './cues'
import { MASK, coreEnd, introLength, trimRange, type Paraphrase } from './frames'
import { leadingNounPhrase } from './noun-phrase'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { cutOutletTails, namedOutlet, speakerTail, withTails } from './speaker-tails'
import { innermostReport } from './nested-report'
import { leadsReport } from './verb-led'
import { followingReport, reportAfterVerb } from './verb-report'

/**
 * Indirect speech: a reported clause with no quotation of its own, in the sentence shapes
 * of wire copy, on a sentence whose quotations are masked (see frames.ts).
 */

/**
 * A reported clause with no quotation of its own: the forms of indirect speech, and of
 * a report inside it the innermost one.
 */
export function paraphraseFrame(s: string): Paraphrase | null {
  const outer = reportedClause(s)
  return outer && innermostReport(s, outer)
}

function reportedClause(s: string): Paraphrase | null {
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
        followOn: tail.next === undefined ? undefined : followingReport(s, tail.next, end, 1),
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
      const said = s.slice(predicate.start, predicate.end)
      // Only a speech act is the subject's: "60 people died, according to Reuters" is not theirs.
      if (/^\p{Ll}/u.test(said) && speechAct(said)) {
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
  return sourceAfterClause(s, intro, end) ?? outletAsSource(s, intro, end, tails)
}

/**
 * "… sanctuaries inside Afghanistan as confirmed by the UN Monitoring Team": read like
 * "according to", with no comma before it.
 */
function sourceAfterClause(s: string, intro: number, end: number): Paraphrase | null {
  const m = /\s+as\s+(confirmed|announced|stated|noted|documented|acknowledged)\s+by\s+([^,]+)$/i.exec(
    s.slice(intro, end),
  )
  const speaker = m ? parseSpeakerPhrase(m[2] ?? '') : null
  if (!m || !speaker) return null
  const clause = trimRange(s, { start: intro, end: intro + m.index })
  if (!looksLikeClause(s.slice(clause.start, clause.end))) return null
  const cue = `as ${m[1]!.toLowerCase()} by`
  return { speaker, cue, attribution: cue, secondhand: false, clause, intro: s.slice(0, intro) }
}

/**
 * "…, Express News reported." or "According to AFP, …" with nobody else speaking: the
 * news outlet is the source, as the codebook has agencies quoted as sources speak.
 */
function outletAsSource(s: string, intro: number, end: number, tails: string[]): Paraphrase | null {
  const according = /^according\s+to\s+([^,]+),\s*/i.exec(s.slice(intro, end))
  const tail = according ? according[0].replace(/,\s*$/, '') : tails.length === 1 ? tails[0]! : null
  const speaker = tail ? namedOutlet(tail) : null
  if (!tail || !speaker) return null
  const clause = trimRange(s, { start: intro + (according?.[0].length ?? 0), end })
  if (!looksLikeClause(s.slice(clause.start, clause.end))) return null
  return { speaker, cue: tail, attribution: tail, secondhand: false, clause, intro: s.slice(0, intro) }
}

/** A subject that opens with a title ("The adviser to …"), up to its first comma. */
function leadingTitle(subject: string): string | null {
  const first = subject.split(',')[0] ?? ''
  const phrase = /^the\s/i.test(first) ? parseSpeakerPhrase(first) : null
  if (phrase?.kind !== 'description') return null
  // "The Islamic Emirate’s spokesperson, Zabihullah Mujahid, in a statement, reacted … and
  // said": the title with the name set off after it.
  const np = leadingNounPhrase(subject)
  return parseSpeakerPhrase(np)?.kind === 'person' ? np : first
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

function participleFrame(s: string, from: number, end: number): Omit<Paraphrase, 'intro'> | null {
  const core = s.slice(0, end)
  PARTICIPLE_CUE.lastIndex = from
  const m = PARTICIPLE_CUE.exec(core)
  if (!m) return null
  const before = core.slice(from, m.index)
  const withNp = /,\s*with\s+([^,]+?)\s*$/.exec(before)
  let speaker: SpeakerPhrase | null = null
  if (withNp) speaker = parseSpeakerPhrase(withNp[1] ?? '')
  // "X made the remarks in Quetta adding that …": "adding" and "saying" need no comma.
  else if (/,\s*$/.test(before) || (/^(?:adding|saying)$/.test(m[1] ?? '') && /\s$/.test(before))) {
    const np = leadingNounPhrase(before)
    speaker = np ? parseSpeakerPhrase(np) : null
  }
  if (!speaker) return null
  const that = thatAfterParticiple(m[1] ?? '', core.slice(m.index + (m[0] ?? '').length))
  if (that < 0) return null
  const clause = trimRange(s, { start: m.index + (m[0] ?? '').length + that, end })
  if (!looksLikeClause(s.slice(clause.start, clause.end))) return null
  return { speaker, cue: m[1] ?? '', attribution: m[1] ?? '', secondhand: false, clause }
}

const HELD =
  /^(?:raised|voiced|expressed|(?:aim|seek|want|plan|hope|intend|wish|believe|expect|fear|consider)(?:s|ed)?|sought|thinks|thought)\s/

/** Whether a predicate opens with a reporting verb: "raised concerns …", "said …". */
function speechAct(predicate: string): boolean {
  const verb = /^(\p{Ll}+(?:\s+(?:out|on|for))?)/u.exec(predicate)?.[1] ?? ''
  const first = verb.split(' ')[0] ?? ''
  if (leadsReport(verb, predicate.slice(verb.length)) || leadsReport(first, predicate.slice(first.length)))
    return true
  FINITE_CUE.lastIndex = 0
  // Or a position held: "aims to garner support", "wants talks", "raised concerns".
  return FINITE_CUE.exec(predicate)?.index === 0 || HELD.test(predicate)
}
