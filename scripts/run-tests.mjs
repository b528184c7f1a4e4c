#!/usr/bin/env node
// `npm test`: every tier in order, stopping at the first failure, then a table of each
// stage's time: wall clock, CPU (the stage's processes, on Linux) and the load average
// at its start and end, so a run on a shared machine can be read for what it is.
//
//   npm test                    every stage
//   npm test -- --from build    from that stage on (after fixing what failed there)
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

/**
 * The stages: each an npm script, run in this order; a stage of several runs them at
 * once, printing each one's output as it ends. ESLint and tsc each keep one core busy;
 * the server tests mostly run one process at a time and wait on it, which leaves a core
 * for the second build. The app is built twice in all.
 */
const STAGES = [
  ['lint', 'typecheck'],
  'test:unit',
  'test:store',
  'test:web',
  'test:eval',
  'test:speed',
  'test:processes',
  'build',
  ['check:reproducible', 'test:servers'],
  'test:e2e',
]

/** CPU seconds of this process's finished children (Linux: /proc/self/stat), or null. */
function childrenCpu() {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    // cutime and cstime (fields 16 and 17 of the whole line), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

const seconds = (value) => {
  const s = Math.round(value)
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`
}
const load = () => loadavg()[0].toFixed(1)

const names = (stage) => [stage].flat()
const from = process.argv.indexOf('--from')
const start = from === -1 ? 0 : STAGES.findIndex((stage) => names(stage).includes(process.argv[from + 1]))
if (start === -1) {
  console.error(`--from takes one of: ${STAGES.flat().join(', ')}`)
  process.exit(2)
}

/** Runs one npm script: its output straight through, or kept and printed once it ends. */
function npmRun(script, { alone }) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('close', (code) => {
      if (!alone) process.stdout.write(Buffer.concat(output))
      resolve(code === 0)
    })
  })
}

const rows = []
let failed = null
const began = Date.now()
for (const stage of STAGES.slice(start)) {
  const scripts = names(stage)
  const row = { stage: scripts.join(' + '), loadBefore: load(), cpuBefore: childrenCpu(), t0: Date.now() }
  const passed = await Promise.all(scripts.map((script) => npmRun(script, { alone: scripts.length === 1 })))
  const cpuAfter = childrenCpu()
  rows.push({
    ...row,
    wall: (Date.now() - row.t0) / 1000,
    cpu: cpuAfter === null || row.cpuBefore === null ? null : cpuAfter - row.cpuBefore,
    loadAfter: load(),
  })
  const failing = scripts.filter((_, i) => !passed[i])
  if (failing.length > 0) {
    failed = failing[0]
    rows.at(-1).failed = true
    break
  }
}

const table = [
  '| stage | wall | CPU | load average, start → end |',
  '| --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.stage}${r.failed ? ' (failed)' : ''} | ${seconds(r.wall)} | ${r.cpu === null ? '' : seconds(r.cpu)} | ${r.loadBefore} → ${r.loadAfter} |`,
  ),
  `| **total** | **${seconds((Date.now() - began) / 1000)}** | | |`,
]
console.log(`\n${table.join('\n')}`)
if (failed) {
  console.error(`\nnpm test stopped at "${failed}". After a fix: npm test -- --from ${failed}`)
  process.exit(1)
}
