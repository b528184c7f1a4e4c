import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore, type Store } from './db'
import { healthWithin, openingProblem, storeHealth } from './health'
import { lockPath } from './lock'
import { tempStore } from './testing'

/**
 * What a load balancer is told: 200 only for an open, answering, fully migrated store;
 * otherwise the reason in words, which never names a folder or a host.
 */

let store: Store
let done: () => Promise<void>
const scratch = mkdtempSync(path.join(tmpdir(), 'reader-health-'))
beforeAll(async () => {
  ;({ store, done } = await tempStore())
}, 120_000)
afterAll(async () => {
  await done?.()
  rmSync(scratch, { recursive: true, force: true })
})

/** Runs `fn` with the environment changed, then puts it back. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]))
  const set = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  set(vars)
  try {
    return await fn()
  } finally {
    set(before)
  }
}

function expectNoPlace(reason: string, ...places: string[]) {
  expect(reason).not.toMatch(/[\\/]/)
  for (const place of places) expect(reason).not.toContain(place)
}

describe('the store’s health', () => {
  it('is good for a fresh store: opened, answering and migrated', async () => {
    expect(await storeHealth(store)).toEqual({ ok: true })
    expect(await healthWithin(async () => store)).toEqual({ ok: true })
  })

  it('is bad when the newest migration of this code is not applied, and good once it is', async () => {
    const { rows } = (await store.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at`,
    )) as unknown as { rows: { hash: string; created_at: string }[] }
    expect(rows).toHaveLength(1)
    const health = await storeHealth(store)
    expect(health).toEqual({ ok: false, reason: expect.stringContaining('not migrated to this version') })
    await store.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${rows[0]!.hash}, ${rows[0]!.created_at})`,
    )
    expect(await storeHealth(store)).toEqual({ ok: true })
  })

  it('names a damaged folder as damaged, without its path', async () => {
    const dir = path.join(scratch, 'damaged')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'not-a-cluster'), 'x')
    const health = await withEnv({ PGLITE_DIR: dir, DATABASE_URL: undefined }, () =>
      healthWithin(() => openStore({ waitMs: 0 })),
    )
    expect(health).toEqual({ ok: false, reason: expect.stringContaining('damaged') })
    if (!health.ok) expectNoPlace(health.reason, dir, scratch)
  })

  it('says a folder held by another process is held, or busy while the opening waits', async () => {
    const dir = path.join(scratch, 'held')
    // The parent process is alive, so its lock is not taken over as stale.
    writeFileSync(lockPath(dir), `${process.ppid}\n`)
    try {
      const held = await withEnv({ PGLITE_DIR: dir, DATABASE_URL: undefined }, () =>
        healthWithin(() => openStore({ waitMs: 0, log: () => {} })),
      )
      expect(held).toEqual({ ok: false, reason: 'The store is held by another process.' })
      const waiting = await withEnv({ PGLITE_DIR: dir, DATABASE_URL: undefined }, () =>
        healthWithin(() => openStore({ waitMs: 1_000, log: () => {} }), 200),
      )
      expect(waiting).toEqual({
        ok: false,
        reason: 'The store did not answer within 0.2 s: it is starting or busy.',
      })
      if (!waiting.ok) expectNoPlace(waiting.reason, dir)
    } finally {
      // Let the waiting opening give up before the lock goes, so it never opens the folder.
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      rmSync(lockPath(dir), { force: true })
    }
  })

  it('says a database server that does not answer cannot be reached, without its address', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const url = `postgres://reader:secret@127.0.0.1:${port}/reader`
    const health = await withEnv({ DATABASE_URL: url }, () => healthWithin(() => openStore()))
    expect(health).toEqual({ ok: false, reason: 'The database server cannot be reached.' })
    if (!health.ok) expectNoPlace(health.reason, '127.0.0.1', String(port), 'secret')
  })

  it('finds the driver’s reason inside the errors that wrap it, and otherwise points to the log', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' })
    const wrapped = new Error('Failed query: select 1', { cause: refused })
    expect(openingProblem(wrapped)).toBe('The database server cannot be reached.')
    expect(openingProblem(new AggregateError([refused], 'connect failed'))).toBe(
      'The database server cannot be reached.',
    )
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    })
    expect(openingProblem(new Error('Failed query', { cause: shutdown }))).toBe(
      'The database server is shutting down or starting up.',
    )
    expect(openingProblem(new Error('Connection terminated unexpectedly'))).toBe(
      'The database server closed the connection.',
    )
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
    expect(openingProblem(new Error('Failed query', { cause: reset }))).toBe(
      'The database server closed the connection.',
    )
    expect(openingProblem(new Error('Client has encountered a connection error and is not queryable'))).toBe(
      'The database server closed the connection.',
    )
    expect(openingProblem(new Error('something else at /srv/reader/.data'))).toBe(
      'The store cannot be used; the server log says why.',
    )
  })
})
