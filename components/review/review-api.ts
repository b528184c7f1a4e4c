import type { ReviewDraft } from '@/lib/import/review-draft'

/** The answer of a review route: its JSON, or the editor-facing error and, on a conflict, the row as stored now. */
export type Answer<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; current?: ReviewDraft | null; reviewId?: string }

/** Sends one write to a review route; every change goes through here, saved at once. */
export async function send<T>(
  url: string,
  method: 'POST' | 'PATCH' | 'DELETE',
  body?: unknown,
): Promise<Answer<T>> {
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    return {
      ok: false,
      status: 0,
      error: 'The change could not reach the server. Check the connection and try again.',
    }
  }
  const json = (await response.json().catch(() => ({}))) as {
    error?: string
    current?: ReviewDraft | null
    reviewId?: string
  }
  if (response.ok) return { ok: true, data: json as T }
  const error =
    json.error ??
    (response.status === 401
      ? 'You are signed out. Sign in again; your review is kept.'
      : 'The change was not saved. Try again.')
  return { ok: false, status: response.status, error, current: json.current, reviewId: json.reviewId }
}
