import { CHANNEL_LABELS, KIND_LABELS, NO_STANCE_NAME, STANCE_NAMES } from '../story/vocabulary'
import type { Channel, Kind, Stance } from '../story/codebook'
import type { StatementSnapshot } from './statement'

/**
 * What changed between two versions of a statement, field by field, in the words the
 * reader shows: the History panel and the conflict message both list these.
 */

export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

type CampNames = Record<string, string>

/** No date of its own: the source's date stands for it. */
export const NO_STATEMENT_DATE = '(none: the source’s date)'

/** Undefined: the version was logged before the field existed, so it says nothing about it. */
type Show = (s: StatementSnapshot, camps: CampNames) => string | undefined

/** A choice a draft has not made yet is kept empty. */
const chosen = (value: string, shown: string) => (value === '' ? '(not chosen yet)' : shown)

const FIELDS: { field: string; label: string; show: Show }[] = [
  {
    field: 'perspective',
    label: 'Camp',
    show: (s, camps) => chosen(s.perspective, camps[s.perspective] ?? s.perspective),
  },
  { field: 'speaker.name', label: 'Speaker', show: (s) => s.speaker.name },
  { field: 'speaker.role', label: 'Role', show: (s) => s.speaker.role ?? '(none given)' },
  { field: 'text', label: 'Text', show: (s) => s.text },
  {
    field: 'anchor',
    label: 'Span',
    show: (s) =>
      `characters ${(s.anchor.start + 1).toLocaleString('en')}–${s.anchor.end.toLocaleString('en')}`,
  },
  { field: 'kind', label: 'Kind', show: (s) => chosen(s.kind, KIND_LABELS[s.kind as Kind] ?? s.kind) },
  { field: 'attribution', label: 'Attribution', show: (s) => s.attribution },
  {
    field: 'channel',
    label: 'First-hand or secondhand',
    show: (s) => chosen(s.channel, CHANNEL_LABELS[s.channel as Channel] ?? s.channel),
  },
  {
    field: 'stance.value',
    label: 'Stance',
    show: (s) =>
      s.stance
        ? chosen(s.stance.value, STANCE_NAMES[s.stance.value as Stance] ?? s.stance.value)
        : NO_STANCE_NAME,
  },
  { field: 'stance.label', label: 'Stance label', show: (s) => s.stance?.label ?? '' },
  {
    field: 'stances',
    label: 'Stances on further claims',
    show: (s) =>
      s.stances === undefined
        ? undefined
        : s.stances.length === 0
          ? '(none)'
          : s.stances
              .map((x) => `${x.claim}: ${STANCE_NAMES[x.value as Stance] ?? x.value} — ${x.label}`)
              .join('; '),
  },
  {
    field: 'date',
    label: 'Date',
    show: (s) => (s.date === undefined ? undefined : (s.date ?? NO_STATEMENT_DATE)),
  },
  { field: 'caveats', label: 'Caveats', show: (s) => (s.caveats.length ? s.caveats.join(' · ') : '(none)') },
  { field: 'deleted', label: 'Status', show: (s) => (s.deleted ? 'Deleted' : 'In the story') },
]

/** Every field, shown for one version. */
export function statementFields(s: StatementSnapshot, camps: CampNames = {}): FieldChange[] {
  return FIELDS.map(({ field, label, show }) => {
    const shown = show(s, camps) ?? '(not recorded)'
    return { field, label, before: shown, after: shown }
  })
}

/** The fields that differ; with no `before` (a first version), every field. */
export function statementChanges(
  before: StatementSnapshot | null,
  after: StatementSnapshot | null,
  camps: CampNames = {},
): FieldChange[] {
  return FIELDS.flatMap(({ field, label, show }) => {
    const a = before ? show(before, camps) : ''
    const b = after ? show(after, camps) : ''
    // A side logged before the field existed cannot say whether it changed.
    if (a === undefined || b === undefined) return []
    return a === b ? [] : [{ field, label, before: a, after: b }]
  })
}

/** The people behind `user:<email>` actors: their display name and email. */
export type People = ReadonlyMap<string, { name: string; email: string }>

/**
 * Who made a change, as the page names them: a person by their display name, with their
 * email for an admin ("Ann Editor (ann@example.org)"); "ann@host (command line)" for a tool.
 */
export function actorName(actor: string, people: People = new Map(), withEmail = false): string {
  if (actor === 'seed') return 'Seeded from the story file'
  if (actor.startsWith('user:')) {
    const person = people.get(actor)
    const email = actor.slice(5)
    if (!person) return withEmail ? email : 'a former account'
    return withEmail ? `${person.name} (${person.email})` : person.name
  }
  if (actor.startsWith('cli:')) return `${actor.slice(4)} (command line)`
  return actor
}

export const ACTION_NAMES: Record<string, string> = {
  extract: 'Drafted by the extractor',
  add: 'Added by hand, from words selected in the article',
  review: 'Marked reviewed',
  unreview: 'No longer marked reviewed',
  remove: 'Removed from the review',
  save: 'Saved to the story',
  create: 'Added',
  update: 'Edited',
  move: 'Moved to another camp',
  delete: 'Deleted',
  restore: 'Restored',
  purge: 'Removed with its camp or source',
  import: 'Imported',
  replace: 'Replaced from a story file',
  reorder: 'Camps reordered',
  reword: 'Reworded',
  merge: 'Merged',
  keep: 'Kept at the settlement of a blind coding',
}

const shown = (value: unknown): string =>
  value === null || value === undefined
    ? '(none)'
    : typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.map(shown).join(', ')
        : typeof value === 'object' && 'value' in value
          ? `${shown((value as { value: unknown }).value)} (inferred)`
          : JSON.stringify(value)

const KEY_NAMES: Record<string, string> = {
  title: 'Title',
  question: 'Question',
  label: 'Name',
  definition: 'Definition',
  publisher: 'Publisher',
  date: 'Date',
  url: 'URL',
  camps: 'Camp order',
  statements: 'Statements',
  wording: 'Wording',
  keywords: 'Keywords',
}

/** The changed facts of a story, camp or source (bookkeeping left out). */
export function factChanges(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  return Object.keys(KEY_NAMES).flatMap((key) => {
    if (!(key in a) && !(key in b)) return []
    const x = key in a ? shown(a[key]) : ''
    const y = key in b ? shown(b[key]) : ''
    return x === y ? [] : [{ field: key, label: KEY_NAMES[key]!, before: x, after: y }]
  })
}
