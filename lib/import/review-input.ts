import { z } from 'zod'
import { CHANNELS, KINDS, STANCES } from '../story/codebook'

/**
 * The JSON bodies of the review routes, checked before anything is written. A body that
 * fails gets a message in the editor's words, never a field path.
 */

const offset = z.number().int().min(0)
const span = z.strictObject({ start: offset, end: offset })
const version = z.number().int().min(1)
const short = (max: number) => z.string().max(max)

export const createReviewBody = z.strictObject({
  article: z.string().min(1),
  source: z.strictObject({
    publisher: short(300).optional(),
    title: short(500).optional(),
    date: short(40).optional(),
    url: short(2000).optional(),
  }),
  drafts: z
    .array(
      z.object({
        speaker: short(300),
        role: short(300).nullable(),
        kind: z.enum(KINDS),
        text: z.string(),
        start: offset,
        end: offset,
        attribution: short(1000),
        channel: z.enum(CHANNELS),
        cue: short(300),
        speakerUncertain: z.literal(true).optional(),
      }),
    )
    .max(100_000),
})

export const draftPatchBody = z.strictObject({
  version,
  speaker: z.strictObject({ name: short(300), role: short(300).nullable() }).optional(),
  kind: z.enum(KINDS).nullable().optional(),
  attribution: short(1000).optional(),
  channel: z.enum(CHANNELS).nullable().optional(),
  caveats: z.array(short(1000)).max(50).optional(),
  perspective: short(100).nullable().optional(),
  stance: z
    .strictObject({ value: z.enum(STANCES), label: short(300) })
    .nullable()
    .optional(),
  span: span.optional(),
  /** YYYY-MM-DD or empty/null to clear: the store checks the day and says what is wrong. */
  date: short(40).nullable().optional(),
})

export const addDraftBody = span
export const versionBody = z.strictObject({ version })
export const markReviewedBody = z.strictObject({ version, reviewed: z.boolean() })

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/)
export const createStoryBody = z.strictObject({
  id: id.max(80),
  title: short(300).refine((s) => s.trim() !== ''),
  question: short(1000).refine((s) => s.trim() !== ''),
  perspectives: z
    .array(
      z.strictObject({
        id: id.max(80),
        label: short(200).refine((s) => s.trim() !== ''),
        definition: short(1000).refine((s) => s.trim() !== ''),
      }),
    )
    .min(1),
})

/** What the editor is told when a body does not fit (never a field path or flag). */
export const BAD_BODY: Record<string, string> = {
  createReview: 'The article and its source details could not be read. Reload the page and try again.',
  createStory:
    'A new story needs a short name (lower-case letters, digits and hyphens), a title, a question and at least one camp with a name and a definition.',
  draft: 'That change could not be read. Reload the page and try again.',
}
