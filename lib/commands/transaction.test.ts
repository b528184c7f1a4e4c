import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Store } from '../store/db'
import { CommandError } from './errors'
import { storeForFile } from './testing'
import { ATTEMPTS, inTransaction } from './transaction'

/**
 * The one transaction of a command: PostgreSQL's refusals for a concurrent transaction
 * (40001, 40P01) run the whole command again, a bounded number of times, then answer a
 * 409 in words; nothing of a refused attempt stays. (Two real instances racing are in
 * races.server.test.ts; PGlite has one connection, so here the refusal is raised.)
 */

let store: Store
storeForFile((made) => (store = made))

/** An error as node-postgres and PGlite raise it, wrapped as drizzle wraps it. */
const refused = (code: string) =>
  Object.assign(new Error('Failed query'), {
    cause: Object.assign(new Error('could not serialize'), { code }),
  })

/** The first row of a query's answer (node-postgres and PGlite both answer `{ rows }`). */
const first = async <R>(db: Store['db'], query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: R[] }).rows[0]!

const rows = async () => (await first<{ n: number }>(store.db, sql`select count(*)::int as n from scratch`)).n

describe('inTransaction', () => {
  it('runs a command again after a serialization failure or a deadlock, keeping only the last attempt', async () => {
    await store.db.execute(sql`create table scratch (n int)`)
    for (const code of ['40001', '40P01']) {
      await store.db.execute(sql`delete from scratch`)
      let runs = 0
      const result = await inTransaction(store.db, async (tx) => {
        runs++
        await tx.execute(sql`insert into scratch values (${runs})`)
        if (runs < 3) throw refused(code)
        return 'saved'
      })
      expect(result).toBe('saved')
      expect(runs).toBe(3)
      expect(await rows()).toBe(1)
    }
  })

  it(`gives up after ${ATTEMPTS} runs with a 409 in words, and nothing saved`, async () => {
    await store.db.execute(sql`delete from scratch`)
    let runs = 0
    const attempt = inTransaction(store.db, async (tx) => {
      runs++
      await tx.execute(sql`insert into scratch values (${runs})`)
      throw refused('40001')
    })
    await expect(attempt).rejects.toBeInstanceOf(CommandError)
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      status: 409,
      message:
        'Others were saving the same things at the same moment, and your change was not saved. Try again.',
    })
    expect(runs).toBe(ATTEMPTS)
    expect(await rows()).toBe(0)
  })

  it('runs any other refusal once', async () => {
    let runs = 0
    const attempt = inTransaction(store.db, async () => {
      runs++
      throw refused('23505')
    })
    await expect(attempt).rejects.toMatchObject({ code: 'conflict' })
    expect(runs).toBe(1)
  })

  it('inside a caller’s transaction, leaves the running again to the outermost one', async () => {
    await store.db.execute(sql`delete from scratch`)
    let outer = 0
    let inner = 0
    await inTransaction(store.db, async (tx) => {
      outer++
      await inTransaction(tx, async (nested) => {
        inner++
        await nested.execute(sql`insert into scratch values (${inner})`)
        if (outer < 2) throw refused('40001')
      })
    })
    expect([outer, inner]).toEqual([2, 2])
    expect(await rows()).toBe(1)
  })

  it('runs serializable on PGlite too', async () => {
    const level = await inTransaction(
      store.db,
      async (tx) =>
        (await first<{ transaction_isolation: string }>(tx, sql`show transaction_isolation`))
          .transaction_isolation,
      { isolation: 'serializable' },
    )
    expect(level).toBe('serializable')
  })
})
