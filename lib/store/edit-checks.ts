import { foldWhitespace, findAnchor } from '../story/anchor'
import { CHANNELS, KINDS, STANCES, UNKNOWN } from '../story/codebook'
import { readStatementDate } from '../story/statement-date'

/**
 * The checks an edit makes on what it touches, and only that: the changed fields of one
 * statement against its source and its story's camps, not the whole story again. Each
 * failure names the field, in the words a page can show.
 */

export class EditError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** Statements the user must deal with first (a camp or source still in use). */
    readonly statements?: { id: string; speaker: string; text: string }[],
  ) {
    super(message)
    this.name = 'EditError'
  }
}

export interface Anchor {
  start: number
  end: number
}

export interface StatementChanges {
  perspective?: string
  speaker?: { name: string; role: string | null }
  kind?: string
  attribution?: string
  channel?: string
  stance?: { value: string; label: string }
  caveats?: string[]
  /** A new span, as a selection in the statement's source: the text is taken from it. */
  anchor?: Anchor
  /** The day it was made (YYYY-MM-DD); null or empty clears it. */
  date?: string | null
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0

export function requireFilled(field: string, value: unknown, what: string): string {
  if (!filled(value)) throw new EditError(field, `${what} cannot be empty.`)
  return value
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T))
    throw new EditError(field, `${what} must be one of: ${allowed.join(', ')}.`)
  return value as T
}

/** Checks the changed statement fields; the camp and anchor are checked against the story by the caller. */
export function checkStatementFields(changes: StatementChanges): void {
  if (changes.speaker !== undefined) {
    requireFilled('speaker.name', changes.speaker.name, 'The speaker’s name')
    if (changes.speaker.role !== null)
      requireFilled(
        'speaker.role',
        changes.speaker.role,
        'The speaker’s role (leave it out when the source gives none)',
      )
  }
  if (changes.kind !== undefined) oneOf('kind', changes.kind, KINDS, 'The kind')
  if (changes.channel !== undefined) oneOf('channel', changes.channel, CHANNELS, 'First-hand or secondhand')
  if (changes.attribution !== undefined)
    requireFilled('attribution', changes.attribution, 'How the source knows (attribution)')
  if (changes.stance !== undefined) {
    oneOf('stance.value', changes.stance.value, STANCES, 'The stance')
    requireFilled('stance.label', changes.stance.label, 'The stance’s label')
  }
  if (changes.caveats !== undefined) {
    changes.caveats.forEach((caveat, i) => requireFilled(`caveats.${i}`, caveat, `Caveat ${i + 1}`))
  }
  if (changes.date !== undefined) statementDateOf(changes.date)
}

/** The statement's own date as stored: null when cleared; refused unless a real day. */
export function statementDateOf(value: string | null): string | null {
  const read = readStatementDate(value)
  if (!read.ok) throw new EditError('date', read.message)
  return read.date
}

export interface NewSpan {
  text: string
  occurrence: number | null
  anchor: Anchor
}

/**
 * The statement's new text, taken from a selection in its source: the selected words,
 * white space folded, edges trimmed. It cannot be reworded, since it is never typed, and
 * it must anchor back to the same place by the story check's own rule (lib/story/anchor).
 */
export function spanFromSelection(sourceText: string, selection: Anchor): NewSpan {
  const { start, end } = selection
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > sourceText.length ||
    start >= end
  )
    throw new EditError(
      'text',
      'Select the statement’s words in the source: the selection is outside it or empty.',
    )
  let from = start
  let to = end
  while (from < to && /\s/.test(sourceText[from]!)) from++
  while (to > from && /\s/.test(sourceText[to - 1]!)) to--
  if (from === to)
    throw new EditError('text', 'Select the statement’s words in the source: the selection holds no words.')
  const text = foldWhitespace(sourceText.slice(from, to)).text
  const folded = foldWhitespace(sourceText)
  const first = findAnchor(folded, text)
  let occurrence: number | null = null
  let found = first.ok ? first.anchor : undefined
  if (!first.ok && first.reason === 'ambiguous') {
    // The same words occur more than once: say which one was selected.
    for (let n = 1; n <= first.occurrences; n++) {
      const hit = findAnchor(folded, text, n)
      if (hit.ok && hit.anchor.start === from) {
        occurrence = n
        found = hit.anchor
        break
      }
    }
  }
  if (!found || found.start !== from || found.end !== to)
    throw new EditError('text', 'The selection does not match the source’s words; select it again.')
  return { text, occurrence, anchor: found }
}

/** Source facts that may be unknown: the codebook's "unknown", or a value. */
export function checkSourceFields(changes: {
  publisher?: string
  title?: string
  date?: unknown
  url?: string
}) {
  if (changes.publisher !== undefined)
    requireFilled('publisher', changes.publisher, `The publisher (or “${UNKNOWN}”)`)
  if (changes.title !== undefined) requireFilled('title', changes.title, `The title (or “${UNKNOWN}”)`)
  if (changes.url !== undefined && changes.url !== UNKNOWN) {
    let ok = false
    try {
      ok = /^https?:$/.test(new URL(changes.url).protocol)
    } catch {
      ok = false
    }
    if (!ok)
      throw new EditError(
        'url',
        `The URL must be a web address starting with http:// or https://, or “${UNKNOWN}”.`,
      )
  }
  if (changes.date !== undefined) checkDate(changes.date)
}

const ISO = /^\d{4}-\d{2}-\d{2}$/

function checkDate(date: unknown) {
  const valid = (value: unknown) =>
    typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  if (date === UNKNOWN || valid(date)) return
  if (date && typeof date === 'object') {
    const d = date as { value?: unknown; inferred?: unknown; reason?: unknown }
    const keys = Object.keys(d).sort().join(',')
    if (keys === 'inferred,reason,value' && d.inferred === true && valid(d.value) && filled(d.reason)) return
    if (valid(d.value) && d.inferred === true)
      throw new EditError('date', 'An inferred date needs the reason it was inferred.')
  }
  throw new EditError('date', `The date must be a day as YYYY-MM-DD, or “${UNKNOWN}”.`)
}
