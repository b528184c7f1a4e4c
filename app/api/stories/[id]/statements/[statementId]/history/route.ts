import { route } from '@/lib/commands/route'
import * as statements from '@/lib/commands/statements/schema'
import { actorName } from '@/lib/edits/diff'
import { historyEntry } from '@/lib/edits/history-entry'
import { peopleOf, statementTimeline } from '@/lib/store/history'

/**
 * The statement's history, newest first: its changes in the story, then its draft's in
 * review down to the extractor's. People by their display name; admins also see the email.
 */
export const GET = route(statements.statementHistory, async ({ db, caller, params }) => {
  const changes = await statementTimeline(db, params.id, params.statementId)
  const people = await peopleOf(
    db,
    changes.map((c) => c.actor),
  )
  const admin = caller.user.role === 'admin'
  return { changes: changes.map((c) => historyEntry(c, actorName(c.actor, people, admin))) }
})
