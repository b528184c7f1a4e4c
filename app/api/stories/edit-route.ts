import type { z } from 'zod'
import { requireRole } from '@/lib/auth'
import { describeBodyProblem } from '@/lib/edits/requests'
import { appStore, forgetStamp } from '@/lib/store/app-store'
import type { StoreDb } from '@/lib/store/db'
import { EditError } from '@/lib/store/edit-checks'
import { NotFoundError, StaleVersionError } from '@/lib/store/history'
import { busyResponse } from '@/lib/web/store-busy'

/**
 * What every edit route does around its one store call: the editor role checked on the
 * server (session, role and, for a write, the request's Origin), a JSON body of the
 * expected shape, and the store's errors turned into answers a form can show: 400 names
 * the field, 409 carries the current version beside the attempted change, 404.
 */

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

type Handler<T> = (input: { db: StoreDb; actor: string; body: T }) => Promise<unknown>

async function authorize(request: Request): Promise<{ actor: string } | Response> {
  return requireRole(request, 'editor')
}

/** Runs an edit: role, then body, then the store call, answering 200 with its result. */
export async function editRoute<S extends z.ZodType>(
  request: Request,
  storyId: string,
  schema: S | null,
  run: Handler<z.infer<S>>,
): Promise<Response> {
  const who = await authorize(request)
  if (who instanceof Response) return who
  let body: unknown = undefined
  if (schema) {
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json'))
      return json(415, { error: 'The change must be sent as JSON.' })
    try {
      body = await request.json()
    } catch {
      return json(400, { error: 'The change could not be read.', field: 'request' })
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const { field, message } = describeBodyProblem(parsed.error)
      return json(400, { error: message, field })
    }
    body = parsed.data
  }
  try {
    const store = await appStore()
    const result = await run({ db: store.db, actor: who.actor, body: body as z.infer<S> })
    forgetStamp(storyId)
    return json(200, result ?? { ok: true })
  } catch (error) {
    return errorResponse(error)
  }
}

/** A read for editors (the edit form's current row, a statement's history). */
export async function editorRead(
  request: Request,
  run: (db: StoreDb) => Promise<unknown>,
): Promise<Response> {
  const who = await authorize(request)
  if (who instanceof Response) return who
  try {
    return json(200, await run((await appStore()).db))
  } catch (error) {
    return errorResponse(error)
  }
}

function errorResponse(error: unknown): Response {
  const busy = busyResponse(error)
  if (busy) return busy
  if (error instanceof EditError)
    return json(400, { error: error.message, field: error.field, statements: error.statements })
  if (error instanceof StaleVersionError)
    return json(409, { error: error.message, current: error.current, attempted: error.attempted })
  if (error instanceof NotFoundError) return json(404, { error: error.message })
  console.error('Edit failed:', error)
  return json(500, { error: 'The change could not be saved. Nothing was changed; try again.' })
}
