import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { canonicalText } from '../lib/store/canonical'

/** stories:import, stories:export and the backup tools, run as a user runs them. */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const SEED = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')
const seedText = readFileSync(SEED, 'utf8')
const scratches: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-stories-'))
  scratches.push(dir)
  return dir
}
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const run = (script: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const storeEnv = () => ({ PGLITE_DIR: path.join(scratch(), 'db') })
const exportAll = (env: Record<string, string>) => {
  const out = scratch()
  const result = run('stories-export.ts', ['--out', out], env)
  expect(result.stderr).toBe('')
  return Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(path.join(out, n), 'utf8')]))
}

describe('stories:import and stories:export', () => {
  it('export of an import equals the files: the seed byte for byte, the fixtures in canonical form', () => {
    const env = storeEnv()
    const fixtures = ['e2e/fixtures/stories/hostile-input.json']
    const imported = run('stories-import.ts', [SEED, ...fixtures.map((f) => path.join(root, f))], env)
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const files = exportAll(env)
    expect(Object.keys(files).sort()).toEqual(['hostile-input.json', path.basename(SEED)])
    expect(files[path.basename(SEED)]).toBe(seedText)
    for (const f of fixtures) {
      expect(files[path.basename(f)]).toBe(canonicalText(readFileSync(path.join(root, f), 'utf8')))
    }

    const again = run('stories-import.ts', [SEED], env)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain(
      'is already in the store. Nothing was imported. To overwrite it, add --replace.',
    )
    const changed = JSON.parse(seedText)
    changed.title = 'A new title'
    const dir = scratch()
    writeFileSync(path.join(dir, 'changed.json'), JSON.stringify(changed))
    const replaced = run('stories-import.ts', ['--replace', path.join(dir, 'changed.json')], env)
    expect(replaced.status).toBe(0)
    expect(replaced.stdout).toContain(
      'Replaced story "pakistan-afghanistan-militancy-2023" (version 1, 7 statements) with',
    )
    expect(JSON.parse(exportAll(env)[path.basename(SEED)]!).title).toBe('A new title')
  })

  it('refuses bad files loudly, and writes nothing when any file is bad', () => {
    const dir = scratch()
    const file = (name: string, bytes: string | Buffer) => {
      writeFileSync(path.join(dir, name), bytes)
      return path.join(dir, name)
    }
    mkdirSync(path.join(dir, 'folder.json'))
    const cases: [string, string][] = [
      [file('upper.JSON', seedText), 'is not a story file name: story files end in ".json", in lower case'],
      [file('old.json.bak', seedText), 'is not a story file name'],
      [path.join(dir, 'folder.json'), 'folder.json: is a folder, not a story file'],
      [
        file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)])),
        'bom.json: starts with a byte-order mark',
      ],
      [
        file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])),
        'latin1.json: is not valid UTF-8: bad byte at line 1, column 3',
      ],
      [
        file('twice.json', '{\n  "id": "a",\n  "id": "b"\n}\n'),
        'twice.json: key "id" appears twice in one object, at line 3, column 3',
      ],
      [file('broken.json', '{\n  "id": "a",\n}\n'), 'broken.json: invalid JSON at line 3, column 1'],
      [file('cut.json', '{\n  "id": "a",'), 'cut.json: invalid JSON at line 2, column 13'],
      [
        file('drafts.json', readFileSync(path.join(root, 'lib/store/__fixtures__/old-drafts.json'))),
        'drafts.json: statement kakar-kakar-says-kabul-took-no-concrete-steps: is marked "review": "draft". A story file holds reviewed statements only',
      ],
    ]
    const env = storeEnv()
    for (const [bad, message] of cases) {
      const result = run('stories-import.ts', [SEED, bad], env)
      expect(result.status, bad).toBe(1)
      expect(result.stderr).toContain('Nothing imported')
      expect(result.stderr).toContain(message)
    }
    expect(exportAll(env)).toEqual({})
    // Ten processes one after another: at a load of 30 on two cores each takes 20 s or more.
  }, 600_000)

  it('refuses a source over 2 MB and more than 100,000 statements', () => {
    const dir = scratch()
    const story = JSON.parse(seedText)
    story.sources[0].text += ' '.repeat(2 * 1024 * 1024)
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify(story))
    const result = run('stories-import.ts', [path.join(dir, 'big.json')], storeEnv())
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/big\.json: source [a-z0-9-]+: text is 2\.0 MB; the limit is 2 MB/)

    const many = JSON.parse(seedText)
    // The count is checked before anything else, so the statements need not be valid.
    many.statements = Array.from({ length: 100_001 }, () => ({}))
    writeFileSync(path.join(dir, 'many.json'), JSON.stringify(many))
    const counted = run('stories-import.ts', [path.join(dir, 'many.json')], storeEnv())
    expect(counted.status).toBe(1)
    expect(counted.stderr).toContain('many.json: story has 100001 statements; the limit is 100,000')
  })
})

describe('the PGlite lock', () => {
  it('a tool waits for a live holder, then names it and says what to do; a stale lock is taken over', async () => {
    const env = storeEnv()
    const holder = spawn('sleep', ['60'])
    try {
      writeFileSync(`${env.PGLITE_DIR}.lock`, `${holder.pid}\n`)
      const started = Date.now()
      const held = run('stories-import.ts', [SEED], env)
      expect(Date.now() - started).toBeGreaterThanOrEqual(10_000)
      expect(held.status).toBe(1)
      expect(held.stderr).toContain(`is in use by process ${holder.pid}`)
      expect(held.stderr).toContain('Stop that process and run this again')
    } finally {
      holder.kill()
    }
    await new Promise((resolve) => holder.once('exit', resolve))
    // The holder is gone now: its lock is stale.
    const taken = run('stories-import.ts', [SEED], env)
    expect(taken.status).toBe(0)
    expect(taken.stderr).toContain('Took over the lock')
  })
})

describe('db:backup and db:restore', () => {
  it('restores a backup into an empty store, and refuses a store that is not empty', () => {
    const env = storeEnv()
    expect(run('stories-import.ts', [SEED], env).status).toBe(0)
    const backup = path.join(scratch(), 'store.backup')
    expect(run('db-backup.ts', [backup], env).status).toBe(0)
    const restored = storeEnv()
    const result = run('db-restore.ts', [backup], restored)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(exportAll(restored)[path.basename(SEED)]).toBe(seedText)
    const refused = run('db-restore.ts', [backup], restored)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('is not empty; restore only into an empty or new folder')
  })
})
