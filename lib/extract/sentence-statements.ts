import type { Kind } from '../story/codebook'
import type { DraftStatement } from './draft-statement'
import {
  MASK,
  endsItsClause,
  leadingFrame,
  trailingFrame,
  introLength,
  type FollowOn,
  type Frame,
  type Range,
} from './frames'
import type { QuoteSpan } from './quotes'
import { maskQuotes, ownWordsAfter } from './quote-masks'
import { openingCue } from './opening-cue'
import { paraphraseFrame } from './reported-speech'
import { relativeReport } from './relative-report'
import { withAbsoluteReport } from './verb-report'
import type { Span } from './sentences'
import { leadingNounPhrase } from './noun-phrase'
import { parseSpeakerPhrase } from './speaker'
import type { Entity, Resolved, Speakers } from './speakers'
import { speakerlessCue } from './verb-report'

/**
 * The statements of one sentence: its quotations with their frames, and its reported
 * speech. The sentence's quotations are masked (frames.ts), so every frame is read on
 * text outside quotation marks.
 */

export interface Drafted extends Omit<DraftStatement, 'speaker' | 'role' | 'speakerUncertain'> {
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

export interface SentenceState {
  speakers: Speakers
  out: Drafted[]
  /** Each speaker's latest direct quote, for a quote paragraph that continues it. */
  lastDirect: Map<Entity, Drafted>
}

export function extractFromSentence(
  text: string,
  sentence: Span,
  quotes: QuoteSpan[],
  paragraph: number,
  { speakers, out, lastDirect }: SentenceState,
) {
  const masked = maskQuotes(text, sentence, quotes)
  const before = out.length
  const at = (r: Range) => ({ start: sentence.start + r.start, end: sentence.start + r.end })
  let found = false

  const push: Push = (frame, kind, span, intro = '', known) => {
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
  // The first quotation with a frame of its own, among the first few ("Dar referred to the
  // strikes as a “war” and claimed that “…”": the fragment before it is the verb phrase's).
  const framed = quotes
    .slice(0, 4)
    .map((q) => q.open - sentence.start)
    .find((open) => open > 20 && leadingFrame(masked.slice(Math.max(0, open - FRAME_WINDOW), open), subject))
  if (framed !== undefined) {
    const lead = masked.slice(0, framed)
    const before = paraphraseFrame(lead)
    // A quoted fragment inside the reported clause stays in it; a quotation as the clause does
    // not; nor does the setting before the speaker ("At a press conference, X said, “…”").
    if (before && lead.charAt(before.clause.start) !== MASK && before.clause.end > introLength(lead)) {
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
          knownAs(last),
        )
        return
      }
    }
    const frame = leadingFrame(before, subject)
    // `said “around 20 miscreants” attacked …`: a fragment, unless it ends the sentence or
    // its clause (`said “…”, X replied`).
    const rest = after.replace(/\u0001.*$/s, '')
    if (frame && !(frame.bare && !endsItsClause(rest))) {
      push(frame, 'direct', quoted, before)
      if (found) tailFrom = close
    }
    // Otherwise the quotation is a fragment inside a reported sentence.
  })
  // `… said “…”, Hashimi questioned the definition`: a new clause after a framed quote;
  // `said: “…” and added that …`: the quote's speaker goes on.
  if (found && tailFrom > 0 && masked.length - tailFrom > 15) {
    const tailText = masked.slice(tailFrom)
    const own = speakerlessCue(tailText)
    const tail = own ? null : paraphraseFrame(tailText)
    const last = out.at(-1)!
    const speaker = { kind: 'person' as const, name: last.entity.name, role: null }
    if (own)
      pushFollowOns(
        { speaker, cue: '', attribution: '', secondhand: last.channel === 'secondhand' },
        own,
        sentence.start + tailFrom,
        out,
        push,
      )
    // A quoted fragment inside the new clause stays in it; a quotation as the clause is not one.
    else if (tail && tailText.charAt(tail.clause.start) !== MASK) {
      push(
        tail,
        'paraphrase',
        at({ start: tail.clause.start + tailFrom, end: tail.clause.end + tailFrom }),
        tail.intro,
      )
    }
  }
  if (found || leadReported) return pushOpening(masked, out[before], sentence.start, push)

  const paraphrase = paraphraseFrame(masked)
  if (paraphrase) {
    const own = ownWordsAfter(text, masked, sentence, paraphrase.clause, quotes.at(-1))
    const clause = own ? { ...paraphrase.clause, end: own.clauseEnd } : paraphrase.clause
    push(paraphrase, 'paraphrase', at(clause), paraphrase.intro)
    // …, “but he lives on the Pakistani side.”: whoever said the whole of it goes on in his own words.
    if (found && own) {
      const relayed = paraphrase.relayedBy
      if (relayed) push({ ...paraphrase, ...relayed }, 'direct', own.quoted)
      else push(paraphrase, 'direct', own.quoted, '', knownAs(out.at(-1)!))
    }
    if (found) {
      pushFollowOns(paraphrase, paraphrase.followOn, sentence.start, out, push)
      return pushOpening(masked, out[before], sentence.start, push)
    }
  }
  // "… met X, who said …": a report in a relative clause, by the noun phrase before "who";
  // "… exchanged words, with the foreign office terming it …": the foreign office's.
  const relative = found || leadReported ? null : (relativeReport(masked) ?? withAbsoluteReport(masked))
  if (relative) return push({ secondhand: false, ...relative }, 'paraphrase', at(relative.clause))
  // No statement here; still learn who is introduced, so "the spokesperson" resolves later.
  const np = leadingNounPhrase(masked.slice(introLength(masked)))
  const phrase = np ? parseSpeakerPhrase(np) : null
  // "He said …" or "the 23-year-old said" after "Mir Ali was reluctant." means Mir Ali.
  if (phrase?.kind === 'person' && (phrase.role || phrase.name.includes(' '))) {
    const resolved = speakers.resolve(phrase, sentence.start, '')
    if (resolved) speakers.named(resolved.entity)
  }
}

/** Drafts a statement of the sentence being read (a closure over it, made once a sentence). */
type Push = (
  frame: Pick<Frame, 'speaker' | 'cue' | 'attribution' | 'secondhand'>,
  kind: Kind,
  span: Range,
  intro?: string,
  known?: Resolved,
) => void

const knownAs = (d: Drafted): Resolved => ({ entity: d.entity, role: d.role, uncertain: d.uncertain })

/** ", adding that …" after a statement: the same speaker, a statement of its own (`offset` maps to the input). */
function pushFollowOns(
  frame: Omit<Frame, 'participle' | 'bare'>,
  first: FollowOn | undefined,
  offset: number,
  out: Drafted[],
  push: Push,
) {
  const known = knownAs(out.at(-1)!)
  for (let next = first; next; next = next.followOn)
    push(
      { ...frame, ...next, speaker: next.speaker ?? frame.speaker },
      'paraphrase',
      { start: next.clause.start + offset, end: next.clause.end + offset },
      '',
      next.speaker ? undefined : known,
    )
}

/** A participle of a speech act before the cue (opening-cue.ts), by whoever speaks first. */
function pushOpening(masked: string, first: Drafted | undefined, offset: number, push: Push) {
  const m = openingCue(masked)
  // Only before the statement it belongs to: "X said …, while stressing …, and …" is not one.
  if (!m || !first || first.start < offset + m.end) return
  const frame = { cue: m.cue, attribution: m.cue, secondhand: first.channel === 'secondhand' }
  const span = { start: offset + m.start, end: offset + m.end }
  push(
    { ...frame, speaker: { kind: 'person', name: first.entity.name, role: null } },
    'paraphrase',
    span,
    '',
    knownAs(first),
  )
}
