import './server-only'
import { hostname, userInfo } from 'node:os'
import { eq, sql } from 'drizzle-orm'
import type { StoreDb } from '../store/db'
import { changes } from '../store/history-tables'
import type { Change, HistoryEntity } from '../store/history'
import * as t from '../store/tables'
import { notFound } from './errors'

/**
 * The change log's writes. Every command records here who made a change, when, and the
 * fields before and after, inside its own transaction: a change is never without its
 * record, and a record is never without its change.
 */

export interface ChangeInput {
  storyId: string
  entity: HistoryEntity
  entityId: string
  /** create, update, move, delete, restore, import, replace, purge, reorder, extract… */
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

const ACTOR = /^(seed|user:.+|cli:.+)$/

/** Records changes; call it with the transaction that makes them. */
export async function recordChanges(tx: StoreDb, list: ChangeInput[]): Promise<Change[]> {
  if (list.length === 0) return []
  for (const change of list)
    if (!ACTOR.test(change.actor))
      // A programming error, not a user's: every caller passes a known actor.
      throw new Error(`a change needs who made it (got ${JSON.stringify(change.actor)})`)
  const versions = new Map<string, number | null>()
  for (const change of list)
    if (change.storyVersion === undefined && !versions.has(change.storyId)) {
      const [row] = await tx
        .select({ version: t.stories.version })
        .from(t.stories)
        .where(eq(t.stories.id, change.storyId))
      versions.set(change.storyId, row?.version ?? null)
    }
  const rows = await tx
    .insert(changes)
    .values(
      list.map((change) => ({
        storyId: change.storyId,
        entity: change.entity,
        entityId: change.entityId,
        action: change.action,
        actor: change.actor,
        before: change.before ?? null,
        after: change.after ?? null,
        version: change.version ?? null,
        storyVersion: change.storyVersion === undefined ? versions.get(change.storyId)! : change.storyVersion,
      })),
    )
    .returning()
  return rows as Change[]
}

export async function recordChange(tx: StoreDb, change: ChangeInput): Promise<Change> {
  const [row] = await recordChanges(tx, [change])
  return row!
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
  if (!row) throw notFound(`There is no story “${storyId}”.`)
  return row.version
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
