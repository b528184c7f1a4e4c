/**
 * One error for everything that refuses a page, a file or a feed. The message is for the
 * editor as it stands (what happened and why, in words, never a code); `problem` is for
 * the code that maps it to a response or a feed row's status.
 */

export type IngestProblem =
  /** The address itself: not a web address, not http(s), a user name in it. */
  | 'address'
  /** It leads to a loopback, private, link-local, metadata or otherwise non-public address. */
  | 'blocked'
  /** No such site: the name does not resolve. */
  | 'dns'
  /** Too many redirects, a loop, or a redirect to somewhere unusable. */
  | 'redirects'
  | 'too-large'
  | 'timeout'
  /** Not HTML or plain text (or, for a feed, not a feed). */
  | 'type'
  /** The site answered with an error status. */
  | 'http'
  /** The connection failed: refused, reset, untrusted certificate. */
  | 'network'
  /** Fetched and read, but no article text in it. */
  | 'no-article'
  /** Not readable as an RSS or Atom feed: bad XML, unsafe declarations, no items. */
  | 'feed'

export class IngestError extends Error {
  readonly problem: IngestProblem
  /** The address being fetched when it failed (after redirects), when there is one. */
  readonly url?: string
  /** The HTTP status, for problem 'http'. */
  readonly status?: number

  constructor(
    problem: IngestProblem,
    message: string,
    details: { url?: string; status?: number; cause?: unknown } = {},
  ) {
    // The cause (a socket error, a parser's message) is for logs, never for the editor.
    super(message, { cause: details.cause })
    this.name = 'IngestError'
    this.problem = problem
    this.url = details.url
    this.status = details.status
  }
}

/** A size limit in words: "5 MB", "1.5 MB", "2 kB" (decimal units, as disks and browsers show them). */
export function megabytes(bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [bytes / 1_000, 'kB']
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`
}
