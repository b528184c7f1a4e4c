/**
 * The one family of refusals a write can meet, from the route wrapper's checks to the
 * commands' own. Each has a code, one HTTP status for it, and a message in the user's
 * words; some carry what a page needs to help (the field, the row as it is now, the
 * statements in the way). Browser-safe: the typed client reads the same codes back.
 */

export const STATUS = {
  /** A value breaks its rule: `field` names it. */
  invalid: 400,
  /** No session. */
  signed_out: 401,
  /** A role too small, or a request from another site's page. */
  forbidden: 403,
  not_found: 404,
  /** Someone else changed it first: `current` is the row as it is now. */
  conflict: 409,
  /** Something else still depends on it (a camp with statements): `statements` lists them. */
  in_use: 409,
  too_large: 413,
  not_json: 415,
  too_many: 429,
  /** An administrator's command holds the store for a moment (lib/store/write-lane). */
  busy: 503,
  /** The server failed; nothing was changed. */
  failed: 500,
} as const

export type ErrorCode = keyof typeof STATUS

/** A statement that stands in the way of a change, as the page lists it. */
export interface Blocking {
  id: string
  speaker: string
  text: string
}

export interface RefusalDetails {
  field?: string
  current?: unknown
  attempted?: unknown
  statements?: Blocking[]
  /** The review already open for the same article. */
  reviewId?: string
  /** The largest body a route takes, in bytes. */
  limit?: number
  /** Seconds to wait before trying again. */
  retryAfter?: number
}

/** What a refused request answers, as JSON: `error` is always a sentence to show. */
export interface Refusal extends RefusalDetails {
  error: string
  code: ErrorCode
}

export class CommandError extends Error {
  readonly code: ErrorCode
  readonly details: RefusalDetails

  constructor(code: ErrorCode, message: string, details: RefusalDetails = {}) {
    super(message)
    this.name = 'CommandError'
    this.code = code
    this.details = details
  }

  get status(): number {
    return STATUS[this.code]
  }

  toJSON(): Refusal {
    return { error: this.message, code: this.code, ...this.details }
  }
}

/** A value that breaks its rule, named by its field. */
export const invalid = (field: string, message: string, details: RefusalDetails = {}) =>
  new CommandError('invalid', message, { field, ...details })

export const notFound = (message: string) => new CommandError('not_found', message)

/** The row changed since the editor read it: the save is refused, with the row as it is now. */
export const staleVersion = (current: unknown, attempted?: unknown, message?: string) =>
  new CommandError(
    'conflict',
    message ?? 'Someone else changed this since you opened it. Your changes were not saved.',
    { current, attempted },
  )
