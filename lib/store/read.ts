import { asc, eq } from 'drizzle-orm'
import type { SourceDate, StoryFile } from '../story/schema'
import type { AnchoredEvent, AnchoredStatement, Story } from '../story/story-check'
import type { StoreDb } from './db'
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
    const statements = await tx
      .select()
      .from(t.statements)
      .where(eq(t.statements.storyId, id))
      .orderBy(asc(t.statements.position))
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

    const caveatsOf = new Map<string, string[]>()
    for (const c of caveats) {
      const list = caveatsOf.get(c.statementId)
      if (list) list.push(c.text)
      else caveatsOf.set(c.statementId, [c.text])
    }
    const optional = <K extends string, V>(key: K, value: V | null) =>
      (value === null ? {} : { [key]: value }) as Partial<Record<K, V>>

    return {
      id: head.id,
      title: head.title,
      question: head.question,
      ...optional('summary', head.summary),
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
      statements: statements.map((s): AnchoredStatement => ({
        id: s.id,
        perspective: s.perspectiveId,
        speaker: { name: s.speakerName, role: s.speakerRole },
        text: s.text,
        kind: s.kind as AnchoredStatement['kind'],
        attribution: s.attribution,
        channel: s.channel as AnchoredStatement['channel'],
        stance: { value: s.stanceValue as AnchoredStatement['stance']['value'], label: s.stanceLabel },
        source: s.sourceId,
        ...optional('occurrence', s.occurrence),
        ...optional('date', s.statementDate),
        caveats: caveatsOf.get(s.id) ?? [],
        ...(s.draft ? { review: 'draft' as const } : {}),
        anchor: { start: s.anchorStart, end: s.anchorEnd },
      })),
      relatedReports: related.map((r) => ({ publisher: r.publisher, url: r.url, summary: r.summary })),
    }
  })
}

/** A story as its file gives it: the anchors and content hash left out. */
export function toStoryFile(story: Story): StoryFile {
  const file: Partial<Story> = { ...story }
  delete file.contentHash
  return {
    ...(file as Omit<Story, 'contentHash'>),
    events: story.events.map((event) => withoutAnchor(event)),
    statements: story.statements.map((statement) => withoutAnchor(statement)),
  }
}

function withoutAnchor<T extends { anchor: unknown }>(item: T): Omit<T, 'anchor'> {
  const copy: Partial<T> = { ...item }
  delete copy.anchor
  return copy as Omit<T, 'anchor'>
}
