import { endpoint } from '@/lib/commands/endpoint'
import { answer, passThrough } from '@/lib/commands/route'
import { appStore } from '@/lib/store/app-store'
import { healthWithin } from '@/lib/store/health'

/**
 * For a load balancer: 200 when the store is open, answering and migrated; 503 with the
 * reason in words when not. Open to everyone, whatever READ_ACCESS says: it tells nothing
 * about the stories, and a load balancer has no session. Never cached (the wrapper's
 * answers are not, and a route handler is asked afresh each time).
 */
const health = endpoint<{ status: 'ok' } | { status: 'unavailable'; reason: string }>()({
  method: 'GET',
  path: '/api/health',
  access: 'anyone',
  input: null,
})

export const GET = passThrough(health, async () => {
  const found = await healthWithin(appStore)
  return found.ok ? answer({ status: 'ok' }) : answer({ status: 'unavailable', reason: found.reason }, 503)
})
