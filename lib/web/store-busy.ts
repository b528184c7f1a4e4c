/**
 * A write the store could not take within 5 s, because an administrator's command run by
 * the app holds it (lib/store/write-lane): 503, in words, with when to try again.
 * Matched by name: the error is made by the store's own copy of the module, which is not
 * the copy a route's bundle imports.
 */
export function busyResponse(error: unknown): Response | undefined {
  if (!(error instanceof Error) || error.name !== 'StoreBusyError') return undefined
  return Response.json(
    { error: error.message },
    { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '5' } },
  )
}
