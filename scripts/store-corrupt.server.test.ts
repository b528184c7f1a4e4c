import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appUntilExit } from './next-server.mjs'

/**
 * A PGlite folder left damaged: the app (the production build) and a command both refuse
 * to open it, say it is damaged and how to restore from a backup, and leave every byte of
 * the folder as it was. A healthy copy of the same folder still opens.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const SEED = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')

const scratches: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-corrupt-'))
  scratches.push(dir)
  return dir
}
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Every file under `dir` with a hash of its bytes, and the lock file beside it. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  walk(dir)
  return files
}

const env = (dir: string) => ({
  ...process.env,
  DATABASE_URL: '',
  PGLITE_DIR: dir,
  STORIES_DIR: path.dirname(SEED),
})
const MESSAGE = /The story store in .+ is damaged and was not opened \(.+\)\. Nothing in it was changed\./

let pristine: string
let files: { statements: string; sources: string; sourcesToast: string; catalog: string }

beforeAll(async () => {
  pristine = path.join(scratch(), 'db')
  const imported = spawnSync(tsx, ['scripts/stories-import.ts', SEED], {
    cwd: root,
    env: env(pristine),
    encoding: 'utf8',
  })
  expect(imported.status, imported.stderr).toBe(0)
  const db = await PGlite.create(pristine)
  const where = async (table: string) =>
    (await db.query<{ p: string }>(`select pg_relation_filepath('${table}') as p`)).rows[0]!.p
  files = {
    statements: await where('statements'),
    sources: await where('sources'),
    // Where the source texts are: too large to keep in the row, they live in its TOAST table.
    sourcesToast: (
      await db.query<{ p: string }>(
        `select pg_relation_filepath(reltoastrelid) as p from pg_class where relname = 'sources'`,
      )
    ).rows[0]!.p,
    catalog: await where('pg_class'),
  }
  await db.close()
})

/** A copy of the seeded store, damaged by `harm`. */
function damaged(harm: (dir: string) => void): string {
  const dir = path.join(scratch(), 'db')
  cpSync(pristine, dir, { recursive: true, preserveTimestamps: true })
  harm(dir)
  return dir
}

const garble = (file: string, from: number, to: number) => {
  const bytes = readFileSync(file)
  bytes.fill(0x5a, from, to)
  writeFileSync(file, bytes)
}

const CASES: [string, (dir: string) => void][] = [
  ['PG_VERSION lost', (dir) => rmSync(path.join(dir, 'PG_VERSION'))],
  ['the statements table emptied to nothing', (dir) => truncateSync(path.join(dir, files.statements), 0)],
  ['the statements table cut mid-page', (dir) => truncateSync(path.join(dir, files.statements), 5000)],
  ['garbled bytes inside the sources table', (dir) => garble(path.join(dir, files.sources), 3000, 3400)],
  ['a garbled system catalog', (dir) => garble(path.join(dir, files.catalog), 0, 8192)],
  ['the sources’ large values (their TOAST file) lost', (dir) => rmSync(path.join(dir, files.sourcesToast))],
]

function migrate(dir: string) {
  return spawnSync(tsx, ['scripts/db-migrate.ts'], { cwd: root, env: env(dir), encoding: 'utf8' })
}

/** Starts the production build on `dir` and waits for it to exit; its exit code and stderr. */
const startApp = (dir: string) => appUntilExit(root, env(dir))

describe('a damaged PGlite folder', () => {
  it('a healthy copy opens, with the spill folder a large sort leaves in base/', () => {
    const result = migrate(damaged((dir) => mkdirSync(path.join(dir, 'base', 'pgsql_tmp'))))
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('is up to date; it holds 1 story.')
  })

  for (const [name, harm] of CASES) {
    it(`${name}: db:migrate and the app refuse it, say how to restore, and change nothing`, async () => {
      const dir = damaged(harm)
      const before = snapshot(dir)

      const cli = migrate(dir)
      expect(cli.status).toBe(1)
      expect(cli.stderr).toMatch(MESSAGE)
      expect(cli.stderr).toContain('npm run db:restore -- FILE')
      expect(cli.stdout).not.toContain('is up to date')
      expect(cli.stderr).not.toMatch(/\[object Object\]|Aborted\(/)
      expect(snapshot(dir)).toEqual(before)

      const app = await startApp(dir)
      expect(app.code).toBe(1)
      expect(app.stderr).toContain('The app cannot start.')
      expect(app.stderr).toMatch(MESSAGE)
      expect(app.stderr).toContain('npm run db:restore -- FILE')
      expect(app.stderr).not.toMatch(/\[object Object\]|Aborted\(/)
      expect(snapshot(dir)).toEqual(before)
      expect(readdirSync(path.dirname(dir))).toEqual(['db'])
    })
  }
})
