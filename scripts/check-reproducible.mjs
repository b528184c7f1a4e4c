#!/usr/bin/env node
// Builds the app twice from the same inputs and compares what it serves, file for file:
// prerendered HTML, RSC payloads, static JSON and every static asset. Exits 1 and lists
// the files on any difference. (Per-build secrets, such as the preview-mode keys, are
// random by design and never served; they are not compared.)
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const dist = '.next-repro'
const SERVED = [
  /^BUILD_ID$/,
  /^static\//,
  /^server\/app\/.*\.(html|rsc|body|meta)$/,
  /^server\/app\/.*\.segments\//,
]

function fingerprint() {
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

function build() {
  rmSync(path.join(root, dist), { recursive: true, force: true })
  execFileSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  })
  return fingerprint()
}

const first = build()
const second = build()
rmSync(path.join(root, dist), { recursive: true, force: true })
const names = [...new Set([...first.keys(), ...second.keys()])].sort()
const different = names.filter((name) => first.get(name) !== second.get(name))
if (!existsSync(root) || names.length === 0) throw new Error('nothing was built')
if (different.length > 0) {
  console.error(
    `Two builds of the same inputs differ in ${different.length} of ${names.length} served files:`,
  )
  for (const name of different) console.error(`- ${name}`)
  process.exit(1)
}
console.log(`Reproducible: two builds gave the same ${names.length} served files.`)
