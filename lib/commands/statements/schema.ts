import { z } from 'zod'
import type { StatementSnapshot } from '../../edits/statement'
import { codedFields, span, stancesOnClaims, version } from '../../story/fields'
import type { HistoryEntry } from '../../edits/history-entry'
import type { ClaimChoice } from '../claims/schema'
import { endpoint } from '../endpoint'

export type { ClaimChoice } from '../claims/schema'

/**
 * Editing a statement of a story (editors): the fields it changes, each with its one
 * rule (lib/story/fields, the same as a draft's), a delete, and a restore. Its words
 * change only through a new selection in its source (`anchor`), never by typing.
 */

export const statementChanges = z
  .strictObject({ ...codedFields, stances: stancesOnClaims, anchor: span })
  .partial()
export type StatementChanges = z.output<typeof statementChanges>
export type StatementChangesInput = z.input<typeof statementChanges>

const PATH = '/api/stories/[id]/statements/[statementId]'

export interface CampChoice {
  id: string
  label: string
  definition: string
}

/** The statement as it is now, the story's camps and further claims: what the edit form starts from. */
export const readStatement = endpoint<{
  statement: StatementSnapshot
  camps: CampChoice[]
  claims: ClaimChoice[]
  /** The store's other claims, to add to the story. */
  shared: ClaimChoice[]
}>()({
  method: 'GET',
  path: PATH,
  access: 'editor',
  input: null,
})

/** Saves the changed fields, if the statement is still at `expectedVersion`. */
export const editStatement = endpoint<{ statement: StatementSnapshot }>()({
  method: 'PATCH',
  path: PATH,
  access: 'editor',
  input: z.strictObject({ expectedVersion: version, changes: statementChanges }),
})

/** A soft delete: out of the story, restorable from its history. */
export const deleteStatement = endpoint<{ statement: StatementSnapshot }>()({
  method: 'DELETE',
  path: PATH,
  access: 'editor',
  input: z.strictObject({ expectedVersion: version.optional() }),
})

/** Undoes a delete, or (with a change's id) puts back a version from the statement's history. */
export const restoreStatement = endpoint<{ statement: StatementSnapshot }>()({
  method: 'POST',
  path: `${PATH}/restore`,
  access: 'editor',
  input: z.strictObject({
    changeId: z.number().int().min(1).optional(),
    side: z.enum(['after', 'before']).optional(),
    expectedVersion: version.optional(),
  }),
})

/** The statement's history, newest first, from the extractor's draft on. */
export const statementHistory = endpoint<{ changes: HistoryEntry[] }>()({
  method: 'GET',
  path: `${PATH}/history`,
  access: 'editor',
  input: null,
})
