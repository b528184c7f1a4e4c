import '../server-only'
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { makeSource, newSourceId, occurrenceOf, sameArticle } from '../../import/draft-story'
import { draftsToStatements } from '../../import/review-draft'
import type { StoryFile } from '../../story/schema'
import { StoryDataError } from '../../story/story-check'
import { storyJson } from '../../store/canonical'
import type { StoreDb } from '../../store/db'
import { readStory, toStoryFile } from '../../store/read'
import { pageArchives } from '../../store/archive-tables'
import * as c from '../../store/claim-tables'
import { reviewDrafts, reviewNonResponses, reviews } from '../../store/review-tables'
import { getReview, reviewNonResponsesOf } from '../../store/reviews'
import { snapshotOf } from '../../store/statement-rows'
import * as t from '../../store/tables'
import { slugify, uniqueId } from '../../story/values'
import { CommandError, invalid, notFound } from '../errors'
import { bumpStory, recordChanges } from '../history'
import { checkForStore } from '../stories/import'
import { caveatRows, statementRow } from '../statements/rows'
import { writeStances } from '../statements/stances'
import { nonResponseRow } from '../claims/rows'
import { inTransaction } from '../transaction'
import { checkSettledNonResponses, withSettledClaims } from '../private-claims/save'

/**
 * "Save to story": the reviewed drafts of a review, with the article as the story's new
 * source, go into the story in one transaction, after the story check passes on what is
 * added (the new statements in their source, against the story's camps). Unreviewed
 * drafts stay in the review. Each new statement's history names who saved it, and
 * leads back to its draft's (lib/store/history: statementTimeline).
 */

export interface SaveResult {
  storyId: string
  sourceId: string
  /** Ids of the statements added to the story. */
  added: string[]
  /** Ids of the non-responses added to the story. */
  nonResponses: string[]
  /** Drafts still waiting in the review. */
  left: number
}

export async function saveToStory(db: StoreDb, reviewId: string, actor: string): Promise<SaveResult> {
  return inTransaction(db, async (tx) => {
    const [head] = await tx.select().from(reviews).where(eq(reviews.id, reviewId)).for('update')
    if (!head) throw notFound('There is no such review.')
    if (head.coder !== null)
      throw new CommandError(
        'forbidden',
        'An article coded twice is saved to the story from its settlement, once both coders are done, never from one coder’s review.',
      )
    if (head.status !== 'open')
      throw invalid('review', 'This review is finished: its statements are in the story.')
    // The story row is locked first, so two saves into one story take turns.
    const [lock] = await tx
      .select({ id: t.stories.id })
      .from(t.stories)
      .where(eq(t.stories.id, head.storyId))
      .for('update')
    if (!lock) throw notFound('There is no such story.')
    const review = (await getReview(tx, reviewId))!
    const ready = await withSettledClaims(
      tx,
      head,
      review.drafts.filter((d) => d.reviewed),
    )
    const silent = await reviewNonResponsesOf(tx, reviewId, review.article)
    await checkSettledNonResponses(tx, head, silent)
    if (ready.length === 0 && silent.length === 0)
      throw invalid(
        'review',
        'No statement is marked reviewed yet: mark at least one reviewed (or record a non-response), then save.',
      )
    const story = toStoryFile((await readStory(tx, head.storyId))!)
    const today = new Date().toISOString().slice(0, 10)
    let sourceId = review.sourceId
    let newSource: StoryFile['sources'][number] | undefined
    if (sourceId === null || !story.sources.some((s) => s.id === sourceId)) {
      const same = sameArticle(story.sources, review.article)
      if (same) throw invalid('review', `This story already has this article, as its source “${same.title}”.`)
      sourceId = newSourceId(
        { title: review.title === 'unknown' ? '' : review.title },
        'article',
        story.sources.map((s) => s.id),
      )
      const { publisher, title, date, url } = review
      newSource = makeSource(sourceId, review.article, { publisher, title, date, url }, today)
    }
    const source = newSource ?? story.sources.find((s) => s.id === sourceId)!
    const added = draftsToStatements(
      ready,
      source,
      story.statements.map((s) => s.id),
    )
    const takenNonResponses = new Set(story.nonResponses.map((n) => n.id))
    const nonResponses: StoryFile['nonResponses'] = silent.map((n) => {
      const occurrence = occurrenceOf(source.text, n)
      return {
        id: uniqueId(slugify(`${n.perspective}-no-response-${source.id}`), takenNonResponses),
        perspective: n.perspective,
        claim: n.claim,
        text: n.text,
        source: source.id,
        ...(occurrence ? { occurrence } : {}),
        ...(n.asOf ? { asOf: n.asOf } : {}),
        notes: [],
      }
    })
    // The one gate every write passes (schema, references, anchors), on what is added:
    // the story's older rows are its own, and a stored value that breaks today's rules
    // is listed for an editor to mend rather than blocking every save.
    const adding: StoryFile = {
      ...story,
      sources: [source],
      events: [],
      statements: added,
      relatedReports: [],
      // Its older records of no response stay where they are, anchored in the older sources.
      nonResponses,
    }
    let checked
    try {
      checked = checkForStore(`story ${story.id}`, storyJson(adding))
    } catch (error) {
      if (error instanceof StoryDataError)
        throw invalid(
          'review',
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
      // The page as fetched, if the article came by its address, is now this source's evidence.
      await tx
        .update(pageArchives)
        .set({ sourceId: newSource.id })
        .where(and(eq(pageArchives.reviewId, reviewId), isNull(pageArchives.sourceId)))
    }
    const rows =
      checked.statements.length === 0
        ? []
        : await tx
            .insert(t.statements)
            .values(checked.statements.map((s, i) => statementRow(story.id, base + i, s)))
            .returning()
    if (checked.nonResponses.length > 0) {
      const [{ next }] = (await tx
        .select({ next: sql<number>`coalesce(max(${c.nonResponses.position}), -1)::int + 1` })
        .from(c.nonResponses)
        .where(eq(c.nonResponses.storyId, story.id))) as [{ next: number }]
      await tx
        .insert(c.nonResponses)
        .values(checked.nonResponses.map((n, i) => nonResponseRow(story.id, next + i, n)))
      await tx.delete(reviewNonResponses).where(eq(reviewNonResponses.reviewId, reviewId))
    }
    const caveats = caveatRows(story.id, checked.statements)
    if (caveats.length > 0) await tx.insert(t.caveats).values(caveats)
    // Stances on the further claims, in the same transaction as their statements.
    for (const s of checked.statements) await writeStances(tx, story.id, s.id, s.stances)
    // One story version for the whole save; each new row gets its own history entry.
    const storyVersion = await bumpStory(tx, story.id)
    if (newSource)
      await recordChanges(tx, [
        {
          storyId: story.id,
          entity: 'source',
          entityId: newSource.id,
          action: 'create',
          actor,
          after: { ...newSource, text: `${newSource.text.length} characters`, review: reviewId },
          storyVersion,
        },
      ])
    const byId = new Map(added.map((s, i) => [s.id, { statement: s, draft: ready[i]!.id }]))
    await recordChanges(
      tx,
      rows.map((row) => ({
        storyId: story.id,
        entity: 'statement',
        entityId: row.id,
        action: 'save',
        actor,
        after: {
          ...snapshotOf(row, byId.get(row.id)!.statement.caveats, byId.get(row.id)!.statement.stances),
          savedFrom: { review: reviewId, draft: byId.get(row.id)!.draft },
        },
        version: row.version,
        storyVersion,
      })),
    )
    await recordChanges(
      tx,
      checked.nonResponses.map((n, i) => ({
        storyId: story.id,
        entity: 'non-response',
        entityId: n.id,
        action: 'save',
        actor,
        after: { ...n, savedFrom: { review: reviewId, nonResponse: silent[i]!.id } },
        storyVersion,
      })),
    )
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
    return {
      storyId: story.id,
      sourceId,
      added: added.map((s) => s.id),
      nonResponses: checked.nonResponses.map((n) => n.id),
      left,
    }
  })
}
