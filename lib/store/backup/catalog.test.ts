import path from 'node:path'
import { getTableName, is } from 'drizzle-orm'
import { PgTable } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../../../drizzle.config'
import type { Store } from '../db'
import { tempStore } from '../testing'
import { backupTables, EXCLUDED, schemaTables, type TableInfo } from './catalog'
import { plainConn } from './conn'
import { dumpStore } from './dump'

/**
 * Every table joins the backup unless it is excluded, with a reason. The tables are those
 * of the schema drizzle-kit generates migrations from (every file drizzle.config.ts
 * names) and those of a freshly migrated store; a table in either that the backup does
 * not write, and that EXCLUDED does not name, fails here.
 */

const root = path.join(__dirname, '..', '..', '..')

async function schemaFileTables(): Promise<string[]> {
  const files = ([] as string[]).concat(config.schema ?? [])
  const names: string[] = []
  for (const file of files) {
    const exports = (await import(path.join(root, file))) as Record<string, unknown>
    for (const value of Object.values(exports)) if (is(value, PgTable)) names.push(getTableName(value))
  }
  return [...new Set(names)].sort()
}

let store: Store
let done: () => Promise<void>
let inStore: TableInfo[]
let written: string[]
beforeAll(async () => {
  ;({ store, done } = await tempStore())
  inStore = await schemaTables(plainConn(store))
  const lines: string[] = []
  await dumpStore(store, (line) => void lines.push(line))
  written = JSON.parse(lines[0]!).tables
  expect(written).toEqual(
    lines.filter((l) => l.startsWith('{"table"')).map((l) => JSON.parse(l).table as string),
  )
}, 120_000)
afterAll(() => done?.(), 60_000)

describe('what a backup holds', () => {
  it('the schema files and the migrations make the same tables', async () => {
    expect(inStore.map((t) => t.name).sort()).toEqual(await schemaFileTables())
  })

  it('writes every table of the schema but those excluded, each exclusion with its reason', async () => {
    for (const name of await schemaFileTables()) {
      if (name in EXCLUDED) {
        expect(written, `${name} is excluded, yet written`).not.toContain(name)
        expect(EXCLUDED[name]!.length, `${name} needs a reason to be left out`).toBeGreaterThan(20)
      } else expect(written, `table ${name} is missing from the backup`).toContain(name)
    }
    // Only passing state is excluded: sessions and rate-limit counters, as the issue asks, and
    // the lease of a feed poll under way.
    expect(Object.keys(EXCLUDED).sort()).toEqual(['auth_rate_limits', 'auth_sessions', 'feed_poll_lock'])
  })

  it('writes parents before children, and each table has a key to order its rows by', async () => {
    const tables = await backupTables(plainConn(store))
    const seen = new Set<string>()
    for (const table of tables) {
      expect(table.key.length, `${table.name} has no primary key`).toBeGreaterThan(0)
      for (const parent of table.references) {
        expect(parent in EXCLUDED, `${table.name} references the excluded ${parent}`).toBe(false)
        expect(seen.has(parent), `${table.name} comes before its parent ${parent}`).toBe(true)
      }
      seen.add(table.name)
    }
    // The change log's ids come from a sequence, which a restore must move on.
    expect(tables.find((t) => t.name === 'changes')!.sequences.map((s) => s.column)).toEqual(['id'])
  })
})
