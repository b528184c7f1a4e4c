import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import {
  listInWords,
  missingForReview,
  trimSpan,
  type DraftStance,
  type ReviewDraft,
} from '../../import/review-draft'
import type { StoreDb } from '../../store/db'
import { reviewDrafts } from '../../store/review-tables'
import { entityHistory } from '../../store/history'
import { privateClaimsFor } from '../../store/private-claims'
import { toDraft } from '../../store/reviews'
import * as t from '../../store/tables'
import { CommandError, invalid, notFound } from '../errors'
import { recordChange, recordChanges, type ChangeInput } from '../history'
import { REVIEW_DRAFTS_MAX } from '../reviews/schema'
import { checkStances } from '../statements/stances'
import { inTransaction } from '../transaction'
import { unusedAddedId } from './added-id'
import { changedMeanwhile, currentDraft, openReview, touch } from './open-review'
import { draftChange, draftKey, draftRow } from './rows'
import type { DraftChanges } from './schema'

// Changes to the drafts of an open review: each saved at once in its own transaction,
// checked against the draft's version, and recorded in the draft's history.

/**
 * Saves changes to a draft at once, if the draft is still at `version`. Any change that
 * leaves out something a reviewed draft needs takes its "reviewed" mark away.
 */
export async function updateDraft(
  db: StoreDb,
  input: {
    reviewId: string
    draftId: string
    version: number
    actor: string
    changes: DraftChanges & { reviewed?: boolean }
    /** How the history names the correction: 'settle' when an editor takes a coder's side. */
    action?: 'update' | 'settle'
    /** The difference a 'settle' settles, named in its history entry (lib/store/codings settledFields). */
    settled?: string
    /** What the history entry says of a 'settle' that went elsewhere than its field names. */
    note?: string
  },
): Promise<ReviewDraft> {
  const { reviewId, draftId, version, changes } = input
  return inTransaction(db, async (tx) => {
    const head = await openReview(tx, reviewId, input.actor)
    const before = await currentDraft(tx, reviewId, draftId, head.articleText)
    if (!before || before.version !== version) throw changedMeanwhile(before)
    if (changes.perspective != null) {
      const [camp] = await tx
        .select({ id: t.perspectives.id })
        .from(t.perspectives)
        .where(and(eq(t.perspectives.storyId, head.storyId), eq(t.perspectives.id, changes.perspective)))
      if (!camp) throw invalid('perspective', 'That camp is not one of this story’s camps.')
    }
    // Each claim must be one of the story's further claims, as for a statement, or a
    // private claim of this blind coding not settled yet.
    if (changes.stances !== undefined) {
      const own = (await privateClaimsFor(tx, head)).filter((claim) => claim.outcome === null)
      changes.stances = (await checkStances(
        tx,
        head.storyId,
        changes.stances,
        undefined,
        own.map((claim) => claim.id),
      )) as DraftStance[]
    }
    let span = { start: before.start, end: before.end }
    if (changes.span) {
      const trimmed = trimSpan(head.articleText, changes.span.start, changes.span.end)
      if (!trimmed)
        throw invalid('span', 'The selection holds no words of the article. Select the statement’s words.')
      span = trimmed
    }
    const { reviewed, date } = changes
    const fields: Partial<ReviewDraft> = { ...changes }
    for (const key of ['span', 'reviewed', 'date'] as const) delete (fields as Record<string, unknown>)[key]
    const after: ReviewDraft = {
      ...before,
      ...fields,
      ...span,
      // A date set by the editor is their own choice, no longer a suggestion from the article's words.
      ...(date !== undefined ? { date, dateCue: null } : {}),
      // A camp given by the editor, even the suggested one, is their choice: confirmed.
      ...(changes.perspective !== undefined ? { campSuggestion: undefined } : {}),
      text: head.articleText.slice(span.start, span.end),
    }
    const missing = missingForReview(after)
    if (reviewed === true && missing.length > 0)
      throw invalid('reviewed', `To mark it reviewed, give it ${listInWords(missing)}.`)
    after.reviewed = (reviewed ?? before.reviewed) && missing.length === 0
    const [row] = await tx
      .update(reviewDrafts)
      .set({
        ...draftRow(reviewId, after, head.articleText),
        updatedAt: sql`now()`,
        version: sql`${reviewDrafts.version} + 1`,
      })
      .where(
        and(
          eq(reviewDrafts.reviewId, reviewId),
          eq(reviewDrafts.id, draftId),
          eq(reviewDrafts.version, version),
        ),
      )
      .returning()
    if (!row) throw changedMeanwhile(await currentDraft(tx, reviewId, draftId, head.articleText))
    await touch(tx, reviewId)
    const saved = toDraft(row, head.articleText)
    // A correction and a mark made in one save are two entries: who marked it stays plain.
    const corrected = Object.keys(fields).length > 0 || changes.span !== undefined || date !== undefined
    const marked = before.reviewed !== saved.reviewed
    const between = { ...saved, reviewed: before.reviewed }
    const entries: ChangeInput[] = []
    if (corrected) {
      const after = marked ? between : saved
      entries.push(
        draftChange(
          head,
          draftId,
          input.action ?? 'update',
          input.actor,
          before,
          input.settled === undefined
            ? after
            : ({
                ...after,
                settled: input.settled,
                ...(input.note === undefined ? {} : { note: input.note }),
              } as ReviewDraft),
        ),
      )
    }
    if (marked)
      entries.push(
        draftChange(
          head,
          draftId,
          saved.reviewed ? 'review' : 'unreview',
          input.actor,
          corrected ? between : before,
          saved,
        ),
      )
    await recordChanges(tx, entries)
    return saved
  })
}

/** Adds a statement the extractor missed, from the editor's selection in the article. */
export async function addDraft(
  db: StoreDb,
  input: { reviewId: string; actor: string; span: { start: number; end: number } },
): Promise<ReviewDraft> {
  const { reviewId } = input
  return inTransaction(db, async (tx) => {
    const head = await openReview(tx, reviewId, input.actor)
    const trimmed = trimSpan(head.articleText, input.span.start, input.span.end)
    if (!trimmed)
      throw invalid('span', 'The selection holds no words of the article. Select the statement’s words.')
    const [{ next, count }] = (await tx
      .select({
        next: sql<number>`coalesce(max(${reviewDrafts.position}), -1)::int + 1`,
        count: sql<number>`count(*)::int`,
      })
      .from(reviewDrafts)
      .where(eq(reviewDrafts.reviewId, reviewId))) as [{ next: number; count: number }]
    if (count >= REVIEW_DRAFTS_MAX)
      throw invalid(
        'span',
        `This review already holds ${REVIEW_DRAFTS_MAX} drafted statements, the most one review may hold. Save the reviewed ones to the story, or remove wrong drafts, then add this one.`,
      )
    const draft: Omit<ReviewDraft, 'version'> = {
      id: await unusedAddedId(tx, head, next + 1),
      position: next,
      speaker: { name: '', role: null },
      ...trimmed,
      text: head.articleText.slice(trimmed.start, trimmed.end),
      kind: null,
      attribution: '',
      channel: null,
      caveats: [],
      perspective: null,
      stance: null,
      stances: [],
      reviewed: false,
      speakerUncertain: false,
      date: null,
      dateCue: null,
    }
    const [row] = await tx
      .insert(reviewDrafts)
      .values(draftRow(reviewId, draft, head.articleText))
      .returning()
    await touch(tx, reviewId)
    const added = toDraft(row!, head.articleText)
    await recordChange(tx, draftChange(head, added.id, 'add', input.actor, null, added))
    return added
  })
}

/** Removes a wrong draft, if it is still at `version`. */
export async function removeDraft(
  db: StoreDb,
  input: { reviewId: string; draftId: string; version: number; actor: string },
): Promise<void> {
  const { reviewId, draftId, version } = input
  await inTransaction(db, async (tx) => {
    const head = await openReview(tx, reviewId, input.actor)
    const before = await currentDraft(tx, reviewId, draftId, head.articleText)
    const gone = await tx
      .delete(reviewDrafts)
      .where(
        and(
          eq(reviewDrafts.reviewId, reviewId),
          eq(reviewDrafts.id, draftId),
          eq(reviewDrafts.version, version),
        ),
      )
      .returning({ id: reviewDrafts.id })
    if (gone.length === 0) throw changedMeanwhile(before)
    await touch(tx, reviewId)
    await recordChange(tx, draftChange(head, draftId, 'remove', input.actor, before ?? null, null))
  })
}

/**
 * Undoes a removal (the card's "Undo"): the draft comes back with the same id, place and
 * values it had when it was removed, as a change of its own in the draft's history. Only
 * the draft's last change may be undone this way, and only while the review is open.
 */
export async function restoreDraft(
  db: StoreDb,
  input: { reviewId: string; draftId: string; actor: string },
): Promise<ReviewDraft> {
  const { reviewId, draftId } = input
  return inTransaction(db, async (tx) => {
    const head = await openReview(tx, reviewId, input.actor)
    if (await currentDraft(tx, reviewId, draftId, head.articleText))
      throw new CommandError('conflict', 'This statement is in the review already.')
    const [last] = await entityHistory(tx, head.storyId, 'draft', draftKey(reviewId, draftId))
    const removed = last?.action === 'remove' ? (last.before as ReviewDraft | null) : null
    if (!removed) throw notFound('There is no removed statement to bring back.')
    const [{ count }] = (await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(reviewDrafts)
      .where(eq(reviewDrafts.reviewId, reviewId))) as [{ count: number }]
    if (count >= REVIEW_DRAFTS_MAX)
      throw invalid(
        'review',
        `This review already holds ${REVIEW_DRAFTS_MAX} drafted statements, the most one review may hold. Save the reviewed ones to the story, or remove wrong drafts, then undo again.`,
      )
    const [row] = await tx
      .insert(reviewDrafts)
      .values({ ...draftRow(reviewId, removed, head.articleText), version: removed.version + 1 })
      .returning()
    await touch(tx, reviewId)
    const restored = toDraft(row!, head.articleText)
    await recordChange(tx, draftChange(head, draftId, 'restore', input.actor, null, restored))
    return restored
  })
}
