import { route } from '@/lib/commands/route'
import { editStatement, setDeleted } from '@/lib/commands/statements/edit'
import * as statements from '@/lib/commands/statements/schema'
import { notFound } from '@/lib/commands/errors'
import { campList } from '@/lib/store/camp-list'
import { readStatement } from '@/lib/store/statement-rows'

/** The statement as it is now, with its version, and the story's camps: what the edit form starts from. */
export const GET = route(statements.readStatement, async ({ db, params }) => {
  const statement = await readStatement(db, params.id, params.statementId)
  if (!statement) throw notFound('There is no such statement in this story.')
  return { statement, camps: await campList(db, params.id) }
})

export const PATCH = route(statements.editStatement, async ({ db, caller, input, params }) => {
  const target = { storyId: params.id, statementId: params.statementId, actor: caller.actor }
  return { statement: await editStatement(db, { ...target, ...input }) }
})

/** A soft delete: out of the story, restorable from its history. */
export const DELETE = route(statements.deleteStatement, async ({ db, caller, input, params }) => {
  const target = { storyId: params.id, statementId: params.statementId, actor: caller.actor }
  return { statement: await setDeleted(db, { ...target, ...input, deleted: true }) }
})
