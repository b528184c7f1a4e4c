import type { Store } from '../db'

/**
 * Plain SQL on either engine, for the backup: every value crosses as text, so nothing is
 * rounded on the way (timestamps keep their microseconds, JSON its exact spelling).
 */
export interface Conn {
  query<T = Record<string, string | null>>(text: string, params?: unknown[]): Promise<T[]>
}

type PgClient = { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> }

const onClient = (client: PgClient): Conn => ({
  query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
})

/** Statements on the store outside any transaction (catalog reads, checks). */
export function plainConn(store: Store): Conn {
  if (store.pglite) {
    const pglite = store.pglite
    return {
      query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    }
  }
  return onClient(store.pool!)
}

/**
 * Reads that must agree with each other, as a backup's do. On Postgres: one repeatable-read
 * transaction, which holds back no one. On PGlite (one session, so no such snapshot beside
 * the app's work): the store's write lane, held alone, so no change starts meanwhile; each
 * statement still runs on its own, and the app's reads go on between them.
 */
export async function readSnapshot<T>(
  store: Store,
  what: string,
  fn: (conn: Conn) => Promise<T>,
): Promise<T> {
  if (store.pglite) {
    const conn = plainConn(store)
    return store.lane ? store.lane.exclusive(what, () => fn(conn)) : fn(conn)
  }
  const client = await store.pool!.connect()
  try {
    await client.query('begin isolation level repeatable read read only')
    try {
      return await fn(onClient(client))
    } finally {
      await client.query('rollback')
    }
  } finally {
    client.release()
  }
}

/** One transaction for a whole load: a restore that fails part-way leaves nothing behind. */
export async function writeTransaction<T>(store: Store, fn: (conn: Conn) => Promise<T>): Promise<T> {
  if (store.pglite) {
    return store.pglite.transaction((tx) =>
      fn({ query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows }),
    )
  }
  const client = await store.pool!.connect()
  try {
    await client.query('begin')
    try {
      const result = await fn(onClient(client))
      await client.query('commit')
      return result
    } catch (error) {
      await client.query('rollback')
      throw error
    }
  } finally {
    client.release()
  }
}
