#!/usr/bin/env node
// Server benchmark of pages read from the store: serves the production build (run
// `npm run build` first) on a fresh PGlite store seeded from data/stories, then drives
// the seed story page, a page of the app that reads no story from the store (/codebook:
// fixed text; since every page carries a per-request CSP nonce and the header reads the
// session, it too is rendered per request, through the same layout), the home page (the
// store's story list) and /sign-in (a form) with autocannon at concurrency 50 over
// loopback, in one run, and prints each page's p50 and p99 latency. The targets: the
// story page's p50 at most 3 times /codebook's; its throughput at least /sign-in's and
// its p99 under 500 ms, on a quiet machine. Also reports the server's CPU time per request
// for each page (Linux), the first start on an empty store, a restart on the seeded one,
// the size of the store folder and the machine's load.
//
//   npm run bench:server                       10 s per page
//   npm run bench:server -- --seconds 30
//   NEXT_DIST_DIR=.next-before npm run bench:server   another build (e.g. main's), for a before/after
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startNext } from './next-server.mjs'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
})
const root = process.cwd()
// NEXT_DIST_DIR serves another build (e.g. main's, built into .next-before) for a before/after.
const distDir = process.env.NEXT_DIST_DIR || '.next'
if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
  console.error(`No production build in ${distDir}/: run \`npm run build\` first.`)
  process.exit(1)
}
const SEED = 'pakistan-afghanistan-militancy-2023'

const sizeOf = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    return sum + (entry.isDirectory() ? sizeOf(full) : statSync(full).size)
  }, 0)

async function timedStart(env) {
  const started = Date.now()
  const server = await startNext(root, env)
  // Ready means the seed story answers, not only the port.
  const response = await fetch(`${server.base}/stories/${SEED}`)
  if (response.status !== 200) throw new Error(`the seed story answered ${response.status}`)
  return { server, ms: Date.now() - started }
}

// The server's CPU time so far (user + system, ms), from /proc on Linux; null elsewhere.
// CPU per request is the steadier reading on a shared machine: others' load stretches
// latency and cuts throughput, but moves the CPU a request costs much less.
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in ticks of 1/100 s
  } catch {
    return null
  }
}

function measure(url) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: Number(values.connections), duration: Number(values.seconds), timeout: 60 },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

console.log(
  `load average at the start: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
)
const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-bench-server-'))
const env = { ...process.env, PGLITE_DIR: path.join(scratch, 'db'), DATABASE_URL: '' }
try {
  const first = await timedStart(env)
  await first.server.stop()
  const restart = await timedStart(env)
  const results = {}
  try {
    const { base } = restart.server
    const pages = {
      story: `${base}/stories/${SEED}`,
      static: `${base}/codebook`,
      home: `${base}/`,
      // The lightest page a visitor gets (a form, no store read): the story page's
      // throughput target is at least this page's.
      signIn: `${base}/sign-in`,
    }
    for (const [name, url] of Object.entries(pages)) {
      await measure(url) // warm-up, same length: caches, JIT
      const cpuBefore = cpuMs(restart.server.pid)
      const result = await measure(url)
      const cpuAfter = cpuMs(restart.server.pid)
      // Errors here are mostly time-outs on a loaded machine: counted and reported, not fatal.
      if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} answers were not 2xx`)
      results[name] = {
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        cpu: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total,
      }
    }
  } finally {
    // Stopped whatever happens, so a failed measurement leaves no server behind.
    await restart.server.stop()
  }
  const ratio = results.story.p50 / results.static.p50
  console.log(
    `concurrency ${values.connections}, ${values.seconds} s per page, loopback, ${os.cpus().length} cores`,
  )
  console.log(
    `story page (${SEED}): p50 ${results.story.p50} ms, p99 ${results.story.p99} ms (${results.story.requests} requests, ${results.story.errors} errors)`,
  )
  console.log(
    `page with no store data (/codebook): p50 ${results.static.p50} ms, p99 ${results.static.p99} ms (${results.static.requests} requests, ${results.static.errors} errors)`,
  )
  console.log(
    `home page: p50 ${results.home.p50} ms, p99 ${results.home.p99} ms (${results.home.requests} requests, ${results.home.errors} errors)`,
  )
  console.log(
    `/sign-in: p50 ${results.signIn.p50} ms, p99 ${results.signIn.p99} ms (${results.signIn.requests} requests, ${results.signIn.errors} errors)`,
  )
  if (results.story.cpu !== null)
    console.log(
      `server CPU per request: story ${results.story.cpu.toFixed(2)} ms, /codebook ${results.static.cpu.toFixed(2)} ms, home ${results.home.cpu.toFixed(2)} ms, /sign-in ${results.signIn.cpu.toFixed(2)} ms; story ÷ sign-in ${(results.story.cpu / results.signIn.cpu).toFixed(2)}`,
    )
  console.log(`story p50 / codebook p50: ${ratio.toFixed(2)} (target at most 3)`)
  console.log(
    `story requests / sign-in requests: ${(results.story.requests / results.signIn.requests).toFixed(2)} (target at least 1); story p99 ${results.story.p99} ms (target under 500 ms)`,
  )
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  )
  console.log(
    `first start on an empty store: ${first.ms} ms; restart: ${restart.ms} ms (until the seed story answers)`,
  )
  console.log(`store folder with the seed: ${(sizeOf(env.PGLITE_DIR) / 1048576).toFixed(1)} MB`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
