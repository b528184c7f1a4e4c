import {
  addressOf,
  describeProblem,
  type Endpoint,
  type InputOf,
  type OutputOf,
  type ParamsOf,
} from './endpoint'
import { STATUS, type ErrorCode, type Refusal } from './errors'

/**
 * The browser's one way to call the server: the endpoint says where and how, the input
 * is checked against the endpoint's own schema before it goes (the same rules the server
 * applies), and every answer comes back as data, never thrown: the value, or a refusal
 * with a sentence to show. A refusal the network or an odd reply causes is put in words
 * too, so a page never shows "[object Object]" or a browser's own error text.
 */

export type Result<T> =
  | { ok: true; status: number; value: T }
  | ({
      ok: false
      status: number
      /** Another library's own code (better-auth's). */ reason?: string
    } & Refusal)

const CODES = new Set(Object.keys(STATUS))

const OFFLINE =
  'The change could not reach the server: check the connection. What you typed is kept here; try again.'

function refusalIn(status: number, body: unknown): Refusal {
  const given = (body ?? {}) as Partial<Refusal>
  const code: ErrorCode = CODES.has(String(given.code))
    ? (given.code as ErrorCode)
    : status === 401
      ? 'signed_out'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not_found'
          : status === 409
            ? 'conflict'
            : status === 413
              ? 'too_large'
              : status === 429
                ? 'too_many'
                : status >= 500
                  ? 'failed'
                  : 'invalid'
  const fallback: Record<ErrorCode, string> = {
    invalid: 'The server could not accept this change. Check it, then try again.',
    signed_out: 'You are signed out. Sign in again (in another tab keeps this page), then try again.',
    forbidden: 'Your account cannot make this change.',
    not_found: 'This is no longer there: someone may have removed it. Reload the page.',
    conflict: 'Someone else changed this meanwhile. Reload the page to see their version.',
    in_use: 'Something else still depends on this.',
    too_large: 'This is too large to send.',
    not_json: 'The change could not be sent. Reload the page and try again.',
    too_many: 'Too many attempts. Wait a minute, then try again.',
    busy: 'The store is busy for a moment. Nothing was saved; try again shortly.',
    failed: `The server failed (HTTP ${status}). Nothing was changed; try again in a moment.`,
  }
  // Only a sentence is shown: anything else (an object, a stack) gives way to words.
  const error = typeof given.error === 'string' && given.error.trim() !== '' ? given.error : fallback[code]
  return { ...given, code, error }
}

/** Calls `endpoint` with its address parts and body (none for an endpoint that takes none); never throws. */
export function call<E extends Endpoint>(
  endpoint: E,
  params: ParamsOf<E['path']>,
  ...[input]: E['input'] extends null ? [] : [InputOf<E>]
): Promise<Result<OutputOf<E>>> {
  return send(endpoint, params, input as InputOf<E>)
}

/** call(), for a caller generic over endpoints. */
export async function send<E extends Endpoint>(
  endpoint: E,
  params: ParamsOf<E['path']>,
  input: InputOf<E>,
): Promise<Result<OutputOf<E>>> {
  if (endpoint.input) {
    const checked = endpoint.input.safeParse(input)
    if (!checked.success) {
      const { field, message } = describeProblem(checked.error)
      return { ok: false, status: 400, code: 'invalid', error: message, field }
    }
  }
  let response: Response
  try {
    response = await fetch(addressOf(endpoint.path, params as Record<string, string>), {
      method: endpoint.method,
      headers: endpoint.input ? { 'content-type': 'application/json' } : {},
      body: endpoint.input ? JSON.stringify(input) : undefined,
      cache: 'no-store',
    })
  } catch {
    return { ok: false, status: 0, code: 'failed', error: OFFLINE }
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (response.ok) return { ok: true, status: response.status, value: body as OutputOf<E> }
  const refusal = refusalIn(response.status, body)
  const reason = (body as { code?: unknown } | undefined)?.code
  const wait = Number(response.headers.get('retry-after') ?? response.headers.get('x-retry-after'))
  return {
    ok: false,
    status: response.status,
    ...refusal,
    ...(typeof reason === 'string' && reason !== refusal.code ? { reason } : {}),
    ...(Number.isFinite(wait) && wait > 0 ? { retryAfter: wait } : {}),
  }
}
