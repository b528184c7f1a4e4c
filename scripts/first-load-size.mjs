#!/usr/bin/env node
// First Load JS per prerendered page: the scripts each page's HTML loads, gzipped and
// summed. Next 16 no longer prints this after `next build`, so we measure it ourselves
// from the build output. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const root = process.cwd()
const appDir = path.join(root, '.next', 'server', 'app')
if (!existsSync(appDir)) {
  console.error('No build found in .next/: run `npm run build` first.')
  process.exit(1)
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return htmlFiles(full)
    return name.endsWith('.html') ? [full] : []
  })
}

function routeOf(file) {
  const rel = path.relative(appDir, file).replace(/\.html$/, '').split(path.sep).join('/')
  return rel === 'index' ? '/' : `/${rel}`
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const rows = []
for (const file of htmlFiles(appDir)) {
  const route = routeOf(file)
  if (route === '/_global-error') continue
  const html = readFileSync(file, 'utf8')
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]))]
  let raw = 0
  let gzip = 0
  for (const src of sources) {
    const asset = path.join(root, '.next', src.replace(/^\/_next\//, ''))
    const bytes = readFileSync(asset)
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  rows.push({ route, scripts: sources.length, raw, gzip })
}

rows.sort((a, b) => a.route.localeCompare(b.route))
const width = Math.max(...rows.map((r) => r.route.length), 5)
console.log(`${'route'.padEnd(width)}  scripts  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`)
for (const r of rows) {
  console.log(`${r.route.padEnd(width)}  ${String(r.scripts).padStart(7)}  ${kib(r.raw).padStart(10)}  ${kib(r.gzip).padStart(10)}`)
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows))
