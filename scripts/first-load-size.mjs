#!/usr/bin/env node
// First Load JS per page: the scripts each page's HTML loads, gzipped (level 9) and
// summed. Next 16 no longer prints this after `next build`, so we measure it from the
// production build: the script serves it on a spare port, fetches each page's HTML,
// and sizes the scripts it references from .next/static. Run after `npm run build`.
// In the same run it builds a bare Next.js page with no app code (scripts/bare-next-app.mjs)
// and gives each page's size as a multiple of that page's: the target for the story page
// is 1.10× at most (issue 24).
//
//   npm run size            a table
//   npm run size -- --json  the table as JSON too
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { buildBareApp } from './bare-next-app.mjs'
import { startNext } from './next-server.mjs'
import { kib, scriptWeight } from './page-weight.mjs'

const root = process.cwd()
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build in .next/: run `npm run build` first.')
  process.exit(1)
}

const storiesDir = process.env.STORIES_DIR ?? path.join(root, 'data', 'stories')
const storyIds = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(storiesDir, f), 'utf8')).id)
const routes = ['/', '/no-such-page', ...storyIds.map((id) => `/stories/${id}`)]

console.log('building a bare Next.js page for comparison…')
const bareDir = buildBareApp(root)
const bare = await startNext(root, { ...process.env, NEXT_DIST_DIR: '' }, bareDir)
let bareWeight
try {
  const html = await (await fetch(`${bare.base}/`)).text()
  bareWeight = { route: '(bare Next.js page)', ...scriptWeight(html, path.join(root, bareDir, '.next')) }
} finally {
  await bare.stop()
}

const { base, stop } = await startNext(root)
try {
  const rows = [bareWeight]
  for (const route of routes) {
    const html = await (await fetch(`${base}${route}`)).text()
    const weight = scriptWeight(html, path.join(root, '.next'))
    rows.push({ route: route === '/no-such-page' ? '(404 page)' : route, ...weight })
  }
  const width = Math.max(...rows.map((r) => r.route.length), 5)
  for (const r of rows) r.ratioToBare = r.gzip / bareWeight.gzip
  console.log(`${'route'.padEnd(width)}  scripts  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  × bare page`)
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(width)}  ${String(r.scripts).padStart(7)}  ${kib(r.raw).padStart(10)}  ${kib(r.gzip).padStart(10)}  ${r.ratioToBare.toFixed(2).padStart(11)}`,
    )
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows))
} finally {
  await stop()
}
