import type { z } from 'zod'
import type { Caller } from '@/lib/auth'
import { ImportError } from '@/lib/import/draft-story'
import { appStore } from '@/lib/store/app-store'
import type { StoreDb } from '@/lib/store/db'
import { ReviewConflictError, ReviewError, ReviewInProgressError } from '@/lib/store/reviews'
import { busyResponse } from '@/lib/web/store-busy'

/**
 * The one way a review write runs, once its route has checked the editor's session, role
 * and Origin (requireRole): a JSON body that fits its schema, then the store.
 * Refusals come back as { error } in the editor's words, with the HTTP status they mean.
 */

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

export async function handleWrite<S extends z.ZodType>(
  request: Request,
  /** The editor, already checked by the route with requireRole(request, 'editor'). */
  caller: Caller,
  schema: S | null,
  badBody: string,
  run: (input: { db: StoreDb; caller: Caller; body: z.infer<S> }) => Promise<unknown>,
): Promise<Response> {
  let body: unknown = undefined
  if (schema) {
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
      return json({ error: 'The change must be sent as JSON.' }, 415)
    const raw = await request.json().catch(() => undefined)
    const parsed = schema.safeParse(raw)
    if (!parsed.success) return json({ error: badBody }, 400)
    body = parsed.data
  }
  try {
    const { db } = await appStore()
    return json((await run({ db, caller, body: body as z.infer<S> })) ?? { ok: true })
  } catch (error) {
    const busy = busyResponse(error)
    if (busy) return busy
    if (error instanceof ReviewConflictError)
      return json({ error: error.message, current: error.current ?? null }, 409)
    if (error instanceof ReviewInProgressError)
      return json({ error: error.message, reviewId: error.reviewId }, 409)
    if (error instanceof ReviewError) return json({ error: error.message }, error.status)
    if (error instanceof ImportError) return json({ error: error.message }, 400)
    throw error
  }
}
