import type { StatementChangesBody } from '@/lib/edits/requests'
import type { StatementSnapshot } from '@/lib/edits/statement'

/**
 * The edit forms' calls to the edit routes. Every answer comes back as data: the page
 * shows a refusal (400 with the field, 409 with the current version) rather than throwing.
 */

export interface Camp {
  id: string
  label: string
  definition: string
}

export interface Change {
  id: number
  action: string
  actor: string
  at: string
  before: StatementSnapshot | null
  after: StatementSnapshot | null
}

export type Answer<T> =
  | { ok: true; value: T }
  | {
      ok: false
      status: number
      error: string
      field?: string
      current?: StatementSnapshot
      statements?: { speaker: string; text: string }[]
    }

export async function call<T>(url: string, method: string, body?: unknown): Promise<Answer<T>> {
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    })
  } catch {
    return { ok: false, status: 0, error: 'The server could not be reached. Nothing was saved; try again.' }
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.ok) return { ok: true, value: data as T }
  const error =
    response.status === 401
      ? 'Your session has ended: sign in again to save.'
      : response.status === 403
        ? 'Your account cannot make this change.'
        : typeof data.error === 'string'
          ? data.error
          : 'The change could not be saved.'
  return { ok: false, status: response.status, ...(data as object), error }
}

const statementUrl = (storyId: string, statementId: string) =>
  `/api/stories/${encodeURIComponent(storyId)}/statements/${encodeURIComponent(statementId)}`

export const loadStatement = (storyId: string, statementId: string) =>
  call<{ statement: StatementSnapshot; camps: Camp[] }>(statementUrl(storyId, statementId), 'GET')

export const saveStatement = (
  storyId: string,
  statementId: string,
  expectedVersion: number,
  changes: StatementChangesBody,
) =>
  call<{ statement: StatementSnapshot }>(statementUrl(storyId, statementId), 'PATCH', {
    expectedVersion,
    changes,
  })

export const removeStatement = (storyId: string, statementId: string, expectedVersion?: number) =>
  call<{ statement: StatementSnapshot }>(statementUrl(storyId, statementId), 'DELETE', { expectedVersion })

export const restoreStatement = (
  storyId: string,
  statementId: string,
  body: { changeId?: number; side?: 'after' | 'before'; expectedVersion?: number },
) => call<{ statement: StatementSnapshot }>(`${statementUrl(storyId, statementId)}/restore`, 'POST', body)

export const loadHistory = (storyId: string, statementId: string) =>
  call<{ changes: Change[] }>(`${statementUrl(storyId, statementId)}/history`, 'GET')
