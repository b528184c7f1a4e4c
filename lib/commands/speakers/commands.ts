import '../server-only'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { StoreDb } from '../../store/db'
import { speakerAliases } from '../../store/speaker-tables'
import * as t from '../../store/tables'
import { CommandError, notFound } from '../errors'
import { recordChanges } from '../history'
import { inTransaction } from '../transaction'

/**
 * Merging and splitting speakers: rows of the alias table, each merge or split recorded
 * in the change log of every story the name speaks in, in the same transaction. Statements
 * are never rewritten: they keep the name their source gives.
 */

/** The stories in which statements give this exact name. */
async function storiesOf(db: StoreDb, name: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ storyId: t.statements.storyId })
    .from(t.statements)
    .where(and(eq(t.statements.speakerName, name), isNull(t.statements.deletedAt)))
  return rows.map((row) => row.storyId).sort()
}

/** A merge or split, in the change log of every story in which statements give the name. */
async function recordInStories(
  tx: StoreDb,
  change: { name: string; actor: string; action: 'merge' | 'split'; was: string | null; now: string | null },
) {
  const { name, actor, action } = change
  await recordChanges(
    tx,
    (await storiesOf(tx, name)).map((storyId) => ({
      storyId,
      entity: 'speaker',
      entityId: name,
      action,
      actor,
      before: { name, mergedInto: change.was },
      after: { name, mergedInto: change.now },
    })),
  )
}

/**
 * Whether a merge is allowed rests on alias rows that may not exist yet (no row to lock):
 * merges and splits run serializable, so of A→B and B→A (or A→B and B→C) sent at the same
 * moment to two instances, one is run again after the other and sees it. No cycle, no chain.
 */
const onAliases = <T>(db: StoreDb, work: (tx: StoreDb) => Promise<T>) =>
  inTransaction(db, work, { isolation: 'serializable' })

/**
 * Merges `name` (and any names already merged into it) into `into`. `into` may itself be
 * a merged name: the merge goes to its canonical name, so merges stay one level deep.
 */
export async function mergeSpeaker(
  db: StoreDb,
  { name, into, actor }: { name: string; into: string; actor: string },
): Promise<{ canonical: string; moved: string[] }> {
  return onAliases(db, async (tx) => {
    const [target] = await tx.select().from(speakerAliases).where(eq(speakerAliases.name, into))
    const canonical = target?.canonical ?? into
    if (canonical === name)
      throw new CommandError('conflict', `“${name}” is already the name the others are merged into.`)
    if ((await storiesOf(tx, name)).length === 0) throw notFound(`No statement gives the speaker “${name}”.`)
    if ((await storiesOf(tx, canonical)).length === 0)
      throw notFound(`No statement gives the speaker “${canonical}”.`)
    // The name itself, and whatever was merged into it, now join the canonical name.
    const following = await tx.select().from(speakerAliases).where(eq(speakerAliases.canonical, name))
    const moved = [name, ...following.map((row) => row.name)]
    const [current] = await tx.select().from(speakerAliases).where(eq(speakerAliases.name, name))
    for (const variant of moved) {
      const before = variant === name ? (current?.canonical ?? name) : name
      await tx
        .insert(speakerAliases)
        .values({ name: variant, canonical, actor })
        .onConflictDoUpdate({ target: speakerAliases.name, set: { canonical, actor, updatedAt: new Date() } })
      await recordInStories(tx, {
        name: variant,
        actor,
        action: 'merge',
        was: before === variant ? null : before,
        now: canonical,
      })
    }
    return { canonical, moved }
  })
}

/** Undoes a merge: the name is its own speaker again. */
export async function splitSpeaker(db: StoreDb, { name, actor }: { name: string; actor: string }) {
  return onAliases(db, async (tx) => {
    const [row] = await tx.select().from(speakerAliases).where(eq(speakerAliases.name, name)).for('update')
    if (!row) throw new CommandError('conflict', `“${name}” is not merged into another speaker.`)
    await tx.delete(speakerAliases).where(inArray(speakerAliases.name, [name]))
    await recordInStories(tx, { name, actor, action: 'split', was: row.canonical, now: null })
    return { name, was: row.canonical }
  })
}
