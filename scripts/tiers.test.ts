import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import config, { ALL, TIERS } from '../vitest.config'

/**
 * `npm run test:unit` stays fast only if what joins it later is pure logic: a test file
 * outside the other tiers' patterns that opens a store, starts a process, hashes a
 * password, serves the fixture web or measures CPU time fails here, naming the tier it belongs in.
 */

const root = fileURLToPath(new URL('..', import.meta.url))

/** The glob shapes the tiers use: `**\/` any folders, `*` within one name. */
function globRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*\/|\*)/)
    .map((part) =>
      part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
}
const matches = (file: string, globs: readonly string[]) => globs.some((glob) => globRegExp(glob).test(file))

function testFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = dir === '.' ? name : `${dir}/${name}`
    // Dependencies, builds, git, and Playwright's end-to-end specs.
    if (name === 'node_modules' || name.startsWith('.') || rel === 'e2e') return []
    if (statSync(path.join(root, rel)).isDirectory()) return testFiles(rel)
    return /\.test\.[cm]?[jt]sx?$/.test(name) ? [rel] : []
  })
}

/** Every Vitest test file in the repository (the end-to-end specs are Playwright's). */
const everyTestFile = () => testFiles('.')

const ELSEWHERE: [RegExp, string][] = [
  [
    /\b(tempStore|seededStore|storeForFile|routeHarness|openStore|appStore|sharedStore|openFolderCopy)\b|@electric-sql\/pglite|from ['"]pg['"]/,
    'store',
  ],
  [/\b(addUser|addUserAs|hashPassword|betterAuth)\b/, 'store'],
  [/\b(startFixtureWeb|serveFixtureWeb|createServer)\b|node:https?['"]|node:net['"]/, 'web'],
  [/node:child_process|\bexecFile(Sync)?\b|\bspawn(Sync)?\(/, 'processes'],
  [/\bcpuUsage\b/, 'speed'],
]

/** What the unit tier's shared modules (isolate: false) cannot hold: mocks, stubs, set globals. */
const SHARED_STATE =
  /\bvi\.(mock|doMock|stubGlobal|stubEnv|spyOn)\b|process\.env(\.\w+|\[[^\]]+\])\s*=(?!=)|\bdelete process\.env/

describe('test tiers', () => {
  it('reads the tiers’ glob patterns as Vitest does', () => {
    expect(matches('lib/store/db.test.ts', TIERS.store)).toBe(true)
    expect(matches('lib/store/sub/x.test.ts', TIERS.store)).toBe(true)
    expect(matches('scripts/users.process.test.ts', TIERS.processes)).toBe(true)
    expect(matches('lib/view/sort.test.ts', Object.values(TIERS).flat())).toBe(false)
    expect(SHARED_STATE.test("vi.mock('./db')")).toBe(true)
    expect(SHARED_STATE.test("process.env.PGLITE_DIR = '/tmp/x'")).toBe(true)
    expect(SHARED_STATE.test("process.env['X'] = '1'")).toBe(true)
    expect(SHARED_STATE.test("if (process.env.CI === 'true') {}")).toBe(false)
  })

  it('puts every test file in exactly one tier', () => {
    const projects = (config.test?.projects ?? []) as {
      test: { name: string; include: string[]; exclude?: string[] }
    }[]
    expect(projects.map((p) => p.test.name)).toEqual(['unit', ...Object.keys(TIERS)])
    const files = everyTestFile()
    expect(files.length).toBeGreaterThan(100)
    const outside = files.filter((file) => !matches(file, ALL))
    expect(outside).toEqual([])
    const notOne = files.flatMap((file) => {
      const tiers = projects
        .filter((p) => matches(file, p.test.include) && !matches(file, p.test.exclude ?? []))
        .map((p) => p.test.name)
      return tiers.length === 1 ? [] : [`${file}: ${tiers.join(', ') || 'no tier'}`]
    })
    expect(notOne).toEqual([])
  })

  it('the unit tier holds no test that opens a store, starts a process, hashes a password, serves the fixture web, times the CPU or sets shared state', () => {
    const unit = everyTestFile()
      .filter((file) => matches(file, ALL) && !matches(file, Object.values(TIERS).flat()))
      // This file names the markers it looks for.
      .filter((file) => file !== 'scripts/tiers.test.ts')
    expect(unit.length).toBeGreaterThan(20)
    const misplaced = unit.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8')
      const found = ELSEWHERE.find(([marker]) => marker.test(text))
      if (found) return [`${file} belongs in the ${found[1]} tier (vitest.config.ts)`]
      return SHARED_STATE.test(text)
        ? [`${file} mocks modules or sets globals, which unit-tier files share: list it in the stubs tier`]
        : []
    })
    expect(misplaced).toEqual([])
  })

  it('the stubs tier holds pure logic too, only isolated', () => {
    const stubs = everyTestFile().filter((file) => matches(file, TIERS.stubs))
    expect(stubs.length).toBeGreaterThan(0)
    const misplaced = stubs.flatMap((file) => {
      const found = ELSEWHERE.find(([marker]) => marker.test(readFileSync(path.join(root, file), 'utf8')))
      return found ? [`${file} belongs in the ${found[1]} tier (vitest.config.ts)`] : []
    })
    expect(misplaced).toEqual([])
  })
})
