import '../server-only'
import type { ReviewDraft } from '../../import/review-draft'
import type { ChangeInput } from '../history'

/**
 * A draft's row in the store, and its entries in the change log: a draft's history is
 * kept under "<review>/<draft>", so the statement it becomes can show how it was coded,
 * from the extractor's draft to the reviewer's last correction.
 */

export const draftKey = (reviewId: string, draftId: string) => `${reviewId}/${draftId}`

/** draft: the extractor drafted it; add: an editor added it by selecting words; and so on. */
export type DraftAction =
  | 'extract'
  | 'add'
  | 'update'
  | 'review'
  | 'unreview'
  | 'remove'
  | 'restore'
  /** A settlement's draft, made from two blind codings (lib/coding/settlement). */
  | 'compare'
  /** An editor took one coder's side on a difference. */
  | 'settle'

export function draftChange(
  review: { id: string; storyId: string },
  draftId: string,
  action: DraftAction,
  actor: string,
  before: ReviewDraft | null,
  after: ReviewDraft | null,
): ChangeInput {
  return {
    storyId: review.storyId,
    entity: 'draft',
    entityId: draftKey(review.id, draftId),
    action,
    actor,
    before,
    after,
    version: after?.version ?? null,
  }
}

export function draftRow(reviewId: string, d: Omit<ReviewDraft, 'version'>, article: string) {
  return {
    reviewId,
    id: d.id,
    position: d.position,
    speakerName: d.speaker.name,
    speakerRole: d.speaker.role,
    anchorStart: d.start,
    anchorEnd: d.end,
    text: article.slice(d.start, d.end),
    kind: d.kind,
    attribution: d.attribution,
    channel: d.channel,
    caveats: d.caveats,
    perspectiveId: d.perspective,
    campSuggestion: d.campSuggestion ?? null,
    stanceValue: d.stance?.value ?? null,
    stanceLabel: d.stance?.label ?? null,
    // A draft removed before drafts held stances on claims comes back with none.
    claimStances: d.stances ?? [],
    reviewed: d.reviewed,
    speakerUncertain: d.speakerUncertain,
    statementDate: d.date,
    statementDateCue: d.dateCue,
  }
}
