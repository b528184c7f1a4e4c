/**
 * `npm run bench:extract`: how long the extractor takes on one typical article and on
 * an input at the 1 MB limit (the evaluation articles repeated). Medians of 5 runs.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { cpus } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractStatements } from '../lib/extract/extract'
import { MAX_ARTICLE_BYTES } from '../lib/extract/article-input'

const dir = fileURLToPath(new URL('../eval/articles/', import.meta.url))
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

let large = ''
const joined = `${articles.join('\n')}\n`
while (Buffer.byteLength(large + joined) <= MAX_ARTICLE_BYTES) large += joined

extractStatements(joined) // warm up the JIT
const typical = articles.map((a) => time(a, 50))
const big = time(large, 1)
console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`)
console.log(
  `typical article (${articles.length} articles, ${Math.min(...articles.map((a) => a.length))}–${Math.max(...articles.map((a) => a.length))} characters): median ${median(typical.map((t) => t.ms)).toFixed(2)} ms`,
)
console.log(
  `input at the limit (${Buffer.byteLength(large).toLocaleString('en')} bytes, ${big.statements.toLocaleString('en')} statements): median ${big.ms.toFixed(0)} ms`,
)
