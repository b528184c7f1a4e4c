import { z } from 'zod'

/**
 * The story file format, following the codebook (shared with the team as codebook.md).
 * Every field an analyst relies on is required; unknown facts are spelled "unknown"
 * rather than left out, so a missing field is always a data error, never a silent gap.
 */

import { CHANNELS, KINDS, STANCES, UNKNOWN } from './codebook'
import { CAVEATS_MAX } from './fields'
import { cleanName, isCalendarDay, isHttpUrl, isStatementWording, plainText, SLUG } from './values'

const id = z.string().regex(SLUG, 'must be lower-case letters, digits and hyphens')

// Refinements, not transforms: the schema must never alter text it validates. The rules
// are the ones every write uses (values.ts).
const storable = (s: string, ctx: z.core.$RefinementCtx<string>) => {
  const text = plainText(s, 'it')
  if (!text.ok) ctx.addIssue({ code: 'custom', message: text.message.replace(/^it has/, 'has') })
}
const nonEmpty = z
  .string()
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .superRefine(storable)

/** A person's or a camp's name: something visible once invisible characters are left out. */
const visibleName = nonEmpty.refine(
  // Said once: blank and broken text have their own messages above.
  (s) => s.trim() === '' || !plainText(s, 'it').ok || cleanName(s, 'it', Infinity).ok,
  'is made only of invisible characters',
)

/** A fact that may be unknown: the literal "unknown" or a non-empty value. */
const maybeUnknown = nonEmpty

/** A real day as YYYY-MM-DD: 2024-02-31 is refused. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'must be a real day as YYYY-MM-DD')

const httpUrl = z.string().refine(isHttpUrl, 'must be an http(s) URL')

/** A date is "unknown", a known ISO date, or an inferred one that carries its reason. */
const sourceDateSchema = z.union([
  z.literal(UNKNOWN),
  isoDate,
  z.strictObject({
    value: isoDate,
    inferred: z.literal(true),
    reason: nonEmpty,
  }),
])
export type SourceDate = z.infer<typeof sourceDateSchema>

const perspectiveSchema = z.strictObject({
  id,
  label: visibleName,
  definition: nonEmpty,
  /**
   * Words in a speaker's name or title that belong to this camp ("Minister", "ISPR",
   * "analyst"). Still valid in story files, but they no longer place a drafted statement:
   * a Taliban minister's title holds "Minister" too. Drafts get a camp only from the
   * speaker's record (lib/import/camp-suggestion.ts).
   */
  match: z.array(nonEmpty).optional(),
})
export type Perspective = z.infer<typeof perspectiveSchema>

const sourceSchema = z.strictObject({
  id,
  publisher: maybeUnknown,
  title: maybeUnknown,
  date: sourceDateSchema,
  url: z.union([z.literal(UNKNOWN), httpUrl]),
  /** The full text; every statement and event is anchored in it. */
  text: nonEmpty,
  notes: z.array(nonEmpty).default([]),
})
export type Source = z.infer<typeof sourceSchema>

/** Which occurrence of the text to anchor to, when the same words appear more than once. */
const occurrence = z.number().int().min(1).optional()

const eventSchema = z.strictObject({
  id,
  /** The reporter's own narration, verbatim from the source. */
  text: nonEmpty,
  source: id,
  occurrence,
  /** A short description in the analyst's words. */
  label: nonEmpty,
  date: sourceDateSchema.optional(),
  notes: z.array(nonEmpty).default([]),
})
export type StoryEvent = z.infer<typeof eventSchema>

/**
 * A claim: one proposition a statement can support or reject, worded so that each camp
 * could answer it (see the codebook, "Claims"). Its id is global: the same claim keeps
 * one id and one wording in every story that uses it. The slug names its page.
 */
const claimSchema = z.strictObject({
  id,
  slug: id,
  wording: nonEmpty.refine(isStatementWording, 'must be a statement, not a question'),
  notes: z.array(nonEmpty).default([]),
})
export type Claim = z.infer<typeof claimSchema>

const stanceSchema = z.strictObject({
  value: z.enum(STANCES),
  label: nonEmpty,
})
export type StanceOnClaim = z.infer<typeof stanceSchema>

/** A statement's stance on one of its story's further claims (the main claim's is `stance`). */
const claimStanceSchema = z.strictObject({
  claim: id,
  value: z.enum(STANCES),
  label: nonEmpty,
})
export type ClaimStance = z.infer<typeof claimStanceSchema>

const statementSchema = z.strictObject({
  id,
  perspective: id,
  speaker: z.strictObject({
    name: visibleName,
    /** The title exactly as given at the statement; null when the source gives none. */
    role: visibleName.nullable(),
  }),
  /** Verbatim: quoted words without the marks, or the source's own clause for a paraphrase. */
  text: nonEmpty,
  kind: z.enum(KINDS),
  attribution: nonEmpty,
  /** Secondhand: the source knows it only through another outlet, named in `attribution`. */
  channel: z.enum(CHANNELS),
  /**
   * Toward the story's main claim (its question). Absent only in a statement that takes a
   * stance on another of the story's claims: it does not address the main claim.
   */
  stance: stanceSchema.optional(),
  /** Stances on the story's further claims, each claim at most once. */
  stances: z.array(claimStanceSchema).default([]),
  source: id,
  occurrence,
  /**
   * The day the statement was made, when the source says ("said on Monday", "in a
   * statement on 4 March"), filled in review. Absent: the source's date stands for it.
   */
  date: isoDate.optional(),
  caveats: z.array(nonEmpty).max(CAVEATS_MAX).default([]),
})
export type Statement = z.infer<typeof statementSchema>

/**
 * The source says a camp did not respond to a claim ("the Taliban has not responded to the
 * claims made by …"). Not a statement: it has no speaker and no stance. Anchored like one.
 */
const nonResponseSchema = z.strictObject({
  id,
  perspective: id,
  claim: id,
  /** The source's own words that say so, verbatim. */
  text: nonEmpty,
  source: id,
  occurrence,
  /** The day as of which there was no response; absent: the source's date stands for it. */
  asOf: isoDate.refine(isCalendarDay, 'must be a real day as YYYY-MM-DD').optional(),
  notes: z.array(nonEmpty).default([]),
})
export type NonResponse = z.infer<typeof nonResponseSchema>

const relatedReportSchema = z.strictObject({
  publisher: nonEmpty,
  url: httpUrl,
  /** What the report says, in our words; never statement text. */
  summary: nonEmpty,
})
export type RelatedReport = z.infer<typeof relatedReportSchema>

export const storySchema = z.strictObject({
  id,
  title: nonEmpty,
  /** The central proposition that every stance is measured against: the main claim's wording. */
  question: nonEmpty,
  /**
   * The story's claims in order, the main claim first (worded as `question`). Absent: the
   * question is the only claim (lib/story/claims.ts names it).
   */
  claims: z.array(claimSchema).min(1, 'must list the main claim first').optional(),
  summary: nonEmpty.optional(),
  perspectives: z.array(perspectiveSchema).min(1, 'must list at least one perspective'),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  events: z.array(eventSchema).default([]),
  statements: z.array(statementSchema),
  nonResponses: z.array(nonResponseSchema).default([]),
  relatedReports: z.array(relatedReportSchema).default([]),
})
export type StoryFile = z.infer<typeof storySchema>
