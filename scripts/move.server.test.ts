import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXCLUDED } from '../lib/store/backup/catalog'
import { plainConn, type Conn } from '../lib/store/backup/conn'
import { backupKind } from '../lib/store/backup/files'
import { pgProgram } from '../lib/store/backup/pg-programs'
import { ACCOUNT, emptyTables, fillEveryTable, tableRows } from '../lib/store/backup/testing'
import { openStore } from '../lib/store/db'
import { startNext } from './next-server.mjs'
import { startPostgres, type PostgresServer } from './postgres-server'

/**
 * One machine to a team and back, on a real PostgreSQL server: a PGlite store holding a
 * row in every table (stories, history, reviews and drafts, accounts with their password
 * hashes, speaker merges, settings) is moved to Postgres with db:move and back into a new
 * folder, and every table is compared row for row each time; the moved account signs in
 * on the app running on the server. Backups cross between the stores too: the portable
 * format both ways, and the two formats from before it (a PGlite folder dump into
 * Postgres, a pg_dump into PGlite).
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const scratch = mkdtempSync(path.join(tmpdir(), 'reader-move-'))
const folder = (name: string) => path.join(scratch, name)

let server: PostgresServer | undefined
let original: Record<string, string[]>
const DATABASES = ['moved', 'from_portable', 'from_folder_dump', 'from_pg_dump']

const urlOf = (database: string) => {
  const url = new URL(server!.url)
  url.pathname = `/${database}`
  return url.toString()
}

async function onDatabase<T>(database: string, fn: (conn: Conn) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(database) })
  await client.connect()
  try {
    return await fn({ query: async (text, params) => (await client.query(text, params)).rows })
  } finally {
    await client.end()
  }
}

async function onFolder<T>(name: string, fn: (conn: Conn) => Promise<T>): Promise<T> {
  const previous = process.env.PGLITE_DIR
  process.env.PGLITE_DIR = folder(name)
  try {
    const store = await openStore({ waitMs: 0, databaseUrl: '' })
    try {
      return await fn(plainConn(store))
    } finally {
      await store.close()
    }
  } finally {
    process.env.PGLITE_DIR = previous
  }
}

/** The original's rows, as a restored or moved store must hold them: none in the excluded tables. */
const expected = () =>
  Object.fromEntries(Object.entries(original).map(([name, rows]) => [name, name in EXCLUDED ? [] : rows]))

async function tool(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [path.join('scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', ...env },
    })
    return { status: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { status: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

beforeAll(async () => {
  server = await startPostgres()
  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  try {
    for (const name of DATABASES) await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
  const previous = process.env.PGLITE_DIR
  process.env.PGLITE_DIR = folder('original')
  const store = await openStore({ waitMs: 0, databaseUrl: '' })
  try {
    await fillEveryTable(store)
    expect(await emptyTables(store)).toEqual([])
    original = await tableRows(plainConn(store))
    // A backup as the app made them before the portable format: PGlite's dump of its folder.
    writeFileSync(
      folder('before.tar.gz'),
      new Uint8Array(await (await store.pglite!.dumpDataDir('gzip')).arrayBuffer()),
    )
  } finally {
    await store.close()
    process.env.PGLITE_DIR = previous
  }
})

afterAll(async () => {
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
}, 60_000)

describe('db:move', () => {
  it('moves the PGlite store to an empty Postgres database, every table row for row', async () => {
    const moved = await tool('db-move.ts', ['--to', urlOf('moved')], { PGLITE_DIR: folder('original') })
    expect(moved.stderr).toBe('')
    expect(moved.status).toBe(0)
    expect(moved.stdout).toContain(`from ${folder('original')} to 127.0.0.1:`)
    expect(moved.stdout).toContain('and compared them row for row: identical.')
    // The address the tool prints carries no password; the server's tables hold every row.
    expect(await onDatabase('moved', tableRows)).toEqual(expected())
    // The original is left as it was.
    expect(await onFolder('original', tableRows)).toEqual(original)
  })

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const again = await tool('db-move.ts', ['--to', urlOf('moved')], { PGLITE_DIR: folder('original') })
    expect(again.status).toBe(2)
    expect(again.stderr).toMatch(
      /^The store in 127\.0\.0\.1:\d+\/moved is not empty \(.*stories.*\); a backup is restored only into an empty one\./,
    )
    expect(await onDatabase('moved', tableRows)).toEqual(expected())
  })

  it('moves it back from Postgres into a new PGlite folder, every table row for row', async () => {
    const back = await tool('db-move.ts', ['--from', urlOf('moved')], { PGLITE_DIR: folder('back') })
    expect(back.stderr).toBe('')
    expect(back.status).toBe(0)
    expect(back.stdout).toContain('Run the app on the folder from now on')
    expect(await onFolder('back', tableRows)).toEqual(expected())
  })

  it('the moved account signs in on the app running on the server (its password hash works)', async () => {
    const app = await startNext(root, { ...process.env, DATABASE_URL: urlOf('moved'), PGLITE_DIR: '' })
    try {
      const wrong = await fetch(`${app.base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.base },
        body: JSON.stringify({ email: ACCOUNT.email, password: 'not the password' }),
      })
      expect(wrong.status).toBe(401)
      const signIn = await fetch(`${app.base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.base },
        body: JSON.stringify(ACCOUNT),
      })
      expect(signIn.status).toBe(200)
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
      const users = await fetch(`${app.base}/admin/users`, { headers: { cookie } })
      expect(users.status).toBe(200)
      expect(await users.text()).toContain(ACCOUNT.email)
    } finally {
      await app.stop()
    }
  })
})

describe('backups across the two stores', () => {
  it('a portable backup of Postgres restores into PGlite, and one of PGlite into Postgres', async () => {
    const file = folder('postgres.backup')
    const saved = await tool('db-backup.ts', [file], { DATABASE_URL: urlOf('moved') })
    expect(saved.stderr).toBe('')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(backupKind(file)).toBe('portable')
    const intoFolder = await tool('db-restore.ts', [file], { PGLITE_DIR: folder('from-postgres') })
    expect(intoFolder.stderr).toBe('')
    expect(intoFolder.stdout).toMatch(/^Restored .* into .*from-postgres: \d+ rows in \d+ tables\.\n$/)
    const rows = await onFolder('from-postgres', tableRows)
    // The app ran on the server above, and signed someone in: sessions stay behind.
    expect(rows).toEqual(expected())

    const pgliteFile = folder('pglite.backup')
    expect((await tool('db-backup.ts', [pgliteFile], { PGLITE_DIR: folder('original') })).status).toBe(0)
    const intoServer = await tool('db-restore.ts', [pgliteFile], { DATABASE_URL: urlOf('from_portable') })
    expect(intoServer.stderr).toBe('')
    expect(await onDatabase('from_portable', tableRows)).toEqual(expected())
  })

  it('a PGlite folder dump made before the portable format restores into Postgres', async () => {
    const restored = await tool('db-restore.ts', [folder('before.tar.gz')], {
      DATABASE_URL: urlOf('from_folder_dump'),
    })
    expect(restored.stderr).toBe('')
    expect(restored.stdout).toContain('(a PGlite folder dump)')
    expect(await onDatabase('from_folder_dump', tableRows)).toEqual(expected())
  })

  it('a pg_dump backup made before the portable format restores into Postgres and into PGlite', async () => {
    const file = folder('before.dump')
    const dumped = spawnSync(pgProgram('pg_dump'), ['--format=custom', `--file=${file}`, urlOf('moved')], {
      encoding: 'utf8',
    })
    expect(dumped.stderr).toBe('')
    expect(backupKind(file)).toBe('pg-dump')
    const intoServer = await tool('db-restore.ts', [file], { DATABASE_URL: urlOf('from_pg_dump') })
    expect(intoServer.stderr).toBe('')
    expect(intoServer.stdout).toContain('(a pg_dump backup)')
    expect(await onDatabase('from_pg_dump', tableRows)).toEqual(expected())
    const intoFolder = await tool('db-restore.ts', [file], { PGLITE_DIR: folder('from-pg-dump') })
    expect(intoFolder.stderr).toBe('')
    expect(await onFolder('from-pg-dump', tableRows)).toEqual(expected())
  })
})
