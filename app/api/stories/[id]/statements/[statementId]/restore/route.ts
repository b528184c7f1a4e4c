import { route } from '@/lib/commands/route'
import { setDeleted } from '@/lib/commands/statements/edit'
import { restoreStatementVersion } from '@/lib/commands/statements/restore'
import * as statements from '@/lib/commands/statements/schema'

/** Undoes a delete, or (with a change's id) puts back a version from the statement's history. */
export const POST = route(statements.restoreStatement, async ({ db, caller, input, params }) => {
  const { changeId, side, expectedVersion } = input
  const target = { storyId: params.id, statementId: params.statementId, actor: caller.actor, expectedVersion }
  return {
    statement:
      changeId === undefined
        ? await setDeleted(db, { ...target, deleted: false })
        : await restoreStatementVersion(db, { ...target, changeId, side }),
  }
})
