import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordChange } from '../../commands/history'
import { importStoryText } from '../../commands/stories/import'
import { addUserAs as addUser } from '../../commands/testing'
import { openStore, type Store } from '../db'
import { lendClaimTables, returnClaimTables, seedBeforeClaims } from '../testing'
import { EXCLUDED } from './catalog'
import { plainConn } from './conn'
import { dumpStore } from './dump'
import { backupKind, createBackupFile } from './files'
import { restoreBackup } from './restore'
import { currentVersion, migrationsUpTo, storeVersion } from './schema-version'
import { backedUpRows, emptyTables, fillEveryTable, tableRows } from './testing'

/**
 * The portable backup on PGlite, in-process: a store with a row in every table is backed
 * up and restored into a new folder holding the same rows, sessions and rate-limit
 * counters aside; a file cut short restores nothing; an older backup is migrated; PGlite
 * folder dumps from before this format still restore. (Postgres: scripts/move.server.test.ts.)
 */

const scratch = mkdtempSync(path.join(tmpdir(), 'reader-backup-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000)

/** Opens a PGlite store in `name` under the scratch folder (PGLITE_DIR is read on opening). */
async function withDir<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.PGLITE_DIR
  const url = process.env.DATABASE_URL
  process.env.PGLITE_DIR = path.join(scratch, name)
  delete process.env.DATABASE_URL
  try {
    return await fn()
  } finally {
    if (previous === undefined) delete process.env.PGLITE_DIR
    else process.env.PGLITE_DIR = previous
    if (url !== undefined) process.env.DATABASE_URL = url
  }
}
const open = (name: string, options = {}) => withDir(name, () => openStore({ waitMs: 0, ...options }))
const restore = (name: string, file: string) => withDir(name, () => restoreBackup(file, { waitMs: 0 }))

async function backupTo(store: Store, file: string) {
  const writer = await createBackupFile(file)
  await dumpStore(store, writer.line)
  await writer.done()
}

async function rowsOf(name: string) {
  const store = await open(name)
  try {
    return await tableRows(plainConn(store))
  } finally {
    await store.close()
  }
}

let original: Record<string, string[]>
const file = path.join(scratch, 'store.backup')

beforeAll(async () => {
  const store = await open('original')
  try {
    await fillEveryTable(store)
    expect(await emptyTables(store)).toEqual([])
    original = await tableRows(plainConn(store))
    await backupTo(store, file)
  } finally {
    await store.close()
  }
}, 240_000)

// Each test opens and fills PGlite stores: seconds each, more on a busy machine.
describe('the portable backup', { timeout: 180_000 }, () => {
  it('is gzipped JSON lines, owner-only, with the schema version in its header', () => {
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(backupKind(file)).toBe('portable')
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n')
    const header = JSON.parse(lines[0]!)
    expect(header).toMatchObject({ format: 'perspective-reader-backup', version: 1, engine: 'pglite' })
    expect(header.schema).toBe(currentVersion())
    for (const excluded of Object.keys(EXCLUDED)) expect(header.tables).not.toContain(excluded)
    expect(JSON.parse(lines.at(-1)!).end.rows.statements).toBe(7)
  })

  it('restores into a new folder with every row, but no session or rate-limit counter', async () => {
    const restored = await restore('restored', file)
    expect(restored).toMatchObject({ kind: 'portable', migrated: false })
    const rows = await rowsOf('restored')
    for (const [table, expected] of Object.entries(original)) {
      if (table in EXCLUDED) expect(rows[table], table).toEqual([])
      else expect(rows[table], table).toEqual(expected)
    }
  })

  it('sets each sequence past the rows restored, so new rows get new ids', async () => {
    const store = await open('restored')
    try {
      const [last] = await plainConn(store).query<{ max: string }>('select max(id)::text as max from changes')
      const change = await recordChange(store.db, {
        storyId: 'pakistan-afghanistan-militancy-2023',
        entity: 'story',
        entityId: 'pakistan-afghanistan-militancy-2023',
        action: 'update',
        actor: 'cli:test@host',
      })
      expect(change.id).toBe(Number(last!.max) + 1)
    } finally {
      await store.close()
    }
  })

  it('refuses a store that is not empty, and changes nothing in it', async () => {
    const before = await rowsOf('restored')
    await expect(restore('restored', file)).rejects.toThrow(
      /is not empty; restore only into an empty or new folder/,
    )
    expect(await rowsOf('restored')).toEqual(before)
  })

  it('restores nothing from a file cut short, and leaves no folder behind', async () => {
    const text = gunzipSync(readFileSync(file)).toString('utf8')
    const cut = path.join(scratch, 'cut.backup')
    // Cut inside the statements: whole lines, but no end line.
    writeFileSync(
      cut,
      gzipSync(text.slice(0, text.indexOf('{"table":"statements"') + 2000).replace(/\n[^\n]*$/, '\n')),
    )
    await expect(restore('from-cut', cut)).rejects.toThrow(
      /is cut short: it ends before the backup's last line/,
    )
    expect(() => statSync(path.join(scratch, 'from-cut'))).toThrow()
    const garbled = path.join(scratch, 'garbled.backup')
    writeFileSync(garbled, readFileSync(file).subarray(0, 2000))
    await expect(restore('from-garbled', garbled)).rejects.toThrow()
    expect(() => statSync(path.join(scratch, 'from-garbled'))).toThrow()
  })

  it('loads a backup of an older schema at its version, then migrates it', async () => {
    const older = '0004_timeline_speakers'
    const folder = migrationsUpTo(older)
    const old = await open('older', { migrationsFolder: folder })
    const oldFile = path.join(scratch, 'older.backup')
    try {
      expect(await storeVersion(plainConn(old))).toBe(older)
      // What the code of today writes into a store of then: a story and an account. The
      // story as it was then, without claims, its writer lent the two claim tables it needs.
      await lendClaimTables(old.db)
      await importStoryText(old.db, 'seed.json', seedBeforeClaims(), { actor: 'seed' })
      await returnClaimTables(old.db)
      await addUser(old.db, { email: 'old@example.org', role: 'editor', password: 'an old password' })
      await backupTo(old, oldFile)
    } finally {
      await old.close()
      rmSync(folder, { recursive: true, force: true })
    }
    const oldRows = await rowsOf('older') // opening migrates the original too, to compare alike
    const restored = await restore('from-older', oldFile)
    expect(restored).toMatchObject({ schema: older, migrated: true })
    const store = await open('from-older')
    try {
      expect(await storeVersion(plainConn(store))).toBe(currentVersion())
      expect(await backedUpRows(plainConn(store))).toEqual(
        Object.fromEntries(Object.entries(oldRows).filter(([name]) => !(name in EXCLUDED))),
      )
    } finally {
      await store.close()
    }
  })

  it('still restores a PGlite folder dump made before this format', async () => {
    const store = await open('original')
    const dump = path.join(scratch, 'folder.tar.gz')
    try {
      writeFileSync(dump, new Uint8Array(await (await store.pglite!.dumpDataDir('gzip')).arrayBuffer()))
    } finally {
      await store.close()
    }
    expect(backupKind(dump)).toBe('pglite-folder')
    expect(await restore('from-folder-dump', dump)).toMatchObject({ kind: 'pglite-folder' })
    const rows = await rowsOf('from-folder-dump')
    for (const [table, expected] of Object.entries(original))
      expect(rows[table], table).toEqual(table in EXCLUDED ? [] : expected)
  })
})
