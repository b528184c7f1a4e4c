#!/usr/bin/env node
// Builds the app a second time, into .next-fixtures, against the shipped stories plus the
// test fixtures: a story of hostile input (markup, formulas, right-to-left script, very
// long text) and a generated story large enough to load as a windowed table. The e2e
// suite serves this build beside the real one; the shipped build never contains them.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const dir = path.join(root, '.fixture-stories')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const from of ['data/stories', 'e2e/fixtures/stories']) {
  for (const name of readdirSync(from).filter((n) => n.endsWith('.json')))
    cpSync(path.join(from, name), path.join(dir, name))
}
execFileSync(
  process.execPath,
  ['scripts/generate-story.mjs', '--statements', '3000', '--out', dir, '--seed', '7'],
  {
    stdio: 'inherit',
  },
)
execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
  stdio: 'inherit',
  env: { ...process.env, STORIES_DIR: dir, NEXT_DIST_DIR: '.next-fixtures' },
})
