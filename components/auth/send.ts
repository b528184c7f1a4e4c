/**
 * Sends one change to a route under /api/ and gives back the refusal to show, in the
 * route's own words, or null when it was done.
 */
export async function send(url: string, method: 'POST' | 'PATCH', body: unknown): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (response.ok) return null
    const answer = (await response.json().catch(() => null)) as { error?: string } | null
    if (response.status === 401) return 'Your session has ended. Sign in again, then retry.'
    return answer?.error ?? 'That did not work just now. Try again in a moment.'
  } catch {
    return 'The site could not be reached. Check your connection and try again.'
  }
}

export const FIELD =
  'mt-1 w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-500 dark:bg-zinc-900'
export const BUTTON =
  'rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-70'
export const QUIET_BUTTON =
  'rounded border border-zinc-500 px-3 py-1.5 font-medium text-zinc-900 hover:bg-zinc-100 dark:text-zinc-50 dark:hover:bg-zinc-800'
