import '../server-only'
import { eq, sql } from 'drizzle-orm'
import { parseStory } from '../../story/story'
import { StoryDataError, type Story } from '../../story/story-check'
import { SOURCE_MAX_BYTES } from '../../story/values'
import { insertJson } from './bulk-insert'
import { deleteClaimRows, insertClaimRows, putClaims } from '../claims/rows'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { CommandError } from '../errors'
import { recordChange } from '../history'
import { caveatRows, statementRow } from '../statements/rows'
import { inTransaction } from '../transaction'

/**
 * Writing a whole story (stories:import, the seed on start): the one gate (schema and
 * anchor check, lib/story/story-check) first, then every row in one transaction, so a
 * write that fails changes nothing.
 */

export const MAX_STATEMENTS = 100_000

/** A story whose id is already in the store, imported without `replace`. */
export const storyExists = (storyId: string) =>
  new CommandError('conflict', `story "${storyId}" is already in the store`)

/** The limits the store keeps to, checked before the story check does any work. */
function checkLimits(label: string, text: string) {
  const raw = JSON.parse(text) as { statements?: unknown; sources?: unknown }
  const problems: string[] = []
  if (Array.isArray(raw.statements) && raw.statements.length > MAX_STATEMENTS) {
    problems.push(`${label}: story has ${raw.statements.length} statements; the limit is 100,000`)
  }
  if (Array.isArray(raw.sources)) {
    for (const [index, source] of raw.sources.entries()) {
      const body = (source as { text?: unknown; id?: unknown } | null)?.text
      if (typeof body === 'string' && Buffer.byteLength(body, 'utf8') > SOURCE_MAX_BYTES) {
        const id = (source as { id?: unknown }).id
        problems.push(
          `${label}: ${typeof id === 'string' ? `source ${id}` : `sources[${index}]`}: text is ${(Buffer.byteLength(body, 'utf8') / 1048576).toFixed(1)} MB; the limit is 2 MB`,
        )
      }
    }
  }
  if (problems.length > 0) throw new StoryDataError(problems)
}

/** Checks a story file's text with the store's limits and the story check. */
export function checkForStore(label: string, text: string): Story {
  checkLimits(label, text)
  return parseStory(label, text)
}

// Postgres takes at most 65,535 parameters in one statement (sources go in as VALUES;
// the many-row tables as one JSON parameter, see bulk-insert).
const CHUNK = 2_000

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK))
}

async function insertChildren(db: StoreDb, story: Story) {
  const storyId = story.id
  if (story.perspectives.length > 0)
    await db
      .insert(t.perspectives)
      .values(story.perspectives.map((p, position) => ({ storyId, position, ...p, match: p.match ?? null })))
  await insertChunked(
    story.sources.map((s, position) => ({ storyId, position, ...s })),
    (rows) => db.insert(t.sources).values(rows),
  )
  await insertJson(
    db,
    t.events,
    story.events.map((e, position) => ({
      storyId,
      id: e.id,
      position,
      sourceId: e.source,
      text: e.text,
      occurrence: e.occurrence ?? null,
      anchorStart: e.anchor.start,
      anchorEnd: e.anchor.end,
      label: e.label,
      date: e.date ?? null,
      notes: e.notes,
    })),
  )
  await insertJson(
    db,
    t.statements,
    story.statements.map((s, position) => statementRow(storyId, position, s)),
  )
  await insertJson(db, t.caveats, caveatRows(storyId, story.statements))
  if (story.relatedReports.length > 0)
    await db
      .insert(t.relatedReports)
      .values(story.relatedReports.map((r, position) => ({ storyId, position, ...r })))
  await insertClaimRows(db, story)
}

async function deleteChildren(db: StoreDb, storyId: string) {
  // Claim rows first: they point at statements, sources and perspectives.
  await deleteClaimRows(db, storyId)
  // Statements next: they point at sources and perspectives. Caveats go with them.
  await db.delete(t.statements).where(eq(t.statements.storyId, storyId))
  await db.delete(t.events).where(eq(t.events.storyId, storyId))
  await db.delete(t.sources).where(eq(t.sources.storyId, storyId))
  await db.delete(t.perspectives).where(eq(t.perspectives.storyId, storyId))
  await db.delete(t.relatedReports).where(eq(t.relatedReports.storyId, storyId))
}

export interface WriteResult {
  story: Story
  /** What a replace overwrote: its version and statement count. */
  replaced?: { version: number; statements: number }
}

export interface WriteOptions {
  replace?: boolean
  /** Who writes: "seed", "cli:<user>@<host>" or "user:<email>"; the change log records it. */
  actor: string
}

/** An import or a replace, in the story's change log, with what it brought. */
const recordImport = (
  tx: StoreDb,
  story: Story,
  actor: string,
  change: { action: 'import' | 'replace'; before?: unknown; storyVersion?: number },
) =>
  recordChange(tx, {
    storyId: story.id,
    entity: 'story',
    entityId: story.id,
    actor,
    after: summaryOf(story),
    ...change,
  })

const summaryOf = (story: Story) => ({
  title: story.title,
  question: story.question,
  claims: story.claims.length,
  perspectives: story.perspectives.length,
  sources: story.sources.length,
  statements: story.statements.length,
  contentHash: story.contentHash,
})

/**
 * Writes a checked story in one transaction, with its record in the change log. Without
 * `replace`, a story whose id is already in the store is refused (a conflict) and
 * nothing changes.
 */
export async function writeStory(
  db: StoreDb,
  story: Story,
  { replace = false, actor }: WriteOptions,
): Promise<WriteResult> {
  return inTransaction(db, async (tx) => {
    const head = {
      title: story.title,
      question: story.question,
      summary: story.summary ?? null,
      contentHash: story.contentHash,
    }
    const inserted = await tx
      .insert(t.stories)
      .values({ id: story.id, ...head })
      .onConflictDoNothing()
      .returning({ id: t.stories.id })
    if (inserted.length > 0) {
      await putClaims(tx, story, actor)
      await insertChildren(tx, story)
      await recordImport(tx, story, actor, { action: 'import', storyVersion: 1 })
      return { story }
    }
    if (!replace) throw storyExists(story.id)
    const [old] = await tx
      .select({ version: t.stories.version })
      .from(t.stories)
      .where(eq(t.stories.id, story.id))
      .for('update')
    const [{ count }] = (await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(t.statements)
      .where(eq(t.statements.storyId, story.id))) as [{ count: number }]
    const reworded = await putClaims(tx, story, actor)
    await deleteChildren(tx, story.id)
    await tx
      .update(t.stories)
      .set({ ...head, version: sql`${t.stories.version} + 1`, updatedAt: sql`now()` })
      .where(eq(t.stories.id, story.id))
    await insertChildren(tx, story)
    await recordImport(tx, story, actor, {
      action: 'replace',
      before: { version: old?.version ?? 0, statements: count },
    })
    for (const change of reworded)
      await recordChange(tx, {
        storyId: story.id,
        entity: 'claim',
        entityId: change.claimId,
        action: 'reword',
        actor,
        before: { wording: change.before },
        after: { wording: change.after },
      })
    return { story, replaced: { version: old?.version ?? 0, statements: count } }
  })
}

/** Checks a story file's text and writes it; see writeStory. */
export async function importStoryText(
  db: StoreDb,
  label: string,
  text: string,
  options: WriteOptions,
): Promise<WriteResult> {
  return writeStory(db, checkForStore(label, text), options)
}
