import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { migrationsDir } from '../db'
import type { Conn } from './conn'

/**
 * A store's schema version is the tag of its last migration (lib/store/migrations, as
 * drizzle-kit names them). Drizzle records applied migrations by their journal time, so
 * the tag is found through the journal.
 */

interface Journal {
  entries: { idx: number; when: number; tag: string }[]
}

function journal(folder = migrationsDir()): Journal {
  return JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal
}

/** Every migration tag this code knows, oldest first. */
export function knownVersions(folder = migrationsDir()): string[] {
  return journal(folder).entries.map((e) => e.tag)
}

/** The newest schema version this code migrates to. */
export function currentVersion(): string {
  return knownVersions().at(-1)!
}

/** The tag of the migration drizzle recorded at `when` (its journal time), if this code has it. */
export function versionAt(when: number): string | undefined {
  return journal().entries.find((e) => e.when === when)?.tag
}

/** The version of an opened (migrated) store: its last applied migration's tag. */
export async function storeVersion(conn: Conn): Promise<string> {
  const [last] = await conn.query<{ at: string }>(
    'select created_at::text as at from drizzle.__drizzle_migrations order by created_at desc limit 1',
  )
  if (!last) return 'none'
  return versionAt(Number(last.at)) ?? `unknown (a migration of ${new Date(Number(last.at)).toISOString()})`
}

/**
 * A migrations folder that stops at `tag`: a store opened with it is at that version, and
 * opening it again the ordinary way runs the migrations after it.
 */
export function migrationsUpTo(tag: string): string {
  const source = migrationsDir()
  const all = journal(source)
  const index = all.entries.findIndex((e) => e.tag === tag)
  if (index < 0) throw new Error(`unknown schema version ${tag}`)
  const folder = mkdtempSync(path.join(tmpdir(), 'reader-migrations-'))
  mkdirSync(path.join(folder, 'meta'))
  const entries = all.entries.slice(0, index + 1)
  for (const e of entries) copyFileSync(path.join(source, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`))
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...all, entries }, null, 2))
  return folder
}
