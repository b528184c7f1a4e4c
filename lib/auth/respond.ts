import { UserInputError } from './users'
import { busyResponse } from '../web/store-busy'

/** Route handlers' answers: JSON, never cached, and a refusal in the user's words. */
export const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

export const problem = (message: string, status = 400) => json({ error: message }, status)

/** The request's JSON body, or undefined when it is not JSON. */
export async function bodyOf(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    return undefined
  }
}

/** Runs a change; an input problem becomes a 400 with its message. */
export async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    return json(await run())
  } catch (error) {
    if (error instanceof UserInputError) return problem(error.message)
    const busy = busyResponse(error)
    if (busy) return busy
    throw error
  }
}
