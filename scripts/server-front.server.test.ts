import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { startNext } from './next-server.mjs'
import { startPostgres, type PostgresServer } from './postgres-server'

/**
 * The app's server (server.mjs, what `npm start` runs) in front of the production build:
 * an answer the app itself fails to make, a 500, carries the security headers as every
 * other answer does, and says nothing of the app's insides. The store goes away under a
 * running app (its Postgres server stops) to make one.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const STORIES = path.join(root, 'data', 'stories')

let postgres: PostgresServer | undefined
let app: { base: string; stop: () => Promise<void> } | undefined
afterAll(async () => {
  await app?.stop()
  await postgres?.stop()
})

describe('the app’s server', () => {
  it('a 500 carries the security headers, and no "[object Object]" or "Aborted()"', async () => {
    postgres = await startPostgres()
    app = await startNext(root, {
      ...process.env,
      DATABASE_URL: postgres.url,
      PGLITE_DIR: '',
      READ_ACCESS: '',
      STORIES_DIR: STORIES,
    })
    expect((await fetch(`${app.base}/`)).status).toBe(200)
    await postgres.stop()
    for (const path of ['/', '/stories/pakistan-afghanistan-militancy-2023', '/api/auth/get-session']) {
      const response = await fetch(`${app.base}${path}`, {
        headers: { cookie: 'better-auth.session_token=x.y' },
      })
      expect(response.status, path).toBe(500)
      const headers = Object.fromEntries(response.headers)
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['referrer-policy'], path).toBe('no-referrer')
      expect(headers['permissions-policy'], path).toContain('camera=()')
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin')
      expect(headers['cross-origin-resource-policy'], path).toBe('same-origin')
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      expect(await response.text(), path).not.toMatch(
        /\[object Object\]|Aborted\(|ECONNREFUSED|postgres:\/\//,
      )
    }
  })
})
