import { appStore } from '@/lib/store/app-store'
import { healthWithin } from '@/lib/store/health'

// Asked every few seconds by a load balancer: always answered now, never cached.
export const dynamic = 'force-dynamic'

/**
 * 200 when the store is open, answering and migrated; 503 with the reason in words when
 * not. Open to everyone, whatever READ_ACCESS says: it tells nothing about the stories,
 * and a load balancer has no session.
 */
export async function GET() {
  const health = await healthWithin(appStore)
  return Response.json(health.ok ? { status: 'ok' } : { status: 'unavailable', reason: health.reason }, {
    status: health.ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
