import { hostname, userInfo } from 'node:os'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { StoreDb } from './db'
import { changes } from './history-tables'
import * as t from './tables'

/**
 * The change log. Every write to a story's data records here who made it, when, and the
 * fields before and after, inside the writer's own transaction: a change is never
 * without its record, and a record is never without its change.
 */

/** statement, story, perspective (a camp), source; other parts of the app add their own. */
export type HistoryEntity = 'statement' | 'story' | 'perspective' | 'source' | (string & {})

export interface ChangeInput {
  storyId: string
  entity: HistoryEntity
  entityId: string
  /** create, update, move, delete, restore, import, replace, purge, reorder… */
  action: string
  /** "user:<email>", "cli:<user>@<host>" or "seed". */
  actor: string
  before?: unknown
  after?: unknown
  /** The entity's version after the change, when it has one. */
  version?: number | null
  /** The story's version after the change; read from the store when not given. */
  storyVersion?: number | null
}

export interface Change {
  id: number
  storyId: string
  entity: string
  entityId: string
  action: string
  actor: string
  at: Date
  before: unknown
  after: unknown
  version: number | null
  storyVersion: number | null
}

const ACTOR = /^(seed|user:.+|cli:.+)$/

export class ActorError extends Error {
  constructor(actor: string) {
    super(
      `a change needs who made it, as user:<email>, cli:<user>@<host> or seed (got ${JSON.stringify(actor)})`,
    )
    this.name = 'ActorError'
  }
}

/** Records one change; call it with the transaction that makes the change. */
export async function recordChange(tx: StoreDb, change: ChangeInput): Promise<Change> {
  if (!ACTOR.test(change.actor)) throw new ActorError(change.actor)
  let storyVersion = change.storyVersion
  if (storyVersion === undefined) {
    const [row] = await tx
      .select({ version: t.stories.version })
      .from(t.stories)
      .where(eq(t.stories.id, change.storyId))
    storyVersion = row?.version ?? null
  }
  const [row] = await tx
    .insert(changes)
    .values({
      storyId: change.storyId,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      actor: change.actor,
      before: change.before ?? null,
      after: change.after ?? null,
      version: change.version ?? null,
      storyVersion,
    })
    .returning()
  return row as Change
}

/** Who runs a command-line tool, as history records it. */
export function cliActor(): string {
  let user = process.env.USER ?? 'unknown'
  try {
    user = userInfo().username
  } catch {
    // No passwd entry (some containers): the environment's name will do.
  }
  return `cli:${user}@${hostname()}`
}

/** A story's changes, newest first. */
export async function storyHistory(db: StoreDb, storyId: string, limit = 500): Promise<Change[]> {
  return (await db
    .select()
    .from(changes)
    .where(eq(changes.storyId, storyId))
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

/** Records a change to a story's data, with the story's version bumped first. */
export async function recordStoryChange(
  tx: StoreDb,
  entry: Omit<ChangeInput, 'storyVersion'>,
): Promise<Change> {
  const storyVersion = await bumpStory(tx, entry.storyId)
  return recordChange(tx, { ...entry, storyVersion })
}

/**
 * Marks the story changed: its version (the key its cached copy is read under) goes up,
 * so every instance shows the change on its next look at the stamp. The content hash is
 * cleared: the read computes it again from the edited story's export.
 */
export async function bumpStory(tx: StoreDb, storyId: string): Promise<number> {
  const [row] = await tx
    .update(t.stories)
    .set({ version: sql`${t.stories.version} + 1`, updatedAt: sql`now()`, contentHash: '' })
    .where(eq(t.stories.id, storyId))
    .returning({ version: t.stories.version })
  if (!row) throw new NotFoundError(`There is no story “${storyId}”.`)
  return row.version
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotFoundError'
  }
}

/**
 * The row changed since the editor read it: the save is refused, and the error carries
 * the row as it is now (and the editor's attempted change) so a page can show both.
 */
export class StaleVersionError<T = unknown> extends Error {
  constructor(
    readonly current: T,
    readonly expectedVersion: number | undefined,
    readonly attempted?: unknown,
  ) {
    super('Someone else changed this since you opened it. Your changes were not saved.')
    this.name = 'StaleVersionError'
  }
}
