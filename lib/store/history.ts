import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm'
import type { LoggedChange } from '../edits/history-entry'
import { authUsers } from './auth-tables'
import type { StoreDb } from './db'
import { changes } from './history-tables'

/**
 * Reading the change log (lib/commands/history.ts writes it): who changed what, when,
 * and the fields before and after.
 */

/** statement, story, perspective (a camp), source; other parts of the app add their own. */
export type HistoryEntity = 'statement' | 'story' | 'perspective' | 'source' | (string & {})

export interface Change extends LoggedChange {
  storyId: string
  version: number | null
  storyVersion: number | null
}

/** A story's changes, newest first (drafts in review are not the story's yet: left out). */
export async function storyHistory(db: StoreDb, storyId: string, limit = 500): Promise<Change[]> {
  return (await db
    .select()
    .from(changes)
    .where(and(eq(changes.storyId, storyId), ne(changes.entity, 'draft')))
    .orderBy(desc(changes.id))
    .limit(limit)) as Change[]
}

/** One entity's changes (a statement's, a camp's), newest first. */
export async function entityHistory(
  db: StoreDb,
  storyId: string,
  entity: HistoryEntity,
  entityId: string,
): Promise<Change[]> {
  return (await db
    .select()
    .from(changes)
    .where(and(eq(changes.storyId, storyId), eq(changes.entity, entity), eq(changes.entityId, entityId)))
    .orderBy(desc(changes.id))) as Change[]
}

export async function changeById(db: StoreDb, storyId: string, id: number): Promise<Change | undefined> {
  const [row] = await db
    .select()
    .from(changes)
    .where(and(eq(changes.storyId, storyId), eq(changes.id, id)))
  return row as Change | undefined
}

/** How many changes a story has. */
export async function changeCount(db: StoreDb, storyId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(changes)
    .where(eq(changes.storyId, storyId))
  return row?.n ?? 0
}

/**
 * A statement's changes, newest first, and before them, when it came from a review, the
 * changes of its draft there: from the extractor's draft (or the editor's selection) to
 * the last correction before it was saved to the story.
 */
export async function statementTimeline(
  db: StoreDb,
  storyId: string,
  statementId: string,
): Promise<Change[]> {
  const own = await entityHistory(db, storyId, 'statement', statementId)
  const saved = own.findLast((change) => change.action === 'save')
  const from = (saved?.after as { savedFrom?: { review?: unknown; draft?: unknown } } | null)?.savedFrom
  if (typeof from?.review !== 'string' || typeof from.draft !== 'string') return own
  return [...own, ...(await entityHistory(db, storyId, 'draft', `${from.review}/${from.draft}`))]
}

/** The display names (and emails) of the people behind `user:<email>` actors. */
export async function peopleOf(
  db: StoreDb,
  actors: Iterable<string>,
): Promise<Map<string, { name: string; email: string }>> {
  const emails = [...new Set([...actors].filter((a) => a.startsWith('user:')).map((a) => a.slice(5)))]
  if (emails.length === 0) return new Map()
  const rows = await db
    .select({ name: authUsers.name, email: authUsers.email })
    .from(authUsers)
    .where(inArray(authUsers.email, emails))
  return new Map(rows.map((row) => [`user:${row.email}`, row]))
}
