import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { migrationsDir, openStore, type Store, type StoreDb } from './db'

/** The seed story's id. */
const SEED_ID = 'pakistan-afghanistan-militancy-2023'

/** A fresh PGlite store in a temporary folder, for one test file; `done` removes it. */
export async function tempStore(): Promise<{ store: Store; dir: string; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-store-'))
  const previous = process.env.PGLITE_DIR
  process.env.PGLITE_DIR = path.join(dir, 'db')
  try {
    const store = await openStore({ waitMs: 0 })
    return {
      store,
      dir,
      done: async () => {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } finally {
    if (previous === undefined) delete process.env.PGLITE_DIR
    else process.env.PGLITE_DIR = previous
  }
}

/**
 * For tests of old migrations: today's writer also writes a story's claim list (migration
 * 0007). On a store migrated only so far, lend it the two tables a story without claims
 * needs, bare, and take them away after the write, leaving the store as it was.
 */
export async function lendClaimTables(db: StoreDb): Promise<void> {
  await db.execute(sql`create table claims (id text primary key, slug text not null, wording text not null,
    notes jsonb not null, created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(), version integer not null default 1)`)
  await db.execute(sql`create table story_claims (story_id text not null, claim_id text not null,
    position integer not null, main boolean not null default false,
    created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
    version integer not null default 1)`)
  // The writer refuses a merged claim's old id, so it reads the redirects too (0011).
  await db.execute(sql`create table claim_redirects (claim_id text primary key, slug text not null,
    wording text not null, "into" text not null, rewordings jsonb not null, actor text not null,
    at timestamptz not null default now())`)
}

export async function returnClaimTables(db: StoreDb): Promise<void> {
  await db.execute(sql`drop table claim_redirects`)
  await db.execute(sql`drop table story_claims`)
  await db.execute(sql`drop table claims`)
}

/**
 * For tests of a migration: an in-memory store migrated up to, not including, migration
 * `before` (its journal index), as a store made before it was. `upgrade` then runs every
 * migration there is.
 */
export async function storeBefore(before: number, dir: string) {
  const old = path.join(dir, `before-${before}`)
  cpSync(migrationsDir(), old, { recursive: true })
  const journal = JSON.parse(readFileSync(path.join(old, 'meta', '_journal.json'), 'utf8'))
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < before)
  writeFileSync(path.join(old, 'meta', '_journal.json'), JSON.stringify(journal))
  const pglite = await PGlite.create()
  const db = drizzle(pglite) as unknown as StoreDb
  await migrate(db as never, { migrationsFolder: old })
  return {
    db,
    upgrade: () => migrate(db as never, { migrationsFolder: migrationsDir() }),
    close: () => pglite.close(),
  }
}

/** The seed story's file as it was before claims: no claims, stances on them or non-responses. */
export function seedBeforeClaims(): string {
  const raw = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', 'data', 'stories', `${SEED_ID}.json`), 'utf8'),
  )
  delete raw.claims
  delete raw.nonResponses
  for (const s of raw.statements) delete s.stances
  return JSON.stringify(raw)
}
