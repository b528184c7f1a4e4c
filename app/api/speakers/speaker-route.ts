import { z } from 'zod'
import type { Caller } from '@/lib/auth'
import { appStore } from '@/lib/store/app-store'
import { SpeakerMergeError } from '@/lib/store/speaker-merges'
import type { StoreDb } from '@/lib/store/db'
import { busyResponse } from '@/lib/web/store-busy'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const name = z.string().trim().min(1).max(300)
export const MERGE_BODY = z.strictObject({ name, into: name })
export const SPLIT_BODY = z.strictObject({ name })

/**
 * A speaker merge or split, once the route has checked the editor role on the server
 * (session, role and the request's Origin): a JSON body of the expected shape, then one
 * store call whose change is recorded in the history in its own transaction.
 */
export async function speakerRoute<S extends z.ZodType>(
  request: Request,
  who: Caller,
  schema: S,
  run: (db: StoreDb, body: z.infer<S>, actor: string) => Promise<unknown>,
): Promise<Response> {
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return json(400, { error: 'The request must carry the speaker’s names as JSON.' })
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) return json(400, { error: 'Name the speakers to merge or split.' })
  try {
    return json(200, await run((await appStore()).db, parsed.data, who.actor))
  } catch (error) {
    if (error instanceof SpeakerMergeError) return json(409, { error: error.message })
    const busy = busyResponse(error)
    if (busy) return busy
    throw error
  }
}
