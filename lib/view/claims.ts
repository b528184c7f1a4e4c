import type { Story } from '../story/story-check'
import { NO_RESPONSE } from '../story/vocabulary'
import { formatIsoDate } from './source-date'
import { sourceViews, type SourceView } from './view-model'

/**
 * A story's claims and non-responses as the pages show them: plain data, the main claim
 * (the question) first, each non-response with the day as of which it holds.
 */

export interface ClaimView {
  id: string
  slug: string
  wording: string
  notes: string[]
  /** The story's main claim (its question): first, and what `stance` means without a claim filter. */
  main: boolean
}

export function claimViews(story: Pick<Story, 'claims'>): ClaimView[] {
  return story.claims.map((claim, index) => ({
    id: claim.id,
    slug: claim.slug,
    wording: claim.wording,
    notes: claim.notes,
    main: index === 0,
  }))
}

export interface AsOfView {
  /** YYYY-MM-DD, or null when neither the non-response nor its source is dated. */
  iso: string | null
  /** True when the source's date stands for it (the non-response names no day of its own). */
  fromSource: boolean
  /** True when that date of the source's is itself inferred. */
  inferred: boolean
  /** "16 Dec 2023", "about 16 Dec 2023 (inferred)", "an unknown date". */
  display: string
}

export interface NonResponseView {
  id: string
  perspectiveId: string
  claimId: string
  /** The source's words that say the camp did not respond. */
  text: string
  source: SourceView
  anchor: { start: number; end: number }
  asOf: AsOfView
  notes: string[]
}

/** The day a non-response holds as of: its own, else its source's (marked when inferred). */
export function asOfView(own: string | undefined, sourceDate: SourceView['date']): AsOfView {
  if (own !== undefined) return { iso: own, fromSource: false, inferred: false, display: formatIsoDate(own) }
  if (sourceDate.iso === null)
    return { iso: null, fromSource: true, inferred: false, display: 'an unknown date' }
  return sourceDate.inferred
    ? {
        iso: sourceDate.iso,
        fromSource: true,
        inferred: true,
        display: `about ${formatIsoDate(sourceDate.iso)} (inferred)`,
      }
    : { iso: sourceDate.iso, fromSource: true, inferred: false, display: formatIsoDate(sourceDate.iso) }
}

/** "no public response as of about 16 Dec 2023 (inferred)". */
export const noResponseText = (asOf: AsOfView): string => `${NO_RESPONSE} as of ${asOf.display}`

export function nonResponseViews(story: Pick<Story, 'nonResponses' | 'sources'>): NonResponseView[] {
  const sources = new Map(sourceViews(story).map((view) => [view.id, view]))
  return story.nonResponses.map((item) => {
    const source = sources.get(item.source)!
    return {
      id: item.id,
      perspectiveId: item.perspective,
      claimId: item.claim,
      text: item.text,
      source,
      anchor: item.anchor,
      asOf: asOfView(item.asOf, source.date),
      notes: item.notes,
    }
  })
}

/** The passage a non-response is anchored to, on the source's page (it carries the same id). */
export const nonResponseTarget = (id: string): string => `n-${id}`
