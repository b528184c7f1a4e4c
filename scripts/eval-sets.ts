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

export const EVAL_SETS = ['articles', 'holdout', 'holdout-2'] as const

export interface Article {
  name: string
  text: string
  labels: Labelled[]
}

interface LabelFile {
  statements: { speaker: string; role: string | null; kind: Kind; text: string; occurrence?: number }[]
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

export function loadSet(set: string): Article[] {
  return [...loadArticles(path.join(root, 'eval', set)), ...(set === 'articles' ? [loadSeed()] : [])]
}
