#!/usr/bin/env node
// Two builds of the same inputs must serve the same files: prerendered HTML, RSC
// payloads, static JSON and every static asset, file for file. The first is the app's own
// build in .next (`npm run build`, so `npm test` builds twice in all, not three times);
// this builds the second into .next-repro and compares. Exits 1 and lists the files on
// any difference. (Per-build secrets, such as the preview-mode keys, are random by design
// and never served; they are not compared.)
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const MAIN = '.next'
const SECOND = '.next-repro'
const SERVED = [
  /^BUILD_ID$/,
  /^static\//,
  /^server\/app\/.*\.(html|rsc|body|meta)$/,
  /^server\/app\/.*\.segments\//,
]

function fingerprint(dist) {
  const sums = new Map()
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else {
        const rel = path.relative(path.join(root, dist), full).split(path.sep).join('/')
        if (SERVED.some((re) => re.test(rel)))
          sums.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'))
      }
    }
  }
  walk(path.join(root, dist))
  return sums
}

if (!existsSync(path.join(root, MAIN, 'BUILD_ID'))) {
  console.error(`No build in ${MAIN}/ to compare with: run "npm run build" first.`)
  process.exit(1)
}
// Taken first, before the second build starts: npm test serves .next (the server tests)
// while this builds, and nothing that happens to .next meanwhile counts.
const first = fingerprint(MAIN)
rmSync(path.join(root, SECOND), { recursive: true, force: true })
execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
  env: { ...process.env, NEXT_DIST_DIR: SECOND, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
})
const second = fingerprint(SECOND)
rmSync(path.join(root, SECOND), { recursive: true, force: true })
const names = [...new Set([...first.keys(), ...second.keys()])].sort()
const different = names.filter((name) => first.get(name) !== second.get(name))
if (names.length === 0) throw new Error('nothing was built')
if (different.length > 0) {
  console.error(
    `Two builds of the same inputs differ in ${different.length} of ${names.length} served files:`,
  )
  for (const name of different) console.error(`- ${name}`)
  console.error(`(${MAIN}/ must be a build of the code as it is now: "npm run build" makes one.)`)
  process.exit(1)
}
console.log(`Reproducible: ${MAIN}/ and a second build gave the same ${names.length} served files.`)
