import { z } from 'zod'
import type { ReviewDraft } from '../../import/review-draft'
import { CHANNELS, KINDS } from '../../story/codebook'
import { maybeUnknown, name, sourceDate, sourceUrl, text } from '../../story/fields'
import { sourceText } from '../../story/values'
import { endpoint, MB } from '../endpoint'
import { email } from '../users/schema'

/**
 * Reviews (editors): an article and the extractor's drafts of it go into a review; the
 * drafts an editor marks reviewed go into the story with the article as a new source.
 */

/** The most drafts one review holds: a page an editor can work through, and load. */
export const REVIEW_DRAFTS_MAX = 500

const offset = z.number().int().min(0)

/** A statement as the extractor drafts it (lib/extract), before any editor's choice. */
export const extractedDraft = z.object({
  speaker: name('The drafted speaker’s name', 300, { orEmpty: true }),
  role: name('The drafted speaker’s role', 300, { orEmpty: true })
    .nullable()
    .transform((role) => role || null),
  kind: z.enum(KINDS),
  text: z.string(),
  start: offset,
  end: offset,
  attribution: text('The drafted attribution', 1_000),
  channel: z.enum(CHANNELS),
  cue: text('The drafted cue', 300),
  speakerUncertain: z.literal(true).optional(),
})

const drafts = z.array(extractedDraft).superRefine((list, ctx) => {
  if (list.length > REVIEW_DRAFTS_MAX)
    ctx.addIssue({
      code: 'custom',
      message: `A review holds at most ${REVIEW_DRAFTS_MAX} drafted statements, and the extractor found ${list.length.toLocaleString('en')} in this article. Split it into parts of a few pages and add each part as its own article.`,
    })
})

export const articleText = z
  .string({ error: 'Paste or drop the article’s text first.' })
  .transform((value, ctx) => {
    const checked = sourceText(value, 'The article')
    if (checked.ok) return checked.value
    ctx.issues.push({ code: 'custom', message: checked.message, input: value })
    return z.NEVER
  })

export const createReview = endpoint<{ id: string }>()({
  method: 'POST',
  path: '/api/stories/[id]/reviews',
  access: 'editor',
  // The article may hold 2 MB of text, more once written as JSON, and its drafts.
  maxBytes: 8 * MB,
  input: z.strictObject({
    article: articleText,
    source: z.strictObject({
      publisher: maybeUnknown('The publisher', 300).optional(),
      title: maybeUnknown('The title', 500).optional(),
      date: sourceDate.optional(),
      url: sourceUrl.optional(),
      /** The writers as the page or file names them (lib/ingest); kept with the review. */
      byline: name('The byline', 500).optional(),
    }),
    drafts,
    /**
     * Coded twice, blind: the two editors (by email) who each code the article in a
     * review of their own, seeing only their own choices until both are done.
     */
    coders: z
      .tuple([email, email], { error: 'Name two coders, each by their email.' })
      .refine(([a, b]) => a.toLowerCase() !== b.toLowerCase(), {
        message: 'Name two different coders: one person cannot code an article twice blind.',
      })
      .optional(),
    /** The copy kept when the article was fetched by its address (lib/commands/articles). */
    archiveId: z.uuid({ error: 'The fetched page could not be found. Fetch the address again.' }).optional(),
  }),
})

/** Moves the reviewed drafts, with the article as a new source, into the story. */
export const saveReview = endpoint<{
  storyId: string
  sourceId: string
  added: string[]
  nonResponses: string[]
  left: number
}>()({
  method: 'POST',
  path: '/api/reviews/[id]/save',
  access: 'editor',
  input: null,
})

export type { ReviewDraft }
