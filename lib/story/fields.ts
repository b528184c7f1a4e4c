import { z } from 'zod'
import { CHANNELS, KINDS, STANCES, UNKNOWN } from './codebook'
import {
  calendarDay,
  claimWording,
  cleanName,
  filledText,
  httpUrl,
  plainText,
  slug,
  type Checked,
} from './values'
import { CHANNEL_LABELS, KIND_LABELS, STANCE_NAMES } from './vocabulary'

/**
 * The value rules (values.ts) as zod schemas for the write commands: each field knows
 * its name in the editor's words, so every refusal names it. A schema may tidy what it
 * accepts (trim a name, turn an empty date into none); the command stores that.
 * Browser-safe: the forms check with the same schemas before they send.
 */

const typed = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `${what} is missing.` : `${what} must be text.`,
})

/** A string through one of the rules: refused with its message, or the value it keeps. */
function ruled<T>(what: string, rule: (value: string) => Checked<T>) {
  return z.string(typed(what)).transform((value, ctx) => {
    const checked = rule(value)
    if (checked.ok) return checked.value
    ctx.issues.push({ code: 'custom', message: checked.message, input: value })
    return z.NEVER
  })
}

/** Text that may be empty (kept as given, but never with a NUL or a broken character). */
export const text = (what: string, max: number) =>
  ruled(what, (value) => {
    if (value.length > max)
      return { ok: false, message: `${what} is too long: at most ${max.toLocaleString('en')} characters.` }
    return plainText(value, what)
  })

/** Text that must say something. */
export const filled = (what: string, max: number) => ruled(what, (value) => filledText(value, what, max))

/** A claim's wording (values.ts, claimWording): a statement, not a question. */
export const wording = (what: string, max: number) => ruled(what, (value) => claimWording(value, what, max))

/** A person's or a camp's name, kept in its clean form (values.ts, cleanName). */
export const name = (what: string, max = 300, { orEmpty = false } = {}) =>
  ruled(what, (value) =>
    orEmpty && value.trim() === '' ? { ok: true, value: '' } : cleanName(value, what, max),
  )

export const day = (what: string) => ruled(what, (value) => calendarDay(value, what))

export const slugOf = (what: string) => ruled(what, (value) => slug(value, what))

export const httpAddress = (what: string) => ruled(what, (value) => httpUrl(value, what))

/** One of a closed list, refused in the words the page shows for each value. */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  what: string,
  words: Record<T[number], string>,
) {
  const list = values.map((v) => words[v as T[number]])
  return z.enum(values, {
    error: `${what} must be one of: ${list.slice(0, -1).join(', ')} or ${list.at(-1)}.`,
  })
}

export const version = z.number({ error: 'The version of what you edited is missing.' }).int().min(0)

export const span = z.strictObject(
  {
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  },
  { error: 'The selection could not be read. Select the words again.' },
)

/** A source fact that may be unknown: "unknown", or said in words. */
export const maybeUnknown = (what: string, max: number) =>
  ruled(what, (value) => (value.trim() === '' ? { ok: true, value: UNKNOWN } : filledText(value, what, max)))

/** A source's address: "unknown" (or empty), or an http(s) address. */
export const sourceUrl = ruled('The address (URL)', (value) =>
  value.trim() === '' || value.trim() === UNKNOWN
    ? { ok: true, value: UNKNOWN }
    : httpUrl(value, 'The address (URL)'),
)

const SOURCE_DATE = 'The source’s date'

const inferredDate = z.strictObject(
  {
    value: day(SOURCE_DATE),
    inferred: z.literal(true),
    reason: filled('The reason the date is inferred', 1_000),
  },
  { error: `${SOURCE_DATE} could not be read.` },
)

/** "unknown" (or empty), a real day, or an inferred day with the reason it was inferred. */
export const sourceDate = z
  .union([z.string(), z.looseObject({})], {
    error: `${SOURCE_DATE} must be a real day as year-month-day, or “${UNKNOWN}”.`,
  })
  .transform((value, ctx): string | z.infer<typeof inferredDate> => {
    if (typeof value === 'string') {
      const text = value.trim()
      if (text === '' || text === UNKNOWN) return UNKNOWN
      const checked = calendarDay(text, SOURCE_DATE)
      if (checked.ok) return checked.value
      ctx.issues.push({ code: 'custom', message: checked.message, input: value })
      return z.NEVER
    }
    const inferred = inferredDate.safeParse(value)
    if (inferred.success) return inferred.data
    for (const issue of inferred.error.issues) ctx.issues.push({ ...issue, input: value } as never)
    return z.NEVER
  })

// ---- The fields of a coded statement, shared by drafts in review and statements ------

export const CAVEATS_MAX = 50
export const STATEMENT_DATE_PROBLEM =
  'The date the statement was made must be a real day, written as year-month-day (2024-03-04), or left empty to use the source’s date.'

/** YYYY-MM-DD, or empty (or null): none, the source's date stands for it; `problem` says so. */
export const dayOrNone = (problem: string) =>
  z
    .string({ error: problem })
    .nullable()
    .transform((value, ctx) => {
      const text = value?.trim() ?? ''
      if (text === '') return null
      if (calendarDay(text, '').ok) return text
      ctx.issues.push({ code: 'custom', message: problem, input: value })
      return z.NEVER
    })

export const statementDate = dayOrNone(STATEMENT_DATE_PROBLEM)

/** The title the source gives the speaker; empty or null when it gives none. */
const speakerRole = name('The speaker’s role', 300, { orEmpty: true })
  .nullable()
  .transform((role) => role || null)

const caveats = z
  .array(filled('A caveat', 1_000), { error: 'The caveats could not be read.' })
  .max(CAVEATS_MAX, { error: `At most ${CAVEATS_MAX} caveats: keep the ones a careful reader must know.` })

/** Every coded field of a statement, each with its one rule. */
export const codedFields = {
  perspective: z.string({ error: 'Choose a camp.' }).min(1, 'Choose a camp.').max(200),
  speaker: z.strictObject({ name: name('The speaker’s name'), role: speakerRole }),
  kind: choice(KINDS, 'The kind', KIND_LABELS),
  attribution: filled('How the source knows it (attribution)', 1_000),
  channel: choice(CHANNELS, 'First-hand or secondhand', CHANNEL_LABELS),
  stance: z.strictObject({
    value: choice(STANCES, 'The stance', STANCE_NAMES),
    label: filled('The stance’s label', 300),
  }),
  caveats,
  date: statementDate,
}

export const STANCES_MAX = 50

/**
 * A statement's stances on the story's further claims: each claim once, a stance and a
 * label each (the codebook: justified by the statement's own words). The main claim is
 * the statement's `stance`; the command checks each claim is one of the story's.
 */
const stancesOn = <L extends z.ZodType<string, string>>(label: L) =>
  z
    .array(
      z.strictObject(
        {
          claim: z.string({ error: 'Choose a claim.' }).min(1, 'Choose a claim.').max(200),
          value: codedFields.stance.shape.value,
          label,
        },
        { error: 'A stance on a claim could not be read.' },
      ),
      { error: 'The stances on claims could not be read.' },
    )
    .max(STANCES_MAX, { error: `At most ${STANCES_MAX} stances on claims.` })
    .superRefine((list, ctx) => {
      const seen = new Set<string>()
      list.forEach((stance, i) => {
        if (seen.has(stance.claim))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'claim'],
            message: 'A statement takes one stance on each claim: this claim is chosen twice.',
          })
        seen.add(stance.claim)
      })
    })

export const stancesOnClaims = stancesOn(codedFields.stance.shape.label)

/**
 * A draft in review holds the same fields, still open: a choice not made yet is null,
 * and a name or an attribution may still be empty. Marking it reviewed asks for them all.
 */
export const draftFields = {
  ...codedFields,
  perspective: codedFields.perspective.nullable(),
  speaker: z.strictObject({
    name: name('The speaker’s name', 300, { orEmpty: true }),
    role: speakerRole,
  }),
  kind: codedFields.kind.nullable(),
  attribution: text('How the source knows it (attribution)', 1_000),
  channel: codedFields.channel.nullable(),
  stance: z
    .strictObject({
      value: codedFields.stance.shape.value,
      label: text('The stance’s label', 300),
    })
    .nullable(),
  /** Stances on the story's further claims; a label may still be empty, as the main stance's. */
  stances: stancesOn(text('The stance’s label', 300)),
}
