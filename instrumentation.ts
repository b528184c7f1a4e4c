/**
 * On server start (never during `next build`): open the store, migrate it and import new
 * story files, before the first request. A store that cannot be opened (held by another
 * process, or damaged) stops the server with a message that says what to do.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startOrExit } = await import('./lib/commands/start')
  await startOrExit()
}
