/**
 * One rule per value, used by every schema that holds one (story files, the write
 * commands, the forms): a calendar day, an http(s) URL, a slug, a person's or a camp's
 * name and any text a person or a source gives. Free of any validation library, so the
 * browser may use them without the schemas. Each rule answers in the editor's words,
 * naming the field (`what`) and, for text, where the problem is.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const no = <T>(message: string): Checked<T> => ({ ok: false, message })

// ---- Text ----------------------------------------------------------------------------

// NUL cannot be stored (PostgreSQL refuses it) and a lone surrogate is no character at
// all (the driver would turn it into U+FFFD): both are refused, never replaced.
const BROKEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Where offset `at` of `text` is, as a person counts: "line 3, character 14". */
export function placeOf(text: string, at: number): string {
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const character = at - (before.lastIndexOf('\n') + 1) + 1
  return line === 1 ? `character ${character}` : `line ${line}, character ${character}`
}

/** Text as given, refused when it holds a NUL character or a broken (lone surrogate) one. */
export function plainText(value: string, what: string): Checked<string> {
  const found = BROKEN.exec(value)
  if (!found) return ok(value)
  const where = placeOf(value, found.index)
  if (found[0] === '\u0000')
    return no(
      `${what} has an invisible NUL character at ${where}, which cannot be stored. Remove it (paste the text again from its source) and try again.`,
    )
  const code = found[0].charCodeAt(0).toString(16).toUpperCase()
  return no(
    `${what} has a broken character at ${where} (half of a character pair, U+${code}), which cannot be stored. Paste the text again from its source.`,
  )
}

/** The most a source's text may hold, in bytes of UTF-8. */
export const SOURCE_MAX_BYTES = 2 * 1024 * 1024

/** A source's full text (an article): something to read, storable, at most 2 MB. */
export function sourceText(value: string, what: string): Checked<string> {
  const text = plainText(value, what)
  if (!text.ok) return text
  if (value.trim() === '') return no(`${what} is empty: paste or drop its text first.`)
  if (new TextEncoder().encode(value).length > SOURCE_MAX_BYTES)
    return no(`${what} is longer than 2 MB, the most a source may hold.`)
  return ok(value)
}

// ---- Names ---------------------------------------------------------------------------

/** Characters that show nothing: zero-width spaces, joiners, direction marks, fillers… */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu
// Kept inside a name: the joiners and variation selectors shape letters of Persian, Urdu,
// Pashto and the Indic scripts. Every other invisible character is left out.
const DROPPED = /(?![\u200C\u200D\uFE00-\uFE0F\u180B-\u180D\u180F])\p{Default_Ignorable_Code_Point}/gu
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const EDGES = /^[\s\u200C\u200D]+|[\s\u200C\u200D]+$/gu

/**
 * A person's or a camp's name as it is kept: composed (NFC), invisible characters other
 * than the joiners left out, runs of space made one space, trimmed. Refused when nothing
 * visible is left, or when it holds a control character.
 */
export function cleanName(value: string, what: string, max = 300): Checked<string> {
  const text = plainText(value, what)
  if (!text.ok) return text
  const control = CONTROL.exec(value)
  if (control)
    return no(
      `${what} has a control character at ${placeOf(value, control.index)} (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}). Type the name again.`,
    )
  const kept = value.normalize('NFC').replace(DROPPED, '').replace(/\s+/gu, ' ').replace(EDGES, '')
  if (kept.replace(INVISIBLE, '').trim() === '')
    return no(
      value.trim() === ''
        ? `${what} cannot be empty.`
        : `${what} is made only of invisible characters. Type it again.`,
    )
  if (kept.length > max) return no(`${what} is too long: at most ${max} characters.`)
  return ok(kept)
}

/** True for a name already in the form cleanName keeps (what a story file must hold). */
export function isCleanName(value: string): boolean {
  const clean = cleanName(value, 'name', Infinity)
  return clean.ok && clean.value === value
}

/**
 * The key two names are compared by: compatibility forms folded (NFKC: fullwidth “Ｐｒｏ”
 * is “Pro”), case folded, every invisible character left out. Two names with one key
 * read as the same name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim()
}

// ---- Days ----------------------------------------------------------------------------

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a day that exists: "2024-02-29" yes, "2023-02-29" and "2024-02-31" no. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one (UTC, so no clock shifts it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function calendarDay(value: string, what: string): Checked<string> {
  const day = value.trim()
  return isCalendarDay(day)
    ? ok(day)
    : no(`${what} must be a real day, written as year-month-day (for example 2023-12-16).`)
}

// ---- Addresses -----------------------------------------------------------------------

export const URL_MAX = 2_000

/** True for an http(s) address with a host, no spaces, at most URL_MAX characters. */
export function isHttpUrl(value: string): boolean {
  if (value.length > URL_MAX || /[\s\u0000-\u001F\u007F]/.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export function httpUrl(value: string, what: string): Checked<string> {
  const url = value.trim()
  if (url.length > URL_MAX) return no(`${what} is too long: at most ${URL_MAX} characters.`)
  return isHttpUrl(url) ? ok(url) : no(`${what} must be a web address starting with http:// or https://.`)
}

// ---- Slugs ---------------------------------------------------------------------------

export const SLUG = /^[a-z0-9][a-z0-9-]*$/
export const SLUG_MAX = 80

export function slug(value: string, what: string): Checked<string> {
  if (value.length > SLUG_MAX) return no(`${what} is too long: at most ${SLUG_MAX} characters.`)
  return SLUG.test(value)
    ? ok(value)
    : no(
        `${what} must be lower-case letters, digits and hyphens, starting with a letter or digit (for example balochistan-talks).`,
      )
}

const SLUGIFY_MAX = 60

/**
 * Lower-case letters, digits and hyphens, as the schema requires of ids; a long one is cut
 * at a word's end, never inside a word (unless its first word alone is too long).
 */
export function slugify(text: string): string {
  const whole = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (whole.length <= SLUGIFY_MAX) return whole
  const cut = whole.slice(0, SLUGIFY_MAX + 1).lastIndexOf('-')
  return (cut > 0 ? whole.slice(0, cut) : whole.slice(0, SLUGIFY_MAX)).replace(/-+$/, '')
}

/** `base`, or base-2, base-3…: the first not in `taken`, which it joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'statement'
  let id = root
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`
  taken.add(id)
  return id
}

/** "must not be empty" in the words of a field: required text, not only spaces. */
export function filledText(value: string, what: string, max: number): Checked<string> {
  const text = plainText(value, what)
  if (!text.ok) return text
  if (value.trim() === '') return no(`${what} cannot be empty.`)
  if (value.length > max) return no(`${what} is too long: at most ${max.toLocaleString('en')} characters.`)
  return ok(value)
}

/** A claim's wording (a story's question is its main claim): a statement each camp could answer, not a question. */
export const isStatementWording = (value: string): boolean => !value.trim().endsWith('?')

export function claimWording(value: string, what: string, max: number): Checked<string> {
  const text = filledText(value, what, max)
  if (!text.ok) return text
  if (!isStatementWording(value))
    return no(
      `${what} must be a claim each camp could answer: write it as a statement, not as a question.`,
    )
  return text
}
