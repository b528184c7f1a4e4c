import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupKind } from '../lib/store/backup/files'
import { startPostgres, type PostgresServer } from './postgres-server'

/**
 * db:backup and db:restore on a real PostgreSQL server, as the PGlite round trip is
 * tested in stories.process.test.ts: a store with stories is backed up (the portable
 * format), restored into an empty database, and exported back identical; a restore into
 * a database that holds stories is refused and changes nothing. Across stores and from
 * older formats: move.server.test.ts.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const SEED = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')
const FIXTURE = path.join(root, 'e2e/fixtures/stories/fictional-dam-4-camps.json')

let server: PostgresServer | undefined
const scratches: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-pg-backup-'))
  scratches.push(dir)
  return dir
}

beforeAll(async () => {
  server = await startPostgres()
  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  try {
    for (const name of ['source_store', 'restored_store']) await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
})

afterAll(async () => {
  await server?.stop()
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true })
})

const urlOf = (database: string) => {
  const url = new URL(server!.url)
  url.pathname = `/${database}`
  return url.toString()
}
const run = (script: string, args: string[], database: string) => {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: urlOf(database), PGLITE_DIR: '' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const exportAll = (database: string) => {
  const out = scratch()
  const result = run('stories-export.ts', ['--out', out], database)
  expect(result.stderr).toBe('')
  return Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(path.join(out, n), 'utf8')]))
}

describe('db:backup and db:restore on Postgres', () => {
  it('restores a backup into an empty database, and refuses one that holds stories', () => {
    const imported = run('stories-import.ts', [SEED, FIXTURE], 'source_store')
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const original = exportAll('source_store')
    expect(Object.keys(original)).toHaveLength(2)

    const backup = path.join(scratch(), 'store.dump')
    const saved = run('db-backup.ts', [backup], 'source_store')
    expect(saved.stderr).toBe('')
    expect(saved.status).toBe(0)
    expect(statSync(backup).mode & 0o777).toBe(0o600)
    expect(backupKind(backup)).toBe('portable')

    const restored = run('db-restore.ts', [backup], 'restored_store')
    expect(restored.stderr).toBe('')
    expect(restored.status).toBe(0)
    expect(restored.stdout).toContain(`Restored ${backup} into 127.0.0.1:`)
    expect(exportAll('restored_store')).toEqual(original)
    // The restored store is migrated and takes writes: a replace bumps the version.
    const replaced = run('stories-import.ts', ['--replace', SEED], 'restored_store')
    expect(replaced.status).toBe(0)
    expect(replaced.stdout).toContain('(version 1, 7 statements)')

    // Into a database with stories: refused, and its stories are as they were.
    const before = exportAll('source_store')
    const refused = run('db-restore.ts', [backup], 'source_store')
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('/source_store is not empty (')
    expect(refused.stderr).toContain('a backup is restored only into an empty one.')
    expect(exportAll('source_store')).toEqual(before)
  })
})
