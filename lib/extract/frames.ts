import { FINITE_CUE, NEXT_CUE, PARTICIPLE_CUE, isOutlet, looksLikeClause, thatAfterParticiple } from './cues'
import { participleLead } from './participle-frame'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { DOCUMENT } from './speaker-keys'

/**
 * Reporting frames found in a sentence whose quotations are masked out (each quoted
 * character replaced by MASK, so offsets stay those of the input). Every function works
 * on sentence-relative offsets and returns them; the caller maps them to the input.
 * This file holds the frames around a quotation; reported-speech.ts those of indirect speech.
 */

export const MASK = '\u0001'

export interface Range {
  start: number
  end: number
}

export interface Frame {
  speaker: SpeakerPhrase
  cue: string
  /** The cue with what follows it: "stated during a press conference". */
  attribution: string
  secondhand: boolean
  /** A participle clause that follows ("…, adding that X"), reported by the same speaker. */
  participle?: { cue: string; clause: Range }
  /** No colon or comma before the quote (`X said "…"`): direct only if the quote ends the sentence. */
  bare?: boolean
}

export interface FollowOn {
  cue: string
  attribution: string
  clause: Range
  followOn?: FollowOn
  /** Another speaker's statement ("…, with spokesman X saying …"); else the same one. */
  speaker?: SpeakerPhrase
}

export interface Paraphrase {
  speaker: SpeakerPhrase
  cue: string
  attribution: string
  secondhand: boolean
  clause: Range
  /** A second cue by the same speaker in the sentence (", adding that …"): its own statement. */
  followOn?: FollowOn
  /** Text before the speaker, searched for "they"/"it" antecedents. */
  intro: string
  /** Who relayed a report inside a report ("he claimed the Pakistani side had said …"), and how. */
  relayedBy?: Pick<Frame, 'speaker' | 'cue' | 'attribution'>
}

/**
 * An opening phrase that sets the scene, not the speaker: "In a statement, ", "Simultaneously, ",
 * "Today, in the weekly briefing, ", "On Tuesday, addressing the press, ", "So today, ". A quotation inside
 * it (masked) counts as one word.
 */
const INTRO =
  /^(?:(?:But|And|Yet|So|Still)\s+(?:today|yesterday|tonight|now|later|earlier|then),\s+|(?:(?:But|And|Yet|So|Still)\s+)?(?:(?:In|On|At|During|After|Before|Meanwhile|Simultaneously|However|Separately|Later|Earlier|Also|Moreover|Furthermore|While|Whilst|Since|From|For|Speaking|Addressing|Responding|(?:Last|This|Next)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|time|spring|summer|autumn|winter|\p{Lu}\p{Ll}+day)|Yesterday|Today|Elsewhere|Similarly|Likewise|Besides|Nonetheless|Nevertheless|Instead|Asked|Under|Despite|Amid|Following|Commenting|Reacting|Earlier|Separately|As|When|Once|If|Although|Though|Because|Referring|Confirming|Talking|Briefing|Citing|Quoting)\b(?:[^,\u0001]|(?=(?<q>\u0001+))\k<q>){0,160},\s+|(?<=,\s+)(?:(?:in|at|during|on)\s+(?:the|a|an|his|her|its|their|response|reply|reaction)|(?:amid|after|following|despite)\s+\p{Ll}+|\p{Ll}+ing)\s[^,]{0,160},\s+|(?:An?|One|Two|Three|Four|Five|Several|\p{N}+)\s+(?:day|days|week|weeks|month|months|year|years|hours?)\s+(?:earlier|later|ago|before|after)\b[^,]{0,60},\s+|(?!According\b)\p{Lu}\p{Ll}+ing\s[^,]{0,160},\s+|\p{Lu}\p{Ll}+ly,\s+|(?:But|And|Yet|So)\s+))+/u

export function introLength(s: string): number {
  return INTRO.exec(s)?.[0].length ?? 0
}

export const trimRange = (s: string, r: Range): Range => {
  let { start, end } = r
  while (start < end && /[\s,;:]/.test(s.charAt(start))) start++
  while (end > start && /[\s,;:.]/.test(s.charAt(end - 1))) end--
  return { start, end }
}

export function isSecondhand(attribution: string): boolean {
  return (
    /\b(?:according\s+to|as\s+reported|reported|citing|quoting|quoted)\b/i.test(attribution) &&
    isOutlet(attribution)
  )
}

function participleAfter(s: string, from: number): Frame['participle'] {
  PARTICIPLE_CUE.lastIndex = from
  const m = PARTICIPLE_CUE.exec(s)
  if (!m || !/,\s*$/.test(s.slice(from, m.index))) return undefined
  const that = thatAfterParticiple(m[1] ?? '', s.slice(m.index + (m[0] ?? '').length))
  if (that < 0) return undefined
  const clause = trimRange(s, { start: m.index + (m[0] ?? '').length + that, end: s.length })
  if (!looksLikeClause(s.slice(clause.start, clause.end))) return undefined
  return { cue: m[1] ?? '', clause }
}

/**
 * What follows a quotation framed `X said “…”` with no comma or colon: the quotation is
 * a whole statement when the sentence or its clause ends there (`said “…”, X replied`), or
 * when a new clause begins (`said “…” while officials said …`, `said “…” and added …`);
 * otherwise it is a fragment inside a reported clause (`said “around 20 miscreants” attacked`).
 */
export function endsItsClause(rest: string): boolean {
  if (/^[\s.!?;:…”’"']*(?:,|$)/.test(rest)) return true
  if (/^\s+(?:while|whilst|whereas|because|though|although|adding|saying)\s/.test(rest)) return true
  NEXT_CUE.lastIndex = 0
  return NEXT_CUE.exec(rest)?.index === 0
}

/** Strip the sentence's final punctuation (but not a closing quotation). */
export function coreEnd(s: string): number {
  let end = s.length
  while (end > 0 && /[\s.!?]/.test(s.charAt(end - 1))) end--
  return end
}

/**
 * `said MEA spokesperson Raveesh Kumar during his weekly briefing`: the speaker, then
 * where or when, which goes to the attribution.
 */
function speakerThenSetting(text: string): { phrase: SpeakerPhrase; setting: string } | null {
  const cut = /\s(?:during|at|in|on|while|after|before|when|from|via|to|addressing|speaking|talking)\s/.exec(
    text,
  )
  // "said a statement from the Ministry of …": "from" names the issuer, not where it was said.
  const issued = cut && /^\sfrom\s/.test(cut[0]) && DOCUMENT.test(text.slice(0, cut.index))
  const phrase = cut && !issued ? parseSpeakerPhrase(text.slice(0, cut.index)) : null
  if (phrase && cut) return { phrase, setting: text.slice(cut.index + 1) }
  const whole = parseSpeakerPhrase(text)
  return whole && { phrase: whole, setting: '' }
}

/**
 * The frame after a quotation: `"…," said X, a Y.` or `"…," X stated during a press
 * conference.` `after` starts just past the closing mark.
 */
export function trailingFrame(after: string): Frame | null {
  const lead = /^[\s,—–-]*/.exec(after)![0].length
  let s = after.slice(0, coreEnd(after))
  // A later quotation in the same sentence belongs to the next frame.
  const nextQuote = s.indexOf(MASK)
  if (nextQuote >= 0) s = s.slice(0, nextQuote).replace(/[\s,]+$/, '')
  const participle = participleAfter(s, lead)
  const body = participle ? s.slice(0, s.lastIndexOf(',', s.indexOf(participle.cue, lead))) : s
  const text = body.slice(lead)
  // Inverted: `said Abdul Nasir Khan, a senior official …`
  const inverted =
    /^((?:(?:also|further|then)\s+)?(?:said|says|added|adds|explained|remarked|stated|noted|asked|continued|warned|insisted|argued|observed|wrote|declared|replied|told\s+\S+))\s+(.+)$/i.exec(
      text,
    )
  if (inverted) {
    const speaker = speakerThenSetting(inverted[2] ?? '')
    if (speaker)
      return {
        speaker: speaker.phrase,
        cue: inverted[1] ?? '',
        attribution: [inverted[1], speaker.setting].filter(Boolean).join(' '),
        secondhand: false,
        participle,
      }
  }
  // `"…," the statement quoted Khan as saying.` and `"…," Khan was quoted as saying by Dawn.`
  const quoted =
    /^(?:.+?\s+)?quoted\s+(.+?)\s+as\s+saying\b(.*)$/i.exec(text) ??
    /^(.+?)\s+(?:was|were|is)\s+quoted\s+as\s+saying\b(.*)$/i.exec(text)
  if (quoted) {
    const speaker = parseSpeakerPhrase(quoted[1] ?? '')
    const attribution = `quoted as saying${quoted[2] ?? ''}`.trim()
    if (speaker)
      return {
        speaker,
        cue: 'quoted as saying',
        attribution,
        secondhand: isSecondhand(attribution),
        participle,
      }
  }
  FINITE_CUE.lastIndex = 0
  const m = FINITE_CUE.exec(text)
  if (!m || m.index === 0) return null
  const speaker = parseSpeakerPhrase(text.slice(0, m.index))
  if (!speaker) return null
  // `“…,” he said and added that …`: the speaker's next cue reports a clause of its own.
  const verbEnd = lead + m.index + (m[0] ?? '').length
  const added = participle ? null : AND_THEN.exec(s.slice(verbEnd))
  if (added) {
    const clause = trimRange(s, { start: verbEnd + added[0].length, end: s.length })
    if (looksLikeClause(s.slice(clause.start, clause.end))) {
      const attribution = text.slice(m.index + (m[1] ?? '').length, verbEnd - lead).trim()
      return {
        speaker,
        cue: m[2] ?? '',
        attribution,
        secondhand: false,
        participle: { cue: added[1]!, clause },
      }
    }
  }
  const attribution = text.slice(m.index + (m[1] ?? '').length).trim()
  return { speaker, cue: m[2] ?? '', attribution, secondhand: isSecondhand(attribution), participle }
}

/** "and added that …", "but insisted that …" right after a frame's verb. */
const AND_THEN =
  /^\s+(?:and|but)\s+(?:also\s+)?(added|said|stated|noted|stressed|insisted|warned|claimed|explained|maintained)\s+(?:that\s+)?/

/**
 * The speaker of a verb: the whole text before it, or else the subject of its own clause
 * ("…, as he casually remarked", "… when the interviewer said").
 */
function subjectBefore(text: string): SpeakerPhrase | null {
  const whole = parseSpeakerPhrase(text)
  if (whole) return whole
  const trimmed = text.replace(/(?:\s+\p{Ll}+ly)+\s*$/u, '')
  // "…, a Christian woman who …, the minister while addressing the media said": after the last comma.
  const afterComma = trimmed.lastIndexOf(',')
  const lastPart = afterComma >= 0 ? parseSpeakerPhrase(trimmed.slice(afterComma + 1)) : null
  if (lastPart) return lastPart
  // The last clause boundary: the greedy prefix skips all earlier ones (the text is a short window).
  const clause = /^.*(?:[,;]|\b(?:as|and|but|when|while|after|before|then))\s+([^,;]{1,120})$/.exec(trimmed)
  const subject = clause ? parseSpeakerPhrase(clause[1] ?? '') : null
  if (subject) return subject
  // "To a question on the letter Raveesh Kumar said": the name just before the verb.
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'.-]*)\s*$/u.exec(trimmed)
  return name ? parseSpeakerPhrase(name[1] ?? '') : null
}

/**
 * The frame before a quotation: `X said: "…"`, `X, a Y, said in a statement: "…"`,
 * or the second half of `"…," he said, "…"`. `before` ends at the opening mark.
 */
export function leadingFrame(before: string, sentenceSubject: () => string = () => ''): Frame | null {
  const lastQuote = before.lastIndexOf(MASK)
  let s = before.slice(lastQuote + 1).replace(/^[\s,—–-]+/, '')
  // `X said: "…"`, `X said, "…"`, and in South Asian copy `X said "…"` with no mark.
  const punctuated = /[:,]\s*$/.test(s)
  s = s.replace(/[:,]\s*$/, '')
  s = s.slice(introLength(s))
  // `According to him, “…”`: the quotation is his, when it is a whole clause (so `bare`).
  const according = punctuated ? /^according\s+to\s+([^,]{1,80})$/i.exec(s) : null
  const source = according ? parseSpeakerPhrase(according[1] ?? '') : null
  if (source) {
    const cue = 'according to'
    return { speaker: source, cue, attribution: cue, secondhand: isOutlet(according![1] ?? ''), bare: true }
  }
  // `X commended the forces, saying: “…”`: the participle is the quotation's cue.
  const participle = participleLead(s, !punctuated, lastQuote >= 0, sentenceSubject)
  if (participle) return participle
  let m: RegExpExecArray | null
  let last: RegExpExecArray | null = null
  FINITE_CUE.lastIndex = 0
  while ((m = FINITE_CUE.exec(s))) last = m
  if (!last) return null
  let rest = s.slice(last.index + (last[0] ?? '').length).trim()
  // `acknowledged that “…”`: a whole clause in quotation marks is a direct quote.
  if (!punctuated && /(?:^|\s)that$/.test(rest)) rest = rest.replace(/\s*that$/, '')
  else if (!punctuated && rest !== '') return null
  // What follows the verb may say where ("in a statement"), never what: no clause.
  if (rest.split(/\s+/).length > 8 || /\bthat\b/.test(rest)) return null
  // "… and claimed that “…”": a coordinated verb's speaker is the sentence's subject.
  const subjectText = s.slice(0, last.index)
  const coordinated = /(?:^|\s)(?:and|but)\s*$/i.test(subjectText) || subjectText.trim() === ''
  const subject = coordinated ? sentenceSubject() : ''
  const speaker = coordinated ? (subject ? parseSpeakerPhrase(subject) : null) : subjectBefore(subjectText)
  if (!speaker) return null
  const attribution = s.slice(last.index + (last[1] ?? '').length).trim()
  return {
    speaker,
    cue: last[2] ?? '',
    attribution,
    secondhand: isSecondhand(attribution),
    bare: !punctuated,
  }
}
