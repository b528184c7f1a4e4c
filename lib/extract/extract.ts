import type { Channel, Kind } from '../story/codebook'
import { MASK, leadingFrame, trailingFrame, introLength, type Frame, type Range } from './frames'
import { findQuotes, type QuoteSpan } from './quotes'
import { paraphraseFrame } from './reported-speech'
import { splitSentences, type Span } from './sentences'
import { leadingNounPhrase, parseSpeakerPhrase, type SpeakerPhrase } from './speaker'

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
}

interface Entity {
  name: string
  role: string | null
  kind: 'person' | 'body'
  /** Offset of first mention, to resolve a description to a later introduction. */
  at: number
  /** An unresolved definite description ("the central bank governor") and its head noun. */
  head?: string
}

interface Drafted extends Omit<DraftStatement, 'speaker' | 'role'> {
  entity: Entity
  role: string | null
  paragraph: number
}

const CONTINUED = 'continues the previous quotation'

class Speakers {
  readonly entities: Entity[] = []
  lastSpeaker: Entity | null = null
  lastPerson: Entity | null = null
  lastBody: Entity | null = null

  /** The entity a phrase refers to, and the role the article gives at this mention. */
  resolve(phrase: SpeakerPhrase, at: number, intro: string): { entity: Entity; role: string | null } | null {
    switch (phrase.kind) {
      case 'pronoun': {
        const p = phrase.name.toLowerCase()
        if (p === 'he' || p === 'she')
          return this.lastPerson && { entity: this.lastPerson, role: this.lastPerson.role }
        const named = /\b(?:the|The)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(intro)
        if (named) return this.resolve({ kind: 'body', name: named[0] ?? '', role: null }, at, '')
        const entity = this.lastBody ?? this.lastSpeaker
        return entity && { entity, role: entity.role }
      }
      case 'description': {
        const head = phrase.head!
        const match = [...this.entities]
          .reverse()
          .find((e) => e.kind === 'person' && e.role && hasWord(e.role, head))
        if (match) return { entity: match, role: match.role }
        const entity: Entity = { name: phrase.name, role: null, kind: 'person', at, head }
        this.entities.push(entity)
        return { entity, role: null }
      }
      case 'person': {
        const entity =
          this.findPerson(phrase.name) ??
          this.add({ name: phrase.name, role: phrase.role, kind: 'person', at })
        if (phrase.role) entity.role = phrase.role
        return { entity, role: phrase.role ?? entity.role }
      }
      case 'body': {
        const key = fold(phrase.name)
        const entity =
          this.entities.find((e) => fold(e.name) === key) ??
          this.add({ name: phrase.name, role: null, kind: 'body', at })
        return { entity, role: null }
      }
    }
  }

  private add(entity: Entity): Entity {
    this.entities.push(entity)
    return entity
  }

  /** "Mujahid" is the Zabihullah Mujahid named before; the latest one if two share it. */
  private findPerson(name: string): Entity | undefined {
    const key = fold(name)
    const last = lastNameToken(name)
    return [...this.entities]
      .reverse()
      .find(
        (e) =>
          e.kind === 'person' &&
          !e.head &&
          (fold(e.name) === key ||
            (nameTokens(name).length <= 2 && lastNameToken(e.name) === last && fold(e.name).endsWith(key))),
      )
  }

  spoke(entity: Entity) {
    this.lastSpeaker = entity
    if (entity.kind === 'person') this.lastPerson = entity
    else this.lastBody = entity
  }
}

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim()
const nameTokens = (s: string) => s.split(/\s+/).filter((t) => !/\.$|^\(/.test(t))
const lastNameToken = (s: string) => fold(nameTokens(s).at(-1) ?? s)
const hasWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`, 'i').test(text)

/** A wire dateline ("PESHAWAR: ", "KABUL (Reuters) — ") is not part of the first sentence. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu} .'-]{2,40}(?:,\s*\p{L}[\p{L} .]{0,30})?(?:\s*\([^)]{1,40}\))?\s*[:—–-]\s+/u

function paragraphs(text: string): Span[] {
  const spans: Span[] = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (!(m[0] ?? '').trim()) continue
    const dateline = DATELINE.exec(m[0] ?? '')?.[0].length ?? 0
    spans.push({ start: m.index + dateline, end: m.index + (m[0] ?? '').length })
  }
  return spans
}

function maskQuotes(text: string, sentence: Span, quotes: QuoteSpan[]): string {
  const chars = text.slice(sentence.start, sentence.end).split('')
  for (const q of quotes) {
    for (let i = Math.max(q.open, sentence.start); i < Math.min(q.close, sentence.end); i++)
      chars[i - sentence.start] = MASK
  }
  return chars.join('')
}

export function extractStatements(text: string): DraftStatement[] {
  const speakers = new Speakers()
  const drafted: Drafted[] = []
  paragraphs(text).forEach((paragraph, index) => {
    const quotes = findQuotes(text, paragraph.start, paragraph.end)
    for (const sentence of splitSentences(text, paragraph.start, paragraph.end, quotes)) {
      const inSentence = quotes.filter((q) => q.open >= sentence.start && q.open < sentence.end)
      extractFromSentence(text, sentence, inSentence, index, speakers, drafted)
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
    }))
}

function extractFromSentence(
  text: string,
  sentence: Span,
  quotes: QuoteSpan[],
  paragraph: number,
  speakers: Speakers,
  out: Drafted[],
) {
  const masked = maskQuotes(text, sentence, quotes)
  const at = (r: Range) => ({ start: sentence.start + r.start, end: sentence.start + r.end })
  let found = false

  const push = (
    frame: Pick<Frame, 'speaker' | 'cue' | 'attribution' | 'secondhand'>,
    kind: Kind,
    span: Range,
    intro = '',
  ) => {
    if (span.end <= span.start) return
    const resolved = speakers.resolve(frame.speaker, span.start, intro)
    if (!resolved) return
    speakers.spoke(resolved.entity)
    found = true
    out.push({
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
    })
  }

  for (const q of quotes) {
    const open = q.open - sentence.start
    const close = Math.min(q.close, sentence.end) - sentence.start
    const before = masked.slice(0, open)
    const after = masked.slice(close)
    const quoted = { start: q.innerStart, end: q.innerEnd }
    if (quoted.end <= quoted.start) continue
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
        continue
      }
      const last = out.at(-1)
      if (
        /^[\s.,!?;:…—–-]*$/.test(after) &&
        before.trim() === '' &&
        last &&
        paragraph - last.paragraph <= 1
      ) {
        const previous =
          [...out].reverse().find((d) => d.entity === last.entity && d.kind === 'direct') ?? last
        push(
          {
            speaker: { kind: 'person', name: last.entity.name, role: null },
            cue: CONTINUED,
            attribution: previous.attribution,
            secondhand: previous.channel === 'secondhand',
          },
          'direct',
          quoted,
        )
        continue
      }
    }
    const frame = leadingFrame(before)
    if (frame) push(frame, 'direct', quoted, before)
    // Otherwise the quotation is a fragment inside a reported sentence.
  }
  if (found) return

  const paraphrase = paraphraseFrame(masked)
  if (paraphrase) {
    push(paraphrase, 'paraphrase', at(paraphrase.clause), paraphrase.intro)
    if (found) return
  }
  // No statement here; still learn who is introduced, so "the spokesperson" resolves later.
  const np = leadingNounPhrase(masked.slice(introLength(masked)))
  const phrase = np ? parseSpeakerPhrase(np) : null
  if (phrase?.kind === 'person' && phrase.role) {
    // "He said …" after "X rejected the remarks." means X: the last person named.
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
  for (const d of drafted) {
    const head = d.entity.head
    if (!head) continue
    const later = speakers.entities.find(
      (e) => e.at > d.start && e.kind === 'person' && !e.head && e.role && hasWord(e.role, head),
    )
    if (later) {
      d.entity = later
      d.role = later.role
    }
  }
}
