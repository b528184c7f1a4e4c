import type { Kind } from '../story/codebook'
import type { DraftStatement } from './extract'
import { foldName } from './names'
import { overlapsByHalf } from '../agreement/spans'

/**
 * Scoring drafted statements against hand-labelled ones. A prediction matches a label
 * when their spans overlap by at least half of each and the speakers are the same name
 * (case, white space and leading ranks or honorifics ignored: "Gen. Asim Munir" is
 * "Asim Munir"). Each label matches at most one prediction.
 */

export interface Labelled {
  speaker: string
  role: string | null
  kind: Kind
  start: number
  end: number
}

export type Predicted = Pick<DraftStatement, 'speaker' | 'role' | 'kind' | 'start' | 'end'>

export interface Tally {
  predicted: number
  labelled: number
  matched: number
}

export interface Scores {
  all: Tally
  direct: Tally
  paraphrase: Tally
  /** Of span-overlapping pairs (speaker ignored), how many name the same speaker. */
  speaker: { pairs: number; exact: number }
  /** Of matched pairs, how many agree on kind and on role. */
  kind: { pairs: number; agree: number }
  role: { pairs: number; agree: number }
}

/** Speakers compare as names: case, white space and honorifics folded. */
export const sameSpeaker = (a: string, b: string) => foldName(a) === foldName(b)

const normalise = (s: string | null) =>
  (s ?? '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim()

// One rule for "the same statement" by span, shared with the agreement between coders.
export { overlapsByHalf }

/** Greedy one-to-one pairing by overlap size; `same` adds the speaker condition. */
function pair(predicted: Predicted[], labelled: Labelled[], same: (p: Predicted, l: Labelled) => boolean) {
  const candidates: { p: number; l: number; overlap: number }[] = []
  predicted.forEach((p, pi) =>
    labelled.forEach((l, li) => {
      if (overlapsByHalf(p, l) && same(p, l)) {
        candidates.push({ p: pi, l: li, overlap: Math.min(p.end, l.end) - Math.max(p.start, l.start) })
      }
    }),
  )
  candidates.sort((a, b) => b.overlap - a.overlap)
  const usedP = new Set<number>()
  const usedL = new Set<number>()
  const pairs: [Predicted, Labelled][] = []
  for (const c of candidates) {
    if (usedP.has(c.p) || usedL.has(c.l)) continue
    usedP.add(c.p)
    usedL.add(c.l)
    pairs.push([predicted[c.p]!, labelled[c.l]!])
  }
  return pairs
}

export function emptyScores(): Scores {
  const tally = () => ({ predicted: 0, labelled: 0, matched: 0 })
  return {
    all: tally(),
    direct: tally(),
    paraphrase: tally(),
    speaker: { pairs: 0, exact: 0 },
    kind: { pairs: 0, agree: 0 },
    role: { pairs: 0, agree: 0 },
  }
}

/** Add one article's comparison to running scores. */
export function score(predicted: Predicted[], labelled: Labelled[], into: Scores = emptyScores()): Scores {
  const matches = pair(predicted, labelled, (p, l) => sameSpeaker(p.speaker, l.speaker))
  into.all.predicted += predicted.length
  into.all.labelled += labelled.length
  into.all.matched += matches.length
  for (const kind of ['direct', 'paraphrase'] as const) {
    into[kind].predicted += predicted.filter((p) => p.kind === kind).length
    into[kind].labelled += labelled.filter((l) => l.kind === kind).length
    // A direct quote counts as found only when it is found as a direct quote.
    into[kind].matched += matches.filter(([p, l]) => p.kind === kind && l.kind === kind).length
  }
  for (const [p, l] of matches) {
    into.kind.pairs++
    if (p.kind === l.kind) into.kind.agree++
    into.role.pairs++
    if (normalise(p.role) === normalise(l.role)) into.role.agree++
  }
  const spanPairs = pair(predicted, labelled, () => true)
  into.speaker.pairs += spanPairs.length
  into.speaker.exact += spanPairs.filter(([p, l]) => sameSpeaker(p.speaker, l.speaker)).length
  return into
}

export function precisionRecall(t: Tally) {
  const precision = t.predicted === 0 ? 0 : t.matched / t.predicted
  const recall = t.labelled === 0 ? 0 : t.matched / t.labelled
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
