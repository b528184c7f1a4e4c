import { and, eq, sql } from 'drizzle-orm'
import type { StoreDb } from './db'
import { nonResponsesCiting } from './claim-reads'
import { rewordClaim } from './claims'
import * as c from './claim-tables'
import { checkSourceFields, EditError, requireFilled } from './edit-checks'
import { NotFoundError, recordStoryChange as record, StaleVersionError } from './history'
import { purgeDeleted, statementsCiting } from './statement-rows'
import * as t from './tables'

/**
 * Edits to a story's own parts: its title and question, its sources' facts (camps: camp-edits).
 * Each is one transaction that checks what it touches, bumps the story's version and
 * records the change. A camp or source still cited by a statement cannot be deleted; the
 * error lists the statements to move or delete first.
 */

export interface StoryTarget {
  storyId: string
  actor: string
}

export interface StoryHead {
  title: string
  question: string
}

/**
 * Title and question: the check is on the values the editor started from, so two editors
 * changing different parts of the story (statements, camps) do not get in each other's way.
 */
export async function editStory(
  db: StoreDb,
  input: StoryTarget & { expected: Partial<StoryHead>; changes: Partial<StoryHead> },
): Promise<StoryHead> {
  const { storyId, changes, expected, actor } = input
  if (changes.title !== undefined) requireFilled('title', changes.title, 'The title')
  if (changes.question !== undefined) {
    requireFilled('question', changes.question, 'The question')
    // The question is the story's main claim, which the codebook words as a statement.
    if (changes.question.trim().endsWith('?'))
      throw new EditError(
        'question',
        'The question is the claim every stance is measured against: write it as a statement, not as a question.',
      )
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ title: t.stories.title, question: t.stories.question })
      .from(t.stories)
      .where(eq(t.stories.id, storyId))
      .for('update')
    if (!row) throw new NotFoundError(`There is no story “${storyId}”.`)
    const fields = (Object.keys(changes) as (keyof StoryHead)[]).filter((k) => changes[k] !== row[k])
    if (fields.some((k) => expected[k] !== undefined && expected[k] !== row[k]))
      throw new StaleVersionError(row, undefined, changes)
    if (fields.length === 0) return row
    const after = { ...row, ...changes }
    await tx.update(t.stories).set(changes).where(eq(t.stories.id, storyId))
    // The question is the main claim's wording: rewording it changes the claim everywhere
    // it is used, each story recording the change.
    if (changes.question !== undefined && changes.question !== row.question) {
      const [main] = await tx
        .select({ claimId: c.storyClaims.claimId })
        .from(c.storyClaims)
        .where(and(eq(c.storyClaims.storyId, storyId), eq(c.storyClaims.main, true)))
      if (main) await rewordClaim(tx, { claimId: main.claimId, wording: changes.question, actor })
    }
    await record(tx, {
      storyId,
      entity: 'story',
      entityId: storyId,
      action: 'update',
      actor,
      before: row,
      after,
    })
    return after
  })
}

export interface SourceFacts {
  publisher: string
  title: string
  date: unknown
  url: string
}
export interface SourceSnapshot extends SourceFacts {
  id: string
  version: number
}

async function lockSource(tx: StoreDb, storyId: string, id: string): Promise<SourceSnapshot> {
  const [row] = await tx
    .select({
      id: t.sources.id,
      publisher: t.sources.publisher,
      title: t.sources.title,
      date: t.sources.date,
      url: t.sources.url,
      version: t.sources.version,
    })
    .from(t.sources)
    .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, id)))
    .for('update')
  if (!row) throw new NotFoundError('That source is not in this story.')
  return row
}

export async function editSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion: number; changes: Partial<SourceFacts> },
): Promise<SourceSnapshot> {
  const { storyId, sourceId, changes, actor } = input
  checkSourceFields(changes)
  return db.transaction(async (tx) => {
    const before = await lockSource(tx, storyId, sourceId)
    if (before.version !== input.expectedVersion)
      throw new StaleVersionError(before, input.expectedVersion, changes)
    const after = { ...before, ...changes, version: before.version + 1 }
    if (JSON.stringify({ ...after, version: 0 }) === JSON.stringify({ ...before, version: 0 })) return before
    await tx
      .update(t.sources)
      .set({
        publisher: after.publisher,
        title: after.title,
        date: after.date,
        url: after.url,
        version: after.version,
        updatedAt: sql`now()`,
      })
      .where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
    await record(tx, {
      storyId,
      entity: 'source',
      entityId: sourceId,
      action: 'update',
      actor,
      before,
      after,
      version: after.version,
    })
    return after
  })
}

export async function deleteSource(
  db: StoreDb,
  input: StoryTarget & { sourceId: string; expectedVersion?: number },
): Promise<void> {
  const { storyId, sourceId, actor } = input
  await db.transaction(async (tx) => {
    const before = await lockSource(tx, storyId, sourceId)
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion)
      throw new StaleVersionError(before, input.expectedVersion, { delete: true })
    const citing = await statementsCiting(tx, storyId, t.statements.sourceId, sourceId)
    if (citing.length > 0)
      throw new EditError(
        'source',
        `${citing.length} statement${citing.length === 1 ? '' : 's'} still cite${citing.length === 1 ? 's' : ''} this source: delete ${citing.length === 1 ? 'it' : 'them'} first.`,
        citing,
      )
    const [events] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(t.events)
      .where(and(eq(t.events.storyId, storyId), eq(t.events.sourceId, sourceId)))) as [{ n: number }]
    if (events.n > 0)
      throw new EditError(
        'source',
        `The reporter’s narration (${events.n} passage${events.n === 1 ? '' : 's'}) is anchored in this source, so it cannot be deleted.`,
      )
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(t.sources)
      .where(eq(t.sources.storyId, storyId))) as [{ n: number }]
    const silent = await nonResponsesCiting(tx, storyId, { source: sourceId })
    if (silent > 0)
      throw new EditError(
        'source',
        `${silent} record${silent === 1 ? '' : 's'} that a camp gave no public response ${silent === 1 ? 'is' : 'are'} anchored in this source, so it cannot be deleted.`,
      )
    if (n <= 1) throw new EditError('source', 'A story needs at least one source.')
    await purgeDeleted(tx, storyId, t.statements.sourceId, sourceId, actor)
    await tx.delete(t.sources).where(and(eq(t.sources.storyId, storyId), eq(t.sources.id, sourceId)))
    await record(tx, { storyId, entity: 'source', entityId: sourceId, action: 'delete', actor, before })
  })
}
