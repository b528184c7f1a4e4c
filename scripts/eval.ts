/**
 * `npm run eval`: runs the statement extractor over the labelled articles in
 * eval/articles (and the seed story's article, labelled by the codebook) and prints
 * precision, recall and F1. `--verbose` lists every miss and every false draft.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findAnchor } from '../lib/anchor'
import { extractStatements } from '../lib/extract/extract'
import {
  emptyScores,
  overlapsByHalf,
  precisionRecall,
  score,
  type Labelled,
  type Scores,
  type Tally,
} from '../lib/extract/evaluate'
import type { Kind } from '../lib/codebook'

interface Article {
  name: string
  text: string
  labels: Labelled[]
}

interface LabelFile {
  statements: { speaker: string; role: string | null; kind: Kind; text: string; occurrence?: number }[]
}

const root = fileURLToPath(new URL('..', import.meta.url))
const verbose = process.argv.includes('--verbose')
const setArg = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length) ?? 'articles'

function anchor(name: string, text: string, label: { text: string; occurrence?: number }) {
  const found = findAnchor(text, label.text, label.occurrence)
  if (!found.ok)
    throw new Error(`${name}: label text is ${found.reason} in the article: ${JSON.stringify(label.text)}`)
  return found.anchor
}

function loadArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '')
      const text = readFileSync(path.join(dir, file), 'utf8')
      const labels = (JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as LabelFile)
        .statements
      return { name, text, labels: labels.map((l) => ({ ...l, ...anchor(name, text, l) })) }
    })
}

/** The seed story was coded by hand under the codebook; its statements are labels. */
function loadSeed(): Article {
  const story = JSON.parse(
    readFileSync(path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json'), 'utf8'),
  ) as {
    sources: { id: string; text: string }[]
    statements: (LabelFile['statements'][number] & {
      source: string
      speaker: { name: string; role: string | null }
    })[]
  }
  const source = story.sources.find((s) => s.id === 'seed-article')!
  return {
    name: 'seed (pakistan-afghanistan-militancy-2023)',
    text: source.text,
    labels: story.statements
      .filter((s) => s.source === source.id)
      .map((s) => ({
        speaker: s.speaker.name,
        role: s.speaker.role,
        kind: s.kind,
        ...anchor('seed', source.text, s),
      })),
  }
}

const articles = [
  ...loadArticles(path.join(root, 'eval', setArg)),
  ...(setArg === 'articles' ? [loadSeed()] : []),
]
const totals: Scores = emptyScores()
const started = performance.now()
for (const article of articles) {
  const predicted = extractStatements(article.text)
  const before = totals.all.matched
  score(predicted, article.labels, totals)
  if (verbose) {
    const show = (s: { start: number; end: number }) =>
      JSON.stringify(article.text.slice(s.start, s.end).slice(0, 90))
    console.log(
      `\n## ${article.name}: ${totals.all.matched - before} of ${article.labels.length} labels matched, ${predicted.length} drafted`,
    )
    for (const l of article.labels) {
      const p = predicted.find((p) => overlapsByHalf(p, l))
      if (!p) console.log(`  MISSED  ${l.kind} ${l.speaker}: ${show(l)}`)
      else if (p.speaker.toLowerCase() !== l.speaker.toLowerCase())
        console.log(`  SPEAKER ${JSON.stringify(p.speaker)} ≠ ${JSON.stringify(l.speaker)}: ${show(l)}`)
      else {
        if (p.kind !== l.kind) console.log(`  KIND    ${p.kind} ≠ ${l.kind}: ${show(l)}`)
        if ((p.role ?? '') !== (l.role ?? ''))
          console.log(`  ROLE    ${JSON.stringify(p.role)} ≠ ${JSON.stringify(l.role)} (${l.speaker})`)
      }
    }
    for (const p of predicted)
      if (!article.labels.some((l) => overlapsByHalf(p, l)))
        console.log(`  EXTRA   ${p.kind} ${p.speaker}: ${show(p)}`)
  }
}
const elapsed = performance.now() - started

const fmt = (n: number) => n.toFixed(3)
const row = (name: string, t: Tally) => {
  const { precision, recall, f1 } = precisionRecall(t)
  return `| ${name.padEnd(10)} | ${String(t.labelled).padStart(8)} | ${String(t.predicted).padStart(7)} | ${String(t.matched).padStart(7)} | ${fmt(precision)} | ${fmt(recall)} | ${fmt(f1)} |`
}
const rate = (r: { pairs: number; agree?: number; exact?: number }) =>
  r.pairs === 0 ? 'n/a' : fmt((r.agree ?? r.exact ?? 0) / r.pairs)

console.log(
  `\n${articles.length} articles (eval/${setArg}${setArg === 'articles' ? ' + the seed' : ''}), ${totals.all.labelled} labelled statements, extracted in ${elapsed.toFixed(0)} ms\n`,
)
console.log('| statements | labelled | drafted | matched | P     | R     | F1    |')
console.log('| ---------- | -------- | ------- | ------- | ----- | ----- | ----- |')
console.log(row('all', totals.all))
console.log(row('direct', totals.direct))
console.log(row('paraphrase', totals.paraphrase))
console.log(
  `\nspeaker exact match (span-overlapping pairs): ${rate(totals.speaker)} (${totals.speaker.exact}/${totals.speaker.pairs})`,
)
console.log(`kind accuracy (matched pairs): ${rate(totals.kind)} (${totals.kind.agree}/${totals.kind.pairs})`)
console.log(
  `role exact match (matched pairs): ${rate(totals.role)} (${totals.role.agree}/${totals.role.pairs})`,
)
