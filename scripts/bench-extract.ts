/**
 * `npm run bench:extract`: how long the extractor takes on one typical article, on an
 * input at the 1 MB limit (the evaluation articles repeated), and on 1 MB of each input
 * that used to make it quadratic (lib/extract/pathological.ts): in the process (medians
 * of 5) and from the command line as a user runs it (`npm run --silent extract`, one run,
 * npm's and Node's start-up included), each with the load average when it ran, since the
 * machine may be shared.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractStatements } from '../lib/extract/extract'
import { MAX_ARTICLE_BYTES } from '../lib/extract/article-input'
import { PATHOLOGICAL } from '../lib/extract/pathological'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = path.join(root, 'eval/articles')
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function time(text: string, repeat: number): { ms: number; statements: number } {
  const runs: number[] = []
  let statements = 0
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    for (let i = 0; i < repeat; i++) statements = extractStatements(text).length
    runs.push((performance.now() - started) / repeat)
  }
  return { ms: median(runs), statements }
}

/** Wall time of `npm run extract` on the text, as a user would run it. */
function commandLine(text: string, scratch: string): number {
  const file = path.join(scratch, 'input.txt')
  writeFileSync(file, text)
  const started = performance.now()
  const run = spawnSync('npm', ['run', '--silent', 'extract', '--', file], { cwd: root, maxBuffer: 1 << 30 })
  if (run.status !== 0) throw new Error(`extract failed: ${run.stderr.toString()}`)
  return performance.now() - started
}

let large = ''
const joined = `${articles.join('\n')}\n`
while (Buffer.byteLength(large + joined) <= MAX_ARTICLE_BYTES) large += joined

extractStatements(joined) // warm up the JIT
const typical = articles.map((a) => time(a, 50))
const big = time(large, 1)
const bytes = (s: string) => Buffer.byteLength(s).toLocaleString('en')
console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`)
console.log(
  `typical article (${articles.length} articles, ${Math.min(...articles.map((a) => a.length))}–${Math.max(...articles.map((a) => a.length))} characters): median ${median(typical.map((t) => t.ms)).toFixed(2)} ms`,
)
console.log(
  `input at the limit (${bytes(large)} bytes, ${big.statements.toLocaleString('en')} statements): median ${big.ms.toFixed(0)} ms`,
)

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-extract-'))
try {
  console.log(
    '\n| 1 MB input | bytes | statements | in process (median of 5) | npm run extract (wall) | load average (1 min) |',
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [name, make] of [['articles repeated', () => large] as const, ...Object.entries(PATHOLOGICAL)]) {
    const text = make(MAX_ARTICLE_BYTES)
    const t = time(text, 1)
    const cli = commandLine(text, scratch)
    console.log(
      `| ${name} | ${bytes(text)} | ${t.statements.toLocaleString('en')} | ${t.ms.toFixed(0)} ms | ${cli.toFixed(0)} ms | ${loadavg()[0]!.toFixed(2)} |`,
    )
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
