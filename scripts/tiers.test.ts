import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ALL, TIERS } from '../vitest.config'

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
    const rel = `${dir}/${name}`
    if (name === 'node_modules' || name.startsWith('.')) return []
    if (statSync(path.join(root, rel)).isDirectory()) return testFiles(rel)
    return name.endsWith('.test.ts') ? [rel] : []
  })
}

const ELSEWHERE: [RegExp, string][] = [
  [
    /\b(tempStore|seededStore|openStore|appStore|sharedStore)\b|@electric-sql\/pglite|from ['"]pg['"]/,
    'store',
  ],
  [/\b(addUser|hashPassword|betterAuth)\b/, 'store'],
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

  it('the unit tier holds no test that opens a store, starts a process, hashes a password, serves the fixture web, times the CPU or sets shared state', () => {
    const unit = ['lib', 'scripts', 'app', 'components']
      .flatMap(testFiles)
      .filter((file) => matches(file, ALL) && !matches(file, Object.values(TIERS).flat()))
      // This file names the markers it looks for.
      .filter((file) => file !== 'scripts/tiers.test.ts')
    expect(unit.length).toBeGreaterThan(20)
    const misplaced = unit.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8')
      const found = ELSEWHERE.find(([marker]) => marker.test(text))
      if (found) return [`${file} belongs in the ${found[1]} tier (vitest.config.ts)`]
      return SHARED_STATE.test(text)
        ? [`${file} mocks modules or sets globals, which unit-tier files share: give it a tier of its own`]
        : []
    })
    expect(misplaced).toEqual([])
  })
})
