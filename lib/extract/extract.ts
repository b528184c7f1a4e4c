import type { Channel, Kind } from '../story/codebook'
import { MASK, leadingFrame, trailingFrame, introLength, type Frame, type Range } from './frames'
import { findQuotes, type QuoteSpan } from './quotes'
import { paraphraseFrame } from './reported-speech'
import { paragraphs } from './layout'
import { splitSentences, type Span } from './sentences'
import { leadingNounPhrase } from './noun-phrase'
import { parseSpeakerPhrase } from './speaker'
import { Speakers, type Entity, type Resolved } from './speakers'

/**
 * Drafts statements from an article in plain text: who said what, in what role, quoted
 * or reported, and how the article knows. Pure and synchronous, so the command line and
 * the browser run the same code. It drafts for review; it never decides a stance.
 */

export interface DraftStatement {
  /** The full name as the article gives it, with pronouns and descriptions resolved. */
  speaker: string
  /** The title as the article gives it, or null when it gives none. */
  role: string | null
  kind: Kind
  /** Exactly input.slice(start, end). */
  text: string
  start: number
  end: number
  /** The cue and its setting: "stated during a press conference". */
  attribution: string
  channel: Channel
  /** The reporting verb or phrase. */
  cue: string
  /**
   * Present (true) when two people fit the mention ("the minister" with two ministers
   * named): the speaker is then left as the article writes it, for the analyst to settle.
   */
  speakerUncertain?: true
}

interface Drafted extends Omit<DraftStatement, 'speaker' | 'role' | 'speakerUncertain'> {
  entity: Entity
  role: string | null
  paragraph: number
  uncertain?: boolean
}

const CONTINUED = 'continues the previous quotation'

/**
 * How far from a quotation its frame is looked for. A frame ("said Abdul Nasir Khan, a
 * senior official of the district") is a few dozen words; the bound keeps the work per
 * quotation constant, so a run of thousands of quotations stays linear.
 */
const FRAME_WINDOW = 400

function maskQuotes(text: string, sentence: Span, quotes: QuoteSpan[]): string {
  let masked = ''
  let at = sentence.start
  for (const q of quotes) {
    const from = Math.max(q.open, at)
    const to = Math.min(q.close, sentence.end)
    if (to <= from) continue
    masked += text.slice(at, from) + MASK.repeat(to - from)
    at = to
  }
  // Line breaks inside a sentence (wrapped text) read as spaces; lengths stay the same.
  return (masked + text.slice(at, sentence.end)).replace(/[\n\r\t\v\f\u00a0\u2028\u2029]/g, ' ')
}

/** Linear in the text's length: every stage walks its part of the text a bounded number of times. */
export function extractStatements(text: string): DraftStatement[] {
  const speakers = new Speakers(text)
  const drafted: Drafted[] = []
  const state: SentenceState = { speakers, out: drafted, lastDirect: new Map() }
  paragraphs(text).forEach((paragraph, index) => {
    const quotes = findQuotes(text, paragraph.start, paragraph.end)
    let q = 0
    for (const sentence of splitSentences(text, paragraph.start, paragraph.end, quotes)) {
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

interface SentenceState {
  speakers: Speakers
  out: Drafted[]
  /** Each speaker's latest direct quote, for a quote paragraph that continues it. */
  lastDirect: Map<Entity, Drafted>
}

function extractFromSentence(
  text: string,
  sentence: Span,
  quotes: QuoteSpan[],
  paragraph: number,
  { speakers, out, lastDirect }: SentenceState,
) {
  const masked = maskQuotes(text, sentence, quotes)
  const at = (r: Range) => ({ start: sentence.start + r.start, end: sentence.start + r.end })
  let found = false

  const push = (
    frame: Pick<Frame, 'speaker' | 'cue' | 'attribution' | 'secondhand'>,
    kind: Kind,
    span: Range,
    intro = '',
    known?: Resolved,
  ) => {
    if (span.end <= span.start) return
    const resolved = known ?? speakers.resolve(frame.speaker, span.start, intro)
    if (!resolved) return
    speakers.spoke(resolved.entity)
    found = true
    const draft: Drafted = {
      entity: resolved.entity,
      role: resolved.role,
      kind,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      attribution: frame.attribution,
      channel: frame.secondhand ? 'secondhand' : 'firsthand',
      cue: frame.cue,
      paragraph,
      uncertain: resolved.uncertain,
    }
    out.push(draft)
    if (kind === 'direct') lastDirect.set(resolved.entity, draft)
  }

  // The sentence's subject, for a quote after a coordinated verb ("… and claimed that “…”"), lazily.
  let subjectText: string | undefined
  const subject = () => {
    if (subjectText === undefined) {
      const intro = introLength(masked)
      subjectText = leadingNounPhrase(masked.slice(intro, intro + 300))
    }
    return subjectText
  }
  // "X said he had …, as he remarked, “…”": a reported clause before the first quotation's
  // own frame is a statement too, and comes first (so that "he" finds X).
  let leadReported = false
  // Where the text after a quote with its own leading frame begins, if there is one.
  let tailFrom = 0
  const leadEnd = (quotes[0]?.open ?? sentence.start) - sentence.start
  if (leadEnd > 20 && leadingFrame(masked.slice(Math.max(0, leadEnd - FRAME_WINDOW), leadEnd))) {
    const lead = masked.slice(0, leadEnd)
    const before = paraphraseFrame(lead)
    if (before && !lead.slice(before.clause.start, before.clause.end).includes(MASK)) {
      push(before, 'paraphrase', at(before.clause), before.intro)
      leadReported = found
      found = false
    }
  }

  quotes.forEach((q, i) => {
    // An empty pair of marks quotes nothing (and a run of marks is thousands of them).
    if (q.innerEnd <= q.innerStart) return
    const open = q.open - sentence.start
    const close = Math.min(q.close, sentence.end) - sentence.start
    // The frame lies between this quotation and its neighbours, within a bounded window.
    const previous = quotes[i - 1]
    const from = Math.max(0, previous ? previous.close - sentence.start : 0, open - FRAME_WINDOW)
    const next = quotes[i + 1]
    const to = Math.min(
      masked.length,
      next ? next.open - sentence.start + 1 : masked.length,
      close + FRAME_WINDOW,
    )
    const before = (from > 0 ? MASK : '') + masked.slice(from, open)
    const after = masked.slice(close, to)
    const quoted = { start: q.innerStart, end: q.innerEnd }
    if (quoted.end <= quoted.start) return
    // The quotation opens its sentence: the frame follows it, or it continues a speaker.
    if (before.slice(introLength(before)).trim() === '') {
      const frame = trailingFrame(after)
      if (frame) {
        push(frame, 'direct', quoted)
        if (frame.participle) {
          const p = frame.participle
          push(
            { ...frame, cue: p.cue, attribution: p.cue },
            'paraphrase',
            at({ start: close + p.clause.start, end: close + p.clause.end }),
          )
        }
        return
      }
      const last = out.at(-1)
      if (
        /^[\s.,!?;:…—–-]*$/.test(after) &&
        before.trim() === '' &&
        last &&
        paragraph - last.paragraph <= 1
      ) {
        const previous = lastDirect.get(last.entity) ?? last
        push(
          {
            speaker: { kind: 'person', name: last.entity.name, role: null },
            cue: CONTINUED,
            attribution: previous.attribution,
            secondhand: previous.channel === 'secondhand',
          },
          'direct',
          quoted,
          '',
          { entity: last.entity, role: last.role, uncertain: last.uncertain },
        )
        return
      }
    }
    const frame = leadingFrame(before, subject)
    // `said “around 20 miscreants” attacked …`: a fragment, unless it ends the sentence or
    // its clause (`said “…”, X replied`).
    const rest = after.replace(/\u0001.*$/s, '')
    if (frame && !(frame.bare && !/^[\s.!?;:…”’"']*(?:,|$)/.test(rest))) {
      push(frame, 'direct', quoted, before)
      if (found) tailFrom = close
    }
    // Otherwise the quotation is a fragment inside a reported sentence.
  })
  // `… said “…”, Hashimi questioned the definition`: a new clause after a framed quote.
  if (found && tailFrom > 0 && masked.length - tailFrom > 15) {
    const tail = paraphraseFrame(masked.slice(tailFrom))
    if (tail && !masked.slice(tailFrom).slice(tail.clause.start, tail.clause.end).includes(MASK)) {
      const shift = (r: Range) => at({ start: r.start + tailFrom, end: r.end + tailFrom })
      push(tail, 'paraphrase', shift(tail.clause), tail.intro)
    }
  }
  if (found || leadReported) return

  const paraphrase = paraphraseFrame(masked)
  if (paraphrase) {
    push(paraphrase, 'paraphrase', at(paraphrase.clause), paraphrase.intro)
    if (found) {
      // ", adding that …": the same speaker, a statement of its own.
      const known = { entity: out.at(-1)!.entity, role: out.at(-1)!.role, uncertain: out.at(-1)!.uncertain }
      for (let next = paraphrase.followOn; next; next = next.followOn)
        push(
          { ...paraphrase, ...next, speaker: next.speaker ?? paraphrase.speaker },
          'paraphrase',
          at(next.clause),
          '',
          next.speaker ? undefined : known,
        )
      return
    }
  }
  // No statement here; still learn who is introduced, so "the spokesperson" resolves later.
  const np = leadingNounPhrase(masked.slice(introLength(masked)))
  const phrase = np ? parseSpeakerPhrase(np) : null
  // "He said …" or "the 23-year-old said" after "Mir Ali was reluctant." means Mir Ali.
  if (phrase?.kind === 'person' && (phrase.role || phrase.name.includes(' '))) {
    const resolved = speakers.resolve(phrase, sentence.start, '')
    if (resolved) speakers.lastPerson = resolved.entity
  }
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
}
