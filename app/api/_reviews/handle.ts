import type { z } from 'zod'
import { requireRole, type Caller } from '@/lib/auth'
import { ImportError } from '@/lib/import/draft-story'
import { appStore } from '@/lib/store/app-store'
import type { StoreDb } from '@/lib/store/db'
import { ReviewConflictError, ReviewError, ReviewInProgressError } from '@/lib/store/reviews'

/**
 * The one way a review write runs: an editor's session, from our own pages (requireRole
 * checks the role and the Origin), a JSON body that fits its schema, then the store.
 * Refusals come back as { error } in the editor's words, with the HTTP status they mean.
 */

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

export async function handleWrite<S extends z.ZodType>(
  request: Request,
  schema: S | null,
  badBody: string,
  run: (input: { db: StoreDb; caller: Caller; body: z.infer<S> }) => Promise<unknown>,
): Promise<Response> {
  const caller = await requireRole(request, 'editor')
  if (caller instanceof Response) return caller
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
    if (error instanceof ReviewConflictError)
      return json({ error: error.message, current: error.current ?? null }, 409)
    if (error instanceof ReviewInProgressError)
      return json({ error: error.message, reviewId: error.reviewId }, 409)
    if (error instanceof ReviewError) return json({ error: error.message }, error.status)
    if (error instanceof ImportError) return json({ error: error.message }, 400)
    throw error
  }
}
