/**
 * `npm run eval`: runs the statement extractor over labelled articles and prints
 * precision, recall and F1, one table per set: first the real set (eval/real, published
 * reports labelled blind), then the sets written for the purpose (eval/articles with the
 * seed, and the holdouts). `--set=NAME` runs one set; `--verbose` lists every miss and
 * every false draft.
 */
import { extractStatements } from '../lib/extract/extract'
import {
  emptyScores,
  overlapsByHalf,
  precisionRecall,
  sameSpeaker,
  score,
  type Scores,
  type Tally,
} from '../lib/extract/evaluate'
import { EVAL_SETS, LAYOUTS, loadSet, REAL_SET, REAL_SET_2, type Layout } from './eval-sets'

const verbose = process.argv.includes('--verbose')
const setArg = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length)

const layout = (process.argv.find((a) => a.startsWith('--layout='))?.slice('--layout='.length) ??
  'as-written') as Layout
if (!LAYOUTS.includes(layout)) throw new Error(`--layout must be one of ${LAYOUTS.join(', ')}`)
const fmt = (n: number) => n.toFixed(3)
const rate = (r: { pairs: number; agree?: number; exact?: number }) =>
  r.pairs === 0 ? 'n/a' : fmt((r.agree ?? r.exact ?? 0) / r.pairs)

// The final holdouts (eval/holdout-3 to -7) run only when named: each once, at the end.
for (const set of setArg ? [setArg] : [REAL_SET, REAL_SET_2, ...EVAL_SETS]) report(set)

function report(setArg: string) {
  const articles = loadSet(setArg, layout)
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
        else if (!sameSpeaker(p.speaker, l.speaker))
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

  const row = (name: string, t: Tally) => {
    const { precision, recall, f1 } = precisionRecall(t)
    return `| ${name.padEnd(10)} | ${String(t.labelled).padStart(8)} | ${String(t.predicted).padStart(7)} | ${String(t.matched).padStart(7)} | ${fmt(precision)} | ${fmt(recall)} | ${fmt(f1)} |`
  }

  console.log(
    `\n${setArg === REAL_SET || setArg === REAL_SET_2 || /^holdout-[3-7]/.test(setArg) ? 'Real set: published reports labelled blind' : 'Written for the purpose'}: ${articles.length} articles (eval/${setArg}${setArg === 'articles' ? ' + the seed' : ''}${layout === 'as-written' ? '' : `, laid out ${layout}`}), ${totals.all.labelled} labelled statements, extracted in ${elapsed.toFixed(0)} ms\n`,
  )
  console.log('| statements | labelled | drafted | matched | P     | R     | F1    |')
  console.log('| ---------- | -------- | ------- | ------- | ----- | ----- | ----- |')
  console.log(row('all', totals.all))
  console.log(row('direct', totals.direct))
  console.log(row('paraphrase', totals.paraphrase))
  console.log(
    `\nspeaker exact match (span-overlapping pairs): ${rate(totals.speaker)} (${totals.speaker.exact}/${totals.speaker.pairs})`,
  )
  console.log(
    `kind accuracy (matched pairs): ${rate(totals.kind)} (${totals.kind.agree}/${totals.kind.pairs})`,
  )
  console.log(
    `role exact match (matched pairs): ${rate(totals.role)} (${totals.role.agree}/${totals.role.pairs})`,
  )
}
