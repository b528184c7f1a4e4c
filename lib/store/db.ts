import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { Pool } from 'pg'
import * as claimTables from './claim-tables'
import * as reviewTables from './review-tables'
import * as storyTables from './tables'
import { errorText } from './error-text'
import { folderProblem, keepControlFiles, StoreCorruptError, tablesProblem } from './integrity'
import { acquireLock, realFolder } from './lock'

const tables = { ...storyTables, ...claimTables, ...reviewTables }
import { guardWrites, WriteLane } from './write-lane'

export { StoreCorruptError } from './integrity'

/**
 * The one connection to the store: PGlite in a data folder by default, or a Postgres
 * server when DATABASE_URL is set. One per process, kept on globalThis because Next loads
 * modules in several bundles, and each would otherwise open the folder again.
 */

export type StoreDb = PgDatabase<PgQueryResultHKT, typeof tables>

export interface Store {
  engine: 'pglite' | 'postgres'
  /** Where it lives, for messages: the data folder, or the server without credentials. */
  where: string
  db: StoreDb
  /** Runs `fn` while holding a Postgres advisory lock, so instances starting at once take turns. */
  exclusive<T>(key: number, fn: (db: StoreDb) => Promise<T>): Promise<T>
  pglite?: PGlite
  pool?: Pool
  /** On PGlite: the app's writes and admin commands run inside the app take turns here. */
  lane?: WriteLane
  close(): Promise<void>
}

export interface StoreOptions {
  /** How long to wait for a PGlite folder another process holds. */
  waitMs?: number
  log?: (message: string) => void
  /** The Postgres server to open instead of DATABASE_URL's; '' for the PGlite folder whatever it says. */
  databaseUrl?: string
  /** Migrations to run on opening (a restore loads an older backup at its own version first). */
  migrationsFolder?: string
}

export const MIGRATE_LOCK = 7_310_001
export const SEED_LOCK = 7_310_002

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data'))
}

export function migrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'store', 'migrations')
}

async function openPglite(options: StoreOptions): Promise<Store> {
  const given = pgliteDir()
  const release = await acquireLock(given, options)
  try {
    // Worked on by its real path, the one the lock is keyed on (a symlink may point at a
    // folder not made yet); named in messages as the operator gave it.
    const dir = realFolder(given)
    const fresh = !existsSync(dir) || readdirSync(dir).length === 0
    // Checked before opening: PGlite would run initdb over a folder that lost PG_VERSION.
    const problem = fresh ? undefined : folderProblem(dir)
    if (problem) throw new StoreCorruptError(given, problem)
    mkdirSync(dir, { recursive: true })
    const { PGlite } = await import('@electric-sql/pglite')
    const { drizzle } = await import('drizzle-orm/pglite')
    const putBack = fresh ? undefined : keepControlFiles(dir)
    let pglite: PGlite
    try {
      pglite = await PGlite.create(dir)
      await pglite.query('select 1')
    } catch (error) {
      if (fresh) throw error
      putBack?.()
      throw new StoreCorruptError(given, `it cannot be opened: ${errorText(error)}`)
    }
    const damage = fresh ? undefined : await tablesProblem(pglite)
    if (damage) {
      // Left open, not closed: closing writes a checkpoint into the damaged folder.
      putBack?.()
      throw new StoreCorruptError(given, damage)
    }
    const db = drizzle(pglite, { schema: tables }) as unknown as StoreDb
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    await migrate(db as never, { migrationsFolder: options.migrationsFolder ?? migrationsDir() })
    const lane = new WriteLane()
    guardWrites(db as never, lane)
    return {
      engine: 'pglite',
      where: given,
      db,
      pglite,
      lane,
      // One process holds the folder: nobody to take turns with.
      exclusive: (_key, fn) => fn(db),
      async close() {
        await pglite.close()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const { Pool } = (await import('pg')).default
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })
  // An idle connection the server drops (a restart, a failover) is an 'error' on the pool:
  // unheard, it would be thrown as uncaught. The pool discards the client; the next query
  // opens a new one, and /api/health says what is wrong meanwhile.
  pool.on('error', (error) => console.error(`Store: an idle connection failed: ${error.message}`))
  const db = drizzle(pool, { schema: tables }) as unknown as StoreDb
  const exclusive = async <T>(key: number, fn: (db: StoreDb) => Promise<T>): Promise<T> => {
    // Session-level lock on one connection, and the work on that same connection.
    const client = await pool.connect()
    try {
      await client.query('select pg_advisory_lock($1)', [key])
      try {
        return await fn(drizzle(client, { schema: tables }) as unknown as StoreDb)
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key])
      }
    } finally {
      client.release()
    }
  }
  try {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator')
    await exclusive(MIGRATE_LOCK, (locked) =>
      migrate(locked as never, { migrationsFolder: options.migrationsFolder ?? migrationsDir() }),
    )
  } catch (error) {
    await pool.end()
    throw error
  }
  const where = new URL(url)
  return {
    engine: 'postgres',
    where: `${where.hostname}:${where.port || 5432}${where.pathname}`,
    db,
    pool,
    exclusive,
    close: () => pool.end(),
  }
}

/** Opens (creating and migrating when empty) the store this environment points at. */
export function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL
  return url ? openPostgres(url, options) : openPglite(options)
}

const GLOBAL_KEY = Symbol.for('perspective-reader.store')
type Holder = { [GLOBAL_KEY]?: Promise<Store> }

/** The process's one store; the first caller's `prepare` (migrations done) runs once. */
export function sharedStore(
  options: StoreOptions = {},
  prepare?: (store: Store) => Promise<void>,
): Promise<Store> {
  const holder = globalThis as Holder
  holder[GLOBAL_KEY] ??= openStore(options).then(async (store) => {
    try {
      if (prepare) await prepare(store)
    } catch (error) {
      await store.close()
      throw error
    }
    return store
  })
  // A failed opening is not cached, so the next request tries again.
  holder[GLOBAL_KEY].catch(() => {
    delete holder[GLOBAL_KEY]
  })
  return holder[GLOBAL_KEY]
}
