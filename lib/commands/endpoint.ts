import type { z } from 'zod'
import type { Role } from '../store/roles'
import { CommandError, type RefusalDetails } from './errors'

/**
 * One route under /api/, described once: its method and address, who may call it, the
 * largest body it takes and the schema of that body. The route wrapper (route.ts) checks
 * a request against it on the server; the typed client (client.ts) builds the request
 * from it in the browser, so the two cannot disagree. Browser-safe.
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** Who may call: anyone, or a signed-in user with at least this role. */
export type Access = Role | 'anyone'

export interface Endpoint<
  P extends string = string,
  S extends z.ZodType | null = z.ZodType | null,
  O = unknown,
> {
  method: Method
  /** The route's address, its dynamic parts in brackets: /api/stories/[id]/camps. */
  path: P
  access: Access
  /** The body's schema; null for a route that takes none. */
  input: S
  /** The largest body accepted, in bytes. */
  maxBytes: number
  /** What a success answers (a type only). */
  readonly output?: O
}

/** { id: string, campId: string } for '/api/stories/[id]/camps/[campId]'. */
export type ParamsOf<P extends string> = P extends `${string}[${infer Name}]${infer Rest}`
  ? { [K in Name | keyof ParamsOf<Rest>]: string }
  : Record<never, string>

export type InputOf<E extends Endpoint> = E['input'] extends z.ZodType ? z.input<E['input']> : undefined
export type ParsedOf<E extends Endpoint> = E['input'] extends z.ZodType ? z.output<E['input']> : undefined
export type OutputOf<E extends Endpoint> = E extends Endpoint<string, z.ZodType | null, infer O> ? O : never

export const KB = 1024
export const MB = 1024 * KB

/**
 * Declares an endpoint. The output type is given first, the rest is read from the
 * description: `endpoint<{ camp: Camp }>()({ method: 'POST', path: …, access: 'editor', input })`.
 */
export function endpoint<O>() {
  return <const P extends string, S extends z.ZodType | null>(description: {
    method: Method
    path: P
    access: Access
    input: S
    maxBytes?: number
  }): Endpoint<P, S, O> => ({ maxBytes: 64 * KB, ...description })
}

/** The address of an endpoint with its parts filled in, each encoded. */
export function addressOf(path: string, params: Record<string, string>): string {
  return path.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`The address ${path} needs its part “${name}”.`)
    return encodeURIComponent(value)
  })
}

/** Envelope keys of a body that a field's name leaves out: changes.speaker.name is speaker.name. */
const ENVELOPE = new Set(['changes'])

/**
 * The first problem of a body that does not fit its schema, as { field, message }: the
 * rules' own sentences, and for a body of the wrong shape, a sentence that names no key.
 */
export function describeProblem(
  error: z.ZodError,
): Required<Pick<RefusalDetails, 'field'>> & { message: string } {
  const issue = error.issues[0]!
  const field = issue.path
    .filter((p) => !ENVELOPE.has(String(p)))
    .map(String)
    .join('.')
  const generic = /^Invalid|^Unrecognized|^Too (big|small)|^Expected/i.test(issue.message)
  const message =
    issue.code === 'unrecognized_keys'
      ? 'The request has a part this form does not send. Reload the page and try again.'
      : generic
        ? 'The change could not be read. Reload the page and try again.'
        : issue.message
  return { field: field || 'request', message }
}

/** A value checked by the endpoint's schema (a route's body, a command-line tool's input). */
export function parseInput<E extends Endpoint>(endpoint: E, value: unknown): ParsedOf<E> {
  if (!endpoint.input) return undefined as ParsedOf<E>
  const parsed = endpoint.input.safeParse(value)
  if (parsed.success) return parsed.data as ParsedOf<E>
  const { field, message } = describeProblem(parsed.error)
  throw new CommandError('invalid', message, { field })
}
