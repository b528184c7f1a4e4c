import '../server-only'
import { randomUUID } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { actorOf, hasRole } from '../../auth/roles'
import { authUsers } from '../../store/auth-tables'
import type { z } from 'zod'
import { sameArticle } from '../../import/draft-story'
import { initialDrafts } from '../../import/review-draft'
import { UNKNOWN } from '../../story/codebook'
import type { StoreDb } from '../../store/db'
import { pageArchives } from '../../store/archive-tables'
import { storeCampSuggester } from '../../store/speaker-record'
import { reviewDrafts, reviews } from '../../store/review-tables'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound } from '../errors'
import { draftChange, draftRow } from '../drafts/rows'
import { recordChanges } from '../history'
import { inTransaction } from '../transaction'
import type { createReview as endpoint } from './schema'

export type NewReview = z.output<NonNullable<(typeof endpoint)['input']>> & {
  storyId: string
  actor: string
}

/**
 * Starts the review of an article for a story, with the extractor's drafts (from the
 * page's worker, or `npm run import`); returns its id. Coded twice, blind: one review
 * per coder, each with the same drafts; the id returned is the caller's own if they
 * are a coder. Each draft's first entry in the
 * change log is the extractor's, fields and span, under the editor who ran it.
 */
export async function createReview(db: StoreDb, input: NewReview): Promise<string> {
  const { article, source } = input
  for (const d of input.drafts)
    if (!(0 <= d.start && d.start < d.end && d.end <= article.length))
      throw invalid('drafts', 'A drafted statement lies outside the article. Draft the article again.')
  const date = source.date ?? UNKNOWN
  return inTransaction(db, async (tx) => {
    const [story] = await tx
      .select({ id: t.stories.id })
      .from(t.stories)
      .where(eq(t.stories.id, input.storyId))
    if (!story) throw notFound('There is no such story.')
    const perspectives = await tx
      .select()
      .from(t.perspectives)
      .where(eq(t.perspectives.storyId, input.storyId))
    const sources = await tx
      .select({ id: t.sources.id, title: t.sources.title, text: t.sources.text })
      .from(t.sources)
      .where(eq(t.sources.storyId, input.storyId))
    const same = sameArticle(sources, article)
    if (same)
      throw invalid(
        'article',
        `This story already has this article, as its source “${same.title}” (${same.id}).`,
      )
    const open = await tx
      .select({ id: reviews.id, text: reviews.articleText })
      .from(reviews)
      .where(and(eq(reviews.storyId, input.storyId), eq(reviews.status, 'open')))
    const pending = sameArticle(open, article)
    if (pending)
      throw new CommandError(
        'conflict',
        'This article is already being reviewed for this story: finish that review.',
        { reviewId: pending.id },
      )
    const coders = input.coders ? await codersNamed(tx, input.coders) : null
    const codingId = coders ? randomUUID() : null
    // A plain review, or one review per coder, each with the same drafts.
    const ids = (coders ?? [null]).map(() => randomUUID())
    const id = (coders && ids[coders.indexOf(input.actor)]) || ids[0]!
    const archive = input.archiveId && (await claimArchive(tx, input.storyId, input.archiveId))
    await tx.insert(reviews).values(
      ids.map((reviewId, i) => ({
        id: reviewId,
        storyId: input.storyId,
        articleText: article,
        publisher: source.publisher ?? UNKNOWN,
        title: source.title ?? UNKNOWN,
        date,
        url: source.url ?? UNKNOWN,
        byline: source.byline ?? null,
        createdBy: input.actor,
        codingId,
        coder: coders?.[i] ?? null,
        // One transaction's now() is one instant: a microsecond apart, the coders keep the
        // order they were named in (first coder, second coder) wherever they are listed.
        createdAt: sql`now() + (${i}::int * interval '1 microsecond')`,
      })),
    )
    if (archive) await tx.update(pageArchives).set({ reviewId: ids[0] }).where(eq(pageArchives.id, archive))
    const drafts = initialDrafts(
      input.drafts,
      perspectives.map((p) => ({
        id: p.id,
        label: p.label,
        definition: p.definition,
        match: p.match ?? undefined,
      })),
      // Dates the article's words suggest for its statements, relative to its own date.
      { text: article, date: typeof date === 'object' ? date.value : date === UNKNOWN ? null : date },
      // Camps the speakers' reviewed statements suggest, read in this transaction.
      await storeCampSuggester(tx, { id: input.storyId, perspectives }),
    )
    for (const reviewId of drafts.length > 0 ? ids : []) {
      await tx.insert(reviewDrafts).values(drafts.map((d) => draftRow(reviewId, d, article)))
      const review = { id: reviewId, storyId: input.storyId }
      await recordChanges(
        tx,
        drafts.map((d) => draftChange(review, d.id, 'extract', input.actor, null, { ...d, version: 1 })),
      )
    }
    return id
  })
}

/** The two coders named, as actors: each an active account with the editor role or more. */
async function codersNamed(tx: StoreDb, emails: readonly string[]): Promise<string[]> {
  const rows = await tx
    .select({ email: authUsers.email, role: authUsers.role, disabled: authUsers.disabled })
    .from(authUsers)
    .where(
      inArray(
        sql`lower(${authUsers.email})`,
        emails.map((e) => e.toLowerCase()),
      ),
    )
  return emails.map((email) => {
    const row = rows.find((r) => r.email.toLowerCase() === email.toLowerCase())
    if (!row) throw invalid('coders', `There is no account for ${email}: name two editors as coders.`)
    if (row.disabled || !hasRole(row.role, 'editor'))
      throw invalid('coders', `${email} is not an active editor: name two editors as coders.`)
    return actorOf(row)
  })
}

/** The fetched page a review is started from: this story's, and not yet another review's. */
async function claimArchive(tx: StoreDb, storyId: string, archiveId: string): Promise<string> {
  const [row] = await tx
    .select({ reviewId: pageArchives.reviewId })
    .from(pageArchives)
    .where(and(eq(pageArchives.id, archiveId), eq(pageArchives.storyId, storyId)))
    .for('update')
  if (!row) throw invalid('archiveId', 'The fetched page could not be found. Fetch the address again.')
  if (row.reviewId !== null)
    throw new CommandError('conflict', 'This fetched page is already being reviewed: finish that review.', {
      reviewId: row.reviewId,
    })
  return archiveId
}
