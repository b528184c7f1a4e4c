import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'

// The real `npm run build`, pointed at a folder of broken story files: it must stop, and
// say which file, which statement and which field is wrong, for every one of them.
it('a build over broken story files fails, naming file, statement and field', { timeout: 180_000 }, () => {
  const root = path.join(__dirname, '..')
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      STORIES_DIR: path.join(root, 'lib', 'story', '__fixtures__', 'build-broken'),
      NEXT_DIST_DIR: '.next-broken',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  })
  const output = `${result.stdout}\n${result.stderr}`
  expect(result.status).not.toBe(0)
  expect(output).toContain(
    'lib/story/__fixtures__/build-broken/unknown-stance.json: statement s2: stance.value must be one of supports, mixed, neutral, rejects (got "angry")',
  )
  expect(output).toContain(
    'lib/story/__fixtures__/build-broken/missing-field.json: statement s2: kind is missing',
  )
  expect(output).toMatch(
    /lib\/story\/__fixtures__\/build-broken\/broken-json\.json: invalid JSON at line 46, column 7/,
  )
})
