import { route } from '@/lib/commands/route'
import { restoreStatement, restoreStatementVersion } from '@/lib/commands/statements/restore'
import * as statements from '@/lib/commands/statements/schema'

/** Undoes a delete, or (with a change's id) puts back a version from the statement's history. */
export const POST = route(statements.restoreStatement, async ({ db, caller, input, params, changed }) => {
  changed(params.id)
  const { changeId, side, expectedVersion } = input
  const target = { storyId: params.id, statementId: params.statementId, actor: caller.actor, expectedVersion }
  return {
    statement:
      changeId === undefined
        ? await restoreStatement(db, target)
        : await restoreStatementVersion(db, { ...target, changeId, side }),
  }
})
