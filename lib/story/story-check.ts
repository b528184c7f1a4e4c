import type { z } from 'zod'
import { findAnchor, foldWhitespace, type Anchor, type Folded } from './anchor'
import { claimsOf } from './claims'
import {
  storySchema,
  type Claim,
  type NonResponse,
  type Statement,
  type StoryEvent,
  type StoryFile,
} from './schema'

/**
 * Validation of one story file: the schema, then the cross-references and anchors the
 * schema cannot express. Every problem is collected, so an author fixes a file in one
 * pass, and each message names the file, the item and the field.
 */

export interface AnchoredStatement extends Statement {
  anchor: Anchor
}
export interface AnchoredEvent extends StoryEvent {
  anchor: Anchor
}
export interface AnchoredNonResponse extends NonResponse {
  anchor: Anchor
}
export interface Story extends Omit<StoryFile, 'statements' | 'events' | 'claims' | 'nonResponses'> {
  /** The main claim (the question) first, then the further claims: never empty. */
  claims: Claim[]
  statements: AnchoredStatement[]
  events: AnchoredEvent[]
  nonResponses: AnchoredNonResponse[]
  /** "sha256:<hex>" of the file as read: names the exact data an export came from. */
  contentHash: string
}

export class StoryDataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Story data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    )
    this.name = 'StoryDataError'
  }
}

const ITEM_NAMES: Record<string, string> = {
  statements: 'statement',
  events: 'event',
  perspectives: 'perspective',
  sources: 'source',
  claims: 'claim',
  nonResponses: 'non-response',
  relatedReports: 'related report',
}

/** "statement s3" when the item has a usable id, else "statements[2]". */
function itemName(raw: unknown, collection: string, index: number): string {
  const list = (raw as Record<string, unknown> | null)?.[collection]
  const item = Array.isArray(list) ? list[index] : undefined
  const itemId = (item as { id?: unknown } | undefined)?.id
  const singular = ITEM_NAMES[collection] ?? collection
  return typeof itemId === 'string' && itemId.length > 0 ? `${singular} ${itemId}` : `${collection}[${index}]`
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const UNION_HINTS: Record<string, string> = {
  date: 'must be "unknown", a date as YYYY-MM-DD, or { "value": YYYY-MM-DD, "inferred": true, "reason": … }',
  url: 'must be "unknown" or an http(s) URL',
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const path = [...issue.path]
  let where = 'story'
  const [first, second] = path
  if (typeof first === 'string' && typeof second === 'number' && first in ITEM_NAMES) {
    where = itemName(raw, first, second)
    path.splice(0, 2)
  }
  let message = issue.message
  const value = valueAt(raw, issue.path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    message = 'is missing'
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `must be one of ${issue.values.map(String).join(', ')} (got ${JSON.stringify(value)})`
  } else if (issue.code === 'invalid_union') {
    message = UNION_HINTS[String(issue.path.at(-1))] ?? message
  } else if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  }
  const field = path.map(String).join('.')
  return field ? `${where}: ${field} ${message}` : `${where}: ${message}`
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : ''
    throw new StoryDataError([`${file}: invalid JSON${where}: ${message}`])
  }
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of ids) {
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}

function anchorProblem(result: ReturnType<typeof findAnchor>, sourceId: string): string | undefined {
  if (result.ok) return undefined
  switch (result.reason) {
    case 'not-found':
      return `text not found in source "${sourceId}"`
    case 'ambiguous':
      return `text occurs ${result.occurrences} times in source "${sourceId}"; set "occurrence" to say which`
    case 'occurrence-out-of-range':
      return `occurrence is out of range: the text occurs ${result.occurrences} time${result.occurrences === 1 ? '' : 's'} in source "${sourceId}"`
  }
}

/**
 * Statements still marked "review": "draft" (the old way of keeping drafts in a file):
 * refused, saying where drafts live now, rather than passed off as reviewed statements.
 */
function draftsIn(file: string, raw: unknown): string[] {
  const list = (raw as { statements?: unknown } | null)?.statements
  if (!Array.isArray(list)) return []
  return list.flatMap((item: unknown, index) =>
    item !== null && typeof item === 'object' && 'review' in item
      ? [
          `${file}: ${itemName(raw, 'statements', index)}: is marked "review": "draft". A story file holds reviewed statements only: ` +
            'remove the draft statements from the file, then add their article again with "npm run import" or "Add an article", and review them there',
        ]
      : [],
  )
}

/**
 * Parses and checks one story file's text; `file` is the path used in messages. Free of
 * Node APIs, so the import page checks a drafted story with exactly the loader's rules.
 */
export function checkStory(file: string, text: string): Omit<Story, 'contentHash'> {
  const raw = parseJson(file, text)
  const drafts = draftsIn(file, raw)
  if (drafts.length > 0) throw new StoryDataError(drafts)
  const parsed = storySchema.safeParse(raw)
  if (!parsed.success) {
    throw new StoryDataError(parsed.error.issues.map((issue) => `${file}: ${describeIssue(raw, issue)}`))
  }
  const story = parsed.data
  const problems: string[] = []
  const report = (where: string, message: string) => problems.push(`${file}: ${where}: ${message}`)

  const claims = claimsOf(story)
  for (const [collection, items] of [
    ['perspective', story.perspectives],
    ['source', story.sources],
    ['claim', claims],
    ['event', story.events],
    ['statement', story.statements],
    ['non-response', story.nonResponses],
  ] as const) {
    for (const dup of duplicates(items.map((item) => item.id))) {
      report(`${collection} ${dup}`, `id "${dup}" is used by more than one ${collection}`)
    }
  }
  for (const dup of duplicates(claims.map((claim) => claim.slug))) {
    report(`claim ${claims.find((c) => c.slug === dup)!.id}`, `slug "${dup}" is used by more than one claim`)
  }
  const main = claims[0]!
  if (story.claims && main.wording !== story.question) {
    report(
      `claim ${main.id}`,
      'wording must be the story’s question, word for word: the first claim is the story’s main claim',
    )
  }
  const claimIds = new Set(claims.map((claim) => claim.id))

  const perspectiveIds = new Set(story.perspectives.map((p) => p.id))
  const sources = new Map(story.sources.map((s) => [s.id, s]))
  // Each source is folded once, however many statements anchor in it.
  const folded = new Map<string, Folded>()
  const foldedText = (id: string, text: string) => {
    let value = folded.get(id)
    if (!value) folded.set(id, (value = foldWhitespace(text)))
    return value
  }

  const anchorIn = (where: string, item: { text: string; source: string; occurrence?: number }) => {
    const source = sources.get(item.source)
    if (!source) {
      report(where, `source "${item.source}" is not a source of this story`)
      return undefined
    }
    const result = findAnchor(foldedText(source.id, source.text), item.text, item.occurrence)
    const problem = anchorProblem(result, item.source)
    if (problem) report(where, problem)
    return result.ok ? result.anchor : undefined
  }

  const statements: AnchoredStatement[] = []
  for (const statement of story.statements) {
    const where = `statement ${statement.id}`
    if (!perspectiveIds.has(statement.perspective)) {
      report(where, `perspective "${statement.perspective}" is not a perspective of this story`)
    }
    // A statement takes a stance on at least one claim; only then may the main one be missing.
    if (!statement.stance && statement.stances.length === 0) report(where, 'stance is missing')
    const seen = new Set<string>()
    statement.stances.forEach((stance, index) => {
      const field = `stances.${index}.claim`
      if (stance.claim === main.id)
        report(where, `${field} "${stance.claim}" is the main claim: its stance goes in "stance"`)
      else if (!claimIds.has(stance.claim))
        report(where, `${field} "${stance.claim}" is not a claim of this story`)
      else if (seen.has(stance.claim))
        report(where, `${field} "${stance.claim}" has a stance already: one stance per claim`)
      seen.add(stance.claim)
    })
    const anchor = anchorIn(where, statement)
    if (anchor) statements.push({ ...statement, anchor })
  }

  const events: AnchoredEvent[] = []
  for (const event of story.events) {
    const anchor = anchorIn(`event ${event.id}`, event)
    if (anchor) events.push({ ...event, anchor })
  }

  const nonResponses: AnchoredNonResponse[] = []
  for (const item of story.nonResponses) {
    const where = `non-response ${item.id}`
    if (!perspectiveIds.has(item.perspective))
      report(where, `perspective "${item.perspective}" is not a perspective of this story`)
    if (!claimIds.has(item.claim)) report(where, `claim "${item.claim}" is not a claim of this story`)
    const anchor = anchorIn(where, item)
    if (anchor) nonResponses.push({ ...item, anchor })
  }

  if (problems.length > 0) throw new StoryDataError(problems)
  const checked = { ...story, claims, statements, events, nonResponses }
  return checked
}
