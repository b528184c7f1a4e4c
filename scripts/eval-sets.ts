/**
 * The labelled evaluation sets: eval/<set>/*.txt with their labels in *.json, anchored
 * in the article exactly as the loader anchors statements. The default set also takes
 * the seed story's article, whose coded statements are its labels.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findAnchor } from '../lib/story/anchor'
import type { Kind } from '../lib/story/codebook'
import type { Labelled } from '../lib/extract/evaluate'

/** The sets written for the purpose, held to the issue's targets by scripts/eval.test.ts. */
export const EVAL_SETS = ['articles', 'holdout', 'holdout-2'] as const
/** Published news reports, labelled blind; each label file also names its source. */
export const REAL_SET = 'real'
/**
 * A second set of published reports from other outlets, labelled blind for issue 21 and
 * run once before any rule changed for it (eval/real-2/first-blind-run.log).
 */
export const REAL_SET_2 = 'real-2'
/** The final holdout of issue 21: run once, at the end, never tuned on. */
export const FINAL_HOLDOUT = 'holdout-3'

export interface Article {
  name: string
  text: string
  labels: Labelled[]
}

interface LabelFile {
  statements: { speaker: string; role: string | null; kind: Kind; text: string; occurrence?: number }[]
  /** The real set's: where the report was published (url, publisher, date, licence). */
  source?: { url: string; publisher?: string; date?: string; licence?: string }
}

const root = fileURLToPath(new URL('..', import.meta.url))

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

export const LAYOUTS = ['as-written', 'one-paragraph', 'wrapped'] as const
export type Layout = (typeof LAYOUTS)[number]

/** The same article as it arrives from other places: pasted as one paragraph, or hard-wrapped. */
export function relayout(text: string, layout: Layout): string {
  if (layout === 'one-paragraph') return text.replace(/\s*\n\s*/g, ' ').trim()
  if (layout === 'wrapped')
    return text
      .split(/\n+/)
      .map((paragraph) => {
        const lines: string[] = []
        let line = ''
        for (const word of paragraph.split(/ +/).filter(Boolean)) {
          if (line && line.length + 1 + word.length > 72) {
            lines.push(line)
            line = word
          } else line = line ? `${line} ${word}` : word
        }
        return [...lines, line].join('\n')
      })
      .join('\n\n')
  return text
}

export function loadSet(set: string, layout: Layout = 'as-written'): Article[] {
  const articles = [
    ...loadArticles(path.join(root, 'eval', set)),
    ...(set === 'articles' ? [loadSeed()] : []),
  ]
  if (layout === 'as-written') return articles
  // Labels are found again in the re-laid text, as the loader anchors them (white space folded).
  return articles.map((a) => {
    const text = relayout(a.text, layout)
    return {
      ...a,
      text,
      labels: a.labels.map((l) => ({
        ...l,
        ...anchor(a.name, text, { text: a.text.slice(l.start, l.end) }),
      })),
    }
  })
}
