import './server-only'
import { actorOf, hasRole, sessionUser, type SessionUser } from '../auth'
import { appStore, forgetFigures, forgetStamp } from '../store/app-store'
import type { StoreDb } from '../store/db'
import { sameOrigin } from '../web/origin'
import { MB, parseInput, type Endpoint, type OutputOf, type ParamsOf, type ParsedOf } from './endpoint'
import { CommandError, type Refusal } from './errors'
import { fromStoreError } from './transaction'

/**
 * The one wrapper of every route under /api/: it checks, in this order, the Origin of a
 * write (scheme, host and port), the size of the body, the session and the role, that
 * the body is JSON and fits the endpoint's schema; then it runs the route's one command
 * and answers its result, or its refusal with the status of its code. Every answer is
 * JSON and never cached; a failure nobody foresaw is logged and answered in words.
 */

export interface Caller {
  user: SessionUser
  /** `user:<email>`, for the history of a change. */
  actor: string
}

export interface RouteContext<E extends Endpoint> {
  db: StoreDb
  /** The signed-in user; null only on an endpoint open to anyone. */
  caller: E['access'] extends 'anyone' ? Caller | null : Caller
  input: ParsedOf<E>
  params: ParamsOf<E['path']>
  request: Request
  /**
   * Names a story the command changed: this instance shows the change on its next page.
   * A write under /api/stories/[id] names its story by itself.
   */
  changed(storyId: string): void
  /** Cookies the answer sets (a new session after a password change). */
  setCookies(cookies: string[]): void
}

type NextContext = { params: Promise<Record<string, string | string[]>> }
type Handler = (request: Request, context?: NextContext) => Promise<Response>

const NO_STORE = { 'cache-control': 'no-store' }

export const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } })

export function refusal(error: CommandError): Response {
  const wait = error.details.retryAfter
  // Retry-After is the standard header; better-auth's own limit says X-Retry-After.
  return answer(
    error.toJSON(),
    error.status,
    wait ? { 'retry-after': String(wait), 'x-retry-after': String(wait) } : {},
  )
}

const sizeInWords = (bytes: number) =>
  bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`

function tooLarge(limit: number) {
  return new CommandError(
    'too_large',
    `This request is too large: the limit is ${sizeInWords(limit)}. Nothing was saved.`,
    { limit },
  )
}

/** The body as text, refused once it passes the limit (whatever Content-Length claims). */
async function bodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > limit) throw tooLarge(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
}

async function admit(endpoint: Endpoint, request: Request): Promise<Caller | null> {
  const writing = request.method !== 'GET' && request.method !== 'HEAD'
  if (writing && !sameOrigin(request))
    throw new CommandError('forbidden', 'This request did not come from this site’s own pages.')
  if (endpoint.access === 'anyone') {
    // Open to anyone: without a cookie there is no session to look up, and a session that
    // cannot be read (the store down) counts as nobody, so /api/health can say why.
    if (!request.headers.has('cookie')) return null
    const user = await sessionUser(request.headers, request.url).catch(() => null)
    return user && { user, actor: actorOf(user) }
  }
  const user = await sessionUser(request.headers, request.url)
  if (!user) throw new CommandError('signed_out', 'Sign in first.')
  if (!hasRole(user.role, endpoint.access))
    throw new CommandError(
      'forbidden',
      `This needs the ${endpoint.access} role; your account is a${user.role === 'admin' ? 'n' : ''} ${user.role}.`,
    )
  return { user, actor: actorOf(user) }
}

async function readInput(endpoint: Endpoint, request: Request): Promise<unknown> {
  const text = await bodyText(request, endpoint.maxBytes).catch((error) => {
    if (error instanceof CommandError) throw error
    throw new CommandError(
      'invalid',
      'The request could not be read as text. Reload the page and try again.',
      {
        field: 'request',
      },
    )
  })
  if (!endpoint.input) return undefined
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
    throw new CommandError('not_json', 'The change must be sent as JSON.')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new CommandError('invalid', 'The change could not be read. Reload the page and try again.', {
      field: 'request',
    })
  }
  return parseInput(endpoint, body)
}

/** What the server answers for a failure it did not foresee: words, never the error itself. */
function failed(request: Request, error: unknown): Response {
  console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error)
  const reading = request.method === 'GET' || request.method === 'HEAD'
  return refusal(
    new CommandError(
      'failed',
      reading
        ? 'This could not be read just now. Try again in a moment.'
        : 'The change could not be saved, and nothing was changed. Try again in a moment.',
    ),
  )
}

async function flatParams(context: NextContext | undefined): Promise<Record<string, string>> {
  const params = (await context?.params) ?? {}
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]))
}

/** A route handler for `endpoint` that runs `command` once every check has passed. */
export function route<E extends Endpoint>(
  endpoint: E,
  command: (context: RouteContext<E>) => Promise<OutputOf<E>>,
): Handler {
  return async (request, context) => {
    try {
      const caller = await admit(endpoint, request)
      const input = await readInput(endpoint, request)
      const params = await flatParams(context)
      const { db } = await appStore()
      const touched = new Set<string>()
      const cookies: string[] = []
      const result = await command({
        db,
        caller: caller as RouteContext<E>['caller'],
        input: input as ParsedOf<E>,
        params: params as ParamsOf<E['path']>,
        request,
        changed: (storyId) => touched.add(storyId),
        setCookies: (list) => cookies.push(...list),
      })
      // A write under /api/stories/[id] changed that story; others name theirs with changed().
      if (endpoint.method !== 'GET' && endpoint.path.startsWith('/api/stories/[id]')) touched.add(params.id!)
      for (const storyId of touched) forgetStamp(storyId)
      // A review's drafts or a speakers' merge may move a story's figures (its agreement).
      if (endpoint.method !== 'GET') forgetFigures()
      const response = answer(result ?? { ok: true })
      for (const cookie of cookies) response.headers.append('set-cookie', cookie)
      return response
    } catch (caught) {
      const error = fromStoreError(caught)
      return error instanceof CommandError ? refusal(error) : failed(request, error)
    }
  }
}

/**
 * A route whose body another library reads (better-auth's endpoints): the same Origin,
 * size and access checks, then the request, its body already read within the limit,
 * goes to `handle` as it came.
 */
export function passThrough(
  endpoint: Endpoint<string, null>,
  handle: (request: Request, caller: Caller | null) => Promise<Response>,
): Handler {
  return async (request) => {
    try {
      const caller = await admit(endpoint, request)
      const body =
        request.method === 'GET' || request.method === 'HEAD'
          ? undefined
          : await bodyText(request, endpoint.maxBytes)
      // An empty body goes on as none: a Request made with "" gets a text/plain type,
      // which better-auth refuses (415) for a sign-out the browser sends with no body.
      const forwarded = body
        ? new Request(request, { body })
        : new Request(request.url, {
            method: request.method,
            headers: request.headers,
            signal: request.signal,
          })
      return await handle(forwarded, caller)
    } catch (caught) {
      return caught instanceof CommandError ? refusal(caught) : failed(request, caught)
    }
  }
}

export type { Refusal }
