#!/usr/bin/env node
// The e2e suite's fixture stories, in .fixture-stories/: the shipped stories, the test
// fixtures (a story of hostile input: markup, formulas, right-to-left script, very long
// text; a story of four camps) and a generated story large enough to load as a windowed
// table. The fixture server (playwright.config.ts) serves the app's one build with
// STORIES_DIR pointing here and seeds a fresh store from it; the shipped build never
// contains them. Run before that server starts; `npm run fixtures:stories` runs it alone.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = path.join(root, '.fixture-stories')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const from of ['data/stories', 'e2e/fixtures/stories']) {
  for (const name of readdirSync(path.join(root, from)).filter((n) => n.endsWith('.json')))
    cpSync(path.join(root, from, name), path.join(dir, name))
}
execFileSync(
  process.execPath,
  [path.join(root, 'scripts', 'generate-story.mjs'), '--statements', '3000', '--out', dir, '--seed', '7'],
  { stdio: 'inherit' },
)
