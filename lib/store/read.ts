import { createHash } from 'node:crypto'
import { asc, eq, sql, type SQL } from 'drizzle-orm'
import { onlyDerivedClaim } from '../story/claims'
import type { Stance } from '../story/codebook'
import type { SourceDate, StoryFile } from '../story/schema'
import type { AnchoredEvent, AnchoredNonResponse, AnchoredStatement, Story } from '../story/story-check'
import { confirmStoredAnchors } from '../story/stored-anchors'
import type { StoreDb } from './db'
import { storyJson } from './canonical'
import { readNonResponses, readStatementStances, readStoryClaims } from './claim-reads'
import * as t from './tables'

/** Reading stories back out of the store, in the shape the story check gives. */

export interface StoryStamp {
  id: string
  /** Changes with every write to the story: the key its cached copy is kept under. */
  stamp: string
}

const stampOf = (row: { version: number; updatedAt: Date }) => `${row.version}@${row.updatedAt.getTime()}`

/** Every story's id and stamp, by id: one small query. */
export async function storyStamps(db: StoreDb): Promise<StoryStamp[]> {
  const rows = await db
    .select({ id: t.stories.id, version: t.stories.version, updatedAt: t.stories.updatedAt })
    .from(t.stories)
    .orderBy(asc(t.stories.id))
  return rows.map((row) => ({ id: row.id, stamp: stampOf(row) }))
}

export async function storyStamp(db: StoreDb, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ version: t.stories.version, updatedAt: t.stories.updatedAt })
    .from(t.stories)
    .where(eq(t.stories.id, id))
  return row ? stampOf(row) : undefined
}

export type StatementTuple = [
  id: string,
  perspective: string,
  speakerName: string,
  speakerRole: string | null,
  text: string,
  kind: string,
  attribution: string,
  channel: string,
  stanceValue: string | null,
  stanceLabel: string | null,
  source: string,
  occurrence: number | null,
  anchorStart: number,
  anchorEnd: number,
  /** The day it was said, when the source gives one. */
  statementDate: string | null,
  storyId: string,
]

/**
 * Live statements as one JSON array built by the server (by story, in story order): at
 * 50,000 rows, parsing one text is several times faster than taking the rows one by one
 * through the driver. `where` is on the statements `s`.
 */
export async function statementTuples(db: StoreDb, where: SQL): Promise<StatementTuple[]> {
  const result = await db.execute<{ rows: string | null }>(sql`
    select json_agg(json_build_array(
      s.id, s.perspective_id, s.speaker_name, s.speaker_role, s.text, s.kind, s.attribution,
      s.channel, s.stance_value, s.stance_label, s.source_id, s.occurrence,
      s.anchor_start, s.anchor_end, s.statement_date, s.story_id) order by s.story_id, s.position)::text as rows
    from ${t.statements} s
    -- A deleted statement stays in the store for its history, out of every read.
    where (${where}) and s.deleted_at is null`)
  const text = (result as unknown as { rows: { rows: string | null }[] }).rows[0]?.rows
  return text ? (JSON.parse(text) as StatementTuple[]) : []
}

const optional = <K extends string, V>(key: K, value: V | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>

/** A statement as the story check gives it, from its row, its further stances and its caveats. */
export function anchoredStatement(
  [
    sid,
    perspective,
    name,
    role,
    text,
    kind,
    attribution,
    channel,
    value,
    label,
    source,
    occurrence,
    start,
    end,
    date,
  ]: StatementTuple,
  stances: readonly { claim: string; value: string; label: string }[],
  caveats: string[],
): AnchoredStatement {
  return {
    id: sid,
    perspective,
    speaker: { name, role },
    text,
    kind: kind as AnchoredStatement['kind'],
    attribution,
    channel: channel as AnchoredStatement['channel'],
    ...(value === null || label === null ? {} : { stance: { value: value as Stance, label } }),
    stances: stances as AnchoredStatement['stances'],
    source,
    ...optional('occurrence', occurrence),
    ...optional('date', date),
    caveats,
    anchor: { start, end },
  }
}

/** One story, read in one transaction so its rows agree; undefined if it is not there. */
export async function readStory(db: StoreDb, id: string): Promise<Story | undefined> {
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(t.stories).where(eq(t.stories.id, id))
    if (!head) return undefined
    const perspectives = await tx
      .select()
      .from(t.perspectives)
      .where(eq(t.perspectives.storyId, id))
      .orderBy(asc(t.perspectives.position))
    const sources = await tx
      .select()
      .from(t.sources)
      .where(eq(t.sources.storyId, id))
      .orderBy(asc(t.sources.position))
    const events = await tx
      .select()
      .from(t.events)
      .where(eq(t.events.storyId, id))
      .orderBy(asc(t.events.position))
    const statements = await statementTuples(tx, sql`s.story_id = ${id}`)
    const caveats = await tx
      .select({ statementId: t.caveats.statementId, text: t.caveats.text })
      .from(t.caveats)
      .where(eq(t.caveats.storyId, id))
      .orderBy(asc(t.caveats.statementId), asc(t.caveats.position))
    const related = await tx
      .select()
      .from(t.relatedReports)
      .where(eq(t.relatedReports.storyId, id))
      .orderBy(asc(t.relatedReports.position))
    const claims = await readStoryClaims(tx, id)
    const stancesOf = await readStatementStances(tx, id)
    const nonResponses = await readNonResponses(tx, id)

    const caveatsOf = new Map<string, string[]>()
    const live = new Set(statements.map((s) => s[0]))
    for (const c of caveats) {
      if (!live.has(c.statementId)) continue
      const list = caveatsOf.get(c.statementId)
      if (list) list.push(c.text)
      else caveatsOf.set(c.statementId, [c.text])
    }
    const story: Story = {
      id: head.id,
      title: head.title,
      question: head.question,
      ...optional('summary', head.summary),
      claims,
      contentHash: head.contentHash,
      perspectives: perspectives.map((p) => ({
        id: p.id,
        label: p.label,
        definition: p.definition,
        ...optional('match', p.match),
      })),
      sources: sources.map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        date: s.date as SourceDate,
        url: s.url,
        text: s.text,
        notes: s.notes,
      })),
      events: events.map((e): AnchoredEvent => ({
        id: e.id,
        text: e.text,
        source: e.sourceId,
        ...optional('occurrence', e.occurrence),
        label: e.label,
        ...optional('date', e.date as SourceDate | null),
        notes: e.notes,
        anchor: { start: e.anchorStart, end: e.anchorEnd },
      })),
      statements: statements.map((row) =>
        anchoredStatement(row, stancesOf.get(row[0]) ?? [], caveatsOf.get(row[0]) ?? []),
      ),
      nonResponses: nonResponses.map((n): AnchoredNonResponse => ({
        id: n.id,
        perspective: n.perspectiveId,
        claim: n.claimId,
        text: n.text,
        source: n.sourceId,
        ...optional('occurrence', n.occurrence),
        ...optional('asOf', n.asOf),
        notes: n.notes,
        anchor: { start: n.anchorStart, end: n.anchorEnd },
      })),
      relatedReports: related.map((r) => ({ publisher: r.publisher, url: r.url, summary: r.summary })),
    }
    // The write ran the full anchor search; here each stored anchor is only confirmed.
    confirmStoredAnchors(story)
    // An edit clears the hash of the imported file: the edited story is named by its export's.
    if (story.contentHash === '') story.contentHash = hashOf(storyJson(toStoryFile(story)))
    return story
  })
}

const hashOf = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`

/**
 * A story as its file gives it: the anchors and content hash left out, and no `claims`
 * when its only claim is the question (so a file without claims is written as it was).
 */
export function toStoryFile(story: Story): StoryFile {
  const file: Partial<Story> = { ...story }
  delete file.contentHash
  const { claims, ...rest } = file as Omit<Story, 'contentHash'>
  return {
    ...rest,
    ...(onlyDerivedClaim(story, claims) ? {} : { claims }),
    events: story.events.map((event) => withoutAnchor(event)),
    statements: story.statements.map((statement) => withoutAnchor(statement)),
    nonResponses: story.nonResponses.map((item) => withoutAnchor(item)),
  }
}

function withoutAnchor<T extends { anchor: unknown }>(item: T): Omit<T, 'anchor'> {
  const copy: Partial<T> = { ...item }
  delete copy.anchor
  return copy as Omit<T, 'anchor'>
}
