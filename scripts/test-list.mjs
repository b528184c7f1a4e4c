#!/usr/bin/env node
// Every test's name, one a line, sorted: Vitest's (by file and full name) and Playwright's
// (by spec file and title path), without project names or line numbers, which move when
// tests change tier or a file is edited. Runs no test. To check that a change to the
// tiers lost or duplicated none:
//
//   node scripts/test-list.mjs > before.txt     # on the old commit
//   node scripts/test-list.mjs > after.txt      # on the new one
//   diff before.txt after.txt
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const scratch = mkdtempSync(path.join(tmpdir(), 'test-list-'))
const lines = []
try {
  const json = path.join(scratch, 'vitest.json')
  execFileSync(bin('vitest'), ['list', `--json=${json}`], { stdio: ['ignore', 'ignore', 'inherit'] })
  for (const test of JSON.parse(readFileSync(json, 'utf8')))
    lines.push(`vitest ${path.relative(root, test.file).split(path.sep).join('/')} › ${test.name}`)
  const listed = execFileSync(bin('playwright'), ['test', '--list'], { encoding: 'utf8' })
  // "  [chromium] › a11y.spec.ts:45:5 › light mode › the story page …"
  for (const match of listed.matchAll(/^\s+\[[^\]]+\] › ([^:]+):\d+:\d+ › (.+)$/gm))
    lines.push(`playwright ${match[1]} › ${match[2]}`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
lines.sort()
process.stdout.write(`${lines.join('\n')}\n`)
console.error(`${lines.length} tests`)
