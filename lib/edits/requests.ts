import { z } from 'zod'
import { CHANNELS, KINDS, STANCES } from '../story/codebook'

/**
 * The bodies the edit routes accept, shared by the route handlers (which check them) and
 * the edit forms (which build them). Shape only: the store checks the values against the
 * story (camps, anchors) and says what is wrong in the user's words.
 */

const version = z.number().int().min(0)
const text = z.string().max(10_000)
const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })

export const statementChanges = z.strictObject({
  perspective: z.string().max(200).optional(),
  speaker: z.strictObject({ name: text, role: text.nullable() }).optional(),
  kind: z.enum(KINDS).optional(),
  attribution: text.optional(),
  channel: z.enum(CHANNELS).optional(),
  stance: z.strictObject({ value: z.enum(STANCES), label: text }).optional(),
  caveats: z.array(text).max(100).optional(),
  anchor: span.optional(),
  /** YYYY-MM-DD, or null to clear; the store checks it is a real day. */
  date: z.string().max(40).nullable().optional(),
})
export type StatementChangesBody = z.infer<typeof statementChanges>

export const editStatementBody = z.strictObject({ expectedVersion: version, changes: statementChanges })
export const deleteStatementBody = z.strictObject({ expectedVersion: version.optional() })
export const restoreStatementBody = z.strictObject({
  /** A change in the statement's history whose version to restore; none: undo a delete. */
  changeId: z.number().int().min(1).optional(),
  side: z.enum(['after', 'before']).optional(),
  expectedVersion: version.optional(),
})

const head = z.strictObject({ title: text.optional(), question: text.optional() })
export const editStoryBody = z.strictObject({ expected: head, changes: head })

export const addCampBody = z.strictObject({ label: text, definition: text })
export const reorderCampsBody = z.strictObject({ order: z.array(z.string().max(200)).min(1).max(1000) })
export const editCampBody = z.strictObject({
  expectedVersion: version,
  changes: z.strictObject({ label: text.optional(), definition: text.optional() }),
})

const sourceDate = z.union([
  z.string().max(100),
  z.strictObject({ value: z.string().max(20), inferred: z.literal(true), reason: text }),
])
export const editSourceBody = z.strictObject({
  expectedVersion: version,
  changes: z.strictObject({
    publisher: text.optional(),
    title: text.optional(),
    date: sourceDate.optional(),
    url: z.string().max(2_000).optional(),
  }),
})
export const deleteBody = z.strictObject({ expectedVersion: version.optional() })

/** The field names of a request, as a form labels them. */
export const FIELD_NAMES: Record<string, string> = {
  perspective: 'Camp',
  'speaker.name': 'Speaker',
  'speaker.role': 'Role',
  kind: 'Kind',
  attribution: 'Attribution',
  channel: 'First-hand or secondhand',
  'stance.value': 'Stance',
  'stance.label': 'Stance label',
  caveats: 'Caveats',
  anchor: 'Text',
  text: 'Text',
  title: 'Title',
  question: 'Question',
  label: 'Name',
  definition: 'Definition',
  publisher: 'Publisher',
  date: 'Date',
  url: 'URL',
  order: 'Camp order',
  expectedVersion: 'Version',
}

/** "Stance: must be one of …" for a request that fails its shape; in words a form can show. */
export function describeBodyProblem(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!
  const path = issue.path.filter((p) => p !== 'changes').map(String)
  const field = path.filter((p) => !/^\d+$/.test(p)).join('.')
  const name = FIELD_NAMES[field] ?? FIELD_NAMES[path[0] ?? ''] ?? 'The request'
  let message = 'is not valid'
  if (issue.code === 'invalid_value' && 'values' in issue)
    message = `must be one of: ${issue.values.join(', ')}`
  else if (issue.code === 'unrecognized_keys') message = 'has a part this form does not send'
  else if (issue.code === 'invalid_type') message = 'is missing or of the wrong kind'
  else if (issue.code === 'too_big') message = 'is too long'
  return { field: field || 'request', message: `${name} ${message}.` }
}
