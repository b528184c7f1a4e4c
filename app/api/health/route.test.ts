import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appStore } from '@/lib/store/app-store'
import type { Store } from '@/lib/store/db'
import { GET } from './route'

/** The route a load balancer asks, as the server runs it: no session, never cached. */
const ask = () => new Request('http://127.0.0.1:3000/api/health')

const dir = mkdtempSync(path.join(tmpdir(), 'reader-health-route-'))
let store: Store
beforeAll(async () => {
  process.env.PGLITE_DIR = path.join(dir, 'db')
  // An empty story folder: nothing to seed, so the store opens quickly.
  process.env.STORIES_DIR = path.join(dir, 'no-stories')
  mkdirSync(process.env.STORIES_DIR)
  store = await appStore()
}, 120_000)
afterAll(async () => {
  await store?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('/api/health', () => {
  it('answers 200 for an open, migrated store, uncached', async () => {
    const response = await GET(ask())
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('answers alike a request that carries a cookie: a browser’s, or a stale session’s', async () => {
    const response = await GET(
      new Request('http://127.0.0.1:3000/api/health', {
        headers: { cookie: 'better-auth.session_token=not-a-session' },
      }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('answers 503 with the reason when the store lacks a migration of this code', async () => {
    const { rows } = (await store.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at`,
    )) as unknown as { rows: { hash: string; created_at: string }[] }
    const response = await GET(ask())
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body).toEqual({ status: 'unavailable', reason: expect.stringContaining('not migrated') })
    expect(JSON.stringify(body)).not.toContain(dir)
    await store.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${rows[0]!.hash}, ${rows[0]!.created_at})`,
    )
    expect((await GET(ask())).status).toBe(200)
  })
})
