import { and, eq, inArray, sql } from 'drizzle-orm'
import { makeSource, newSourceId, sameArticle } from '../import/draft-story'
import { draftsToStatements } from '../import/review-draft'
import type { Perspective, StoryFile } from '../story/schema'
import { StoryDataError } from '../story/story-check'
import { storyJson } from './canonical'
import type { StoreDb } from './db'
import { bumpStory, recordChange } from './history'
import { readStory, toStoryFile } from './read'
import { reviewDrafts, reviews } from './review-tables'
import { getReview, ReviewError } from './reviews'
import { snapshotOf } from './statement-rows'
import * as t from './tables'
import { checkForStore } from './write'

/**
 * "Save to story": the reviewed drafts of a review, with the article as the story's new
 * source, go into the story in one transaction, after the story check passes on the
 * story as it will be. Unreviewed drafts stay in the review.
 */

export interface SaveResult {
  storyId: string
  sourceId: string
  /** Ids of the statements added to the story. */
  added: string[]
  /** Drafts still waiting in the review. */
  left: number
}

export async function saveToStory(db: StoreDb, reviewId: string, actor: string): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(reviews).where(eq(reviews.id, reviewId)).for('update')
    if (!head) throw new ReviewError('There is no such review.', 404)
    if (head.status !== 'open')
      throw new ReviewError('This review is finished: its statements are in the story.')
    // The story row is locked first, so two saves into one story take turns.
    const [lock] = await tx
      .select({ id: t.stories.id })
      .from(t.stories)
      .where(eq(t.stories.id, head.storyId))
      .for('update')
    if (!lock) throw new ReviewError('There is no such story.', 404)
    const review = (await getReview(tx, reviewId))!
    const ready = review.drafts.filter((d) => d.reviewed)
    if (ready.length === 0)
      throw new ReviewError('No statement is marked reviewed yet: mark at least one reviewed, then save.')
    const story = toStoryFile((await readStory(tx, head.storyId))!)
    const today = new Date().toISOString().slice(0, 10)
    let sourceId = review.sourceId
    let newSource: StoryFile['sources'][number] | undefined
    if (sourceId === null || !story.sources.some((s) => s.id === sourceId)) {
      const same = sameArticle(story.sources, review.article)
      if (same) throw new ReviewError(`This story already has this article, as its source “${same.title}”.`)
      sourceId = newSourceId(
        { title: review.title === 'unknown' ? '' : review.title },
        'article',
        story.sources.map((s) => s.id),
      )
      newSource = {
        ...makeSource(sourceId, review.article, {}, today),
        publisher: review.publisher,
        title: review.title,
        date: review.date,
        url: review.url,
      }
    }
    const source = newSource ?? story.sources.find((s) => s.id === sourceId)!
    const added = draftsToStatements(
      ready,
      source,
      story.statements.map((s) => s.id),
    )
    const updated: StoryFile = {
      ...story,
      sources: newSource ? [...story.sources, newSource] : story.sources,
      statements: [...story.statements, ...added],
    }
    let checked
    try {
      // The one gate every write passes: schema, references and every anchor.
      checked = checkForStore(`story ${story.id}`, storyJson(updated))
    } catch (error) {
      if (error instanceof StoryDataError)
        throw new ReviewError(
          `The story would not pass its checks, so nothing was saved: ${error.problems.join('; ')}`,
        )
      throw error
    }
    const [{ base }] = (await tx
      .select({ base: sql<number>`coalesce(max(${t.statements.position}), -1)::int + 1` })
      .from(t.statements)
      .where(eq(t.statements.storyId, story.id))) as [{ base: number }]
    if (newSource) {
      const position = story.sources.length
      await tx.insert(t.sources).values({ storyId: story.id, position, ...newSource })
    }
    const anchored = new Map(checked.statements.map((s) => [s.id, s.anchor]))
    const rows = await tx
      .insert(t.statements)
      .values(
        added.map((s, i) => ({
          storyId: story.id,
          id: s.id,
          position: base + i,
          perspectiveId: s.perspective,
          speakerName: s.speaker.name,
          speakerRole: s.speaker.role,
          sourceId: s.source,
          text: s.text,
          occurrence: s.occurrence ?? null,
          anchorStart: anchored.get(s.id)!.start,
          anchorEnd: anchored.get(s.id)!.end,
          kind: s.kind,
          attribution: s.attribution,
          channel: s.channel,
          // Drafts are reviewed only with a stance on the main claim.
          stanceValue: s.stance!.value,
          stanceLabel: s.stance!.label,
          statementDate: s.date ?? null,
        })),
      )
      .returning()
    const caveats = added.flatMap((s) =>
      s.caveats.map((text, position) => ({ storyId: story.id, statementId: s.id, position, text })),
    )
    if (caveats.length > 0) await tx.insert(t.caveats).values(caveats)
    // One story version for the whole save; each new row gets its own history entry.
    const storyVersion = await bumpStory(tx, story.id)
    if (newSource)
      await recordChange(tx, {
        storyId: story.id,
        entity: 'source',
        entityId: newSource.id,
        action: 'create',
        actor,
        after: { ...newSource, text: `${newSource.text.length} characters`, review: reviewId },
        storyVersion,
      })
    const byId = new Map(added.map((s) => [s.id, s]))
    for (const row of rows)
      await recordChange(tx, {
        storyId: story.id,
        entity: 'statement',
        entityId: row.id,
        action: 'create',
        actor,
        after: snapshotOf(row, byId.get(row.id)!.caveats),
        version: row.version,
        storyVersion,
      })
    await tx.delete(reviewDrafts).where(
      and(
        eq(reviewDrafts.reviewId, reviewId),
        inArray(
          reviewDrafts.id,
          ready.map((d) => d.id),
        ),
      ),
    )
    const left = review.drafts.length - ready.length
    await tx
      .update(reviews)
      .set({
        sourceId,
        status: left === 0 ? 'done' : 'open',
        updatedAt: sql`now()`,
        version: sql`${reviews.version} + 1`,
      })
      .where(eq(reviews.id, reviewId))
    return { storyId: story.id, sourceId, added: added.map((s) => s.id), left }
  })
}

export interface NewStory {
  actor: string
  id: string
  title: string
  question: string
  perspectives: Perspective[]
}

/**
 * Starts a story with its question and camps and no sources yet: its first article is
 * added through a review. An id already in the store is refused, in the editor's words.
 */
export async function createStory(db: StoreDb, input: NewStory): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(t.stories)
      .values({ id: input.id, title: input.title, question: input.question, contentHash: '' })
      .onConflictDoNothing()
      .returning({ id: t.stories.id })
    if (inserted.length === 0)
      throw new ReviewError('A story with that short name already exists. Choose another short name.', 409)
    await tx.insert(t.perspectives).values(
      input.perspectives.map((p, position) => ({
        storyId: input.id,
        position,
        ...p,
        match: p.match ?? null,
      })),
    )
  })
}
