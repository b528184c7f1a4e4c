import { describe, expect, it } from 'vitest'
import type { ReviewDraft } from '../import/review-draft'
import type { Stance } from '../story/codebook'
import type { FinishedCoding } from './types'
import { agreementReport } from './report'
import { unitsToCsv } from './units-csv'

const draft = (
  id: string,
  start: number,
  speaker: string,
  camp: string,
  stance: Stance,
  kind: 'direct' | 'paraphrase',
): ReviewDraft => ({
  id,
  position: 0,
  speaker: { name: speaker, role: null },
  start,
  end: start + 10,
  text: `words ${id}`,
  kind,
  attribution: 'said',
  channel: 'firsthand',
  caveats: [],
  perspective: camp,
  stance: { value: stance, label: stance },
  stances: [],
  reviewed: true,
  speakerUncertain: false,
  date: null,
  dateCue: null,
  version: 1,
})

// Three statements both coders found (same spans), one only the second found. They
// differ on the camp of the second statement and the stance of the third.
const coding: FinishedCoding = {
  codingId: 'c1',
  title: 'An article',
  publisher: 'Wire',
  a: {
    reviewId: 'ra',
    coder: 'user:a@example.org',
    drafts: [
      draft('d1', 0, 'Ali', 'x', 'supports', 'direct'),
      draft('d2', 20, 'Bo', 'y', 'rejects', 'direct'),
      draft('d3', 40, 'Cy', 'x', 'supports', 'paraphrase'),
    ],
  },
  b: {
    reviewId: 'rb',
    coder: 'user:b@example.org',
    drafts: [
      draft('d1', 0, 'Ali', 'x', 'supports', 'direct'),
      draft('d2', 20, 'Bo', 'x', 'rejects', 'direct'),
      draft('d3', 40, 'Cy', 'x', 'neutral', 'paraphrase'),
      draft('d4', 60, 'Di', 'y', 'mixed', 'direct'),
    ],
  },
  settlementId: null,
  sourceId: null,
}

const options = {
  questionClaimId: 'q',
  speakerKey: (name: string) => name,
  campLabel: (id: string) => ({ x: 'Camp X', y: 'Camp Y' })[id] ?? id,
}

describe('the agreement report', () => {
  const report = agreementReport([coding], options)
  const field = (label: string) => report.overall.fields.find((f) => f.label === label)!

  it('gives each field the alpha computed by hand, with its units and pairable values', () => {
    // By hand, nominal: α = 1 − (n − 1) · (disagreeing ordered pairs) / Σ_{c≠k} n_c n_k, n = 6.
    // Camp: x,x / y,x / x,x: n_x = 5, n_y = 1; 2 ordered pairs disagree; Σ = 5·1 + 1·5 = 10;
    //   α = 1 − 5 · 2 / 10 = 0.
    expect(field('Camp')).toMatchObject({ units: 3, pairableValues: 6, reason: null })
    expect(field('Camp').alpha).toBeCloseTo(0, 10)
    // Stance: supports ×3, rejects ×2, neutral ×1; 2 ordered pairs disagree; Σ = 36 − 9 − 4 − 1 = 22;
    //   α = 1 − 5 · 2 / 22 = 12/22 = 0.5454…
    expect(field('Stance on the question').alpha).toBeCloseTo(12 / 22, 10)
    // Kind and speaker: every pair agrees, with variation: α = 1.
    expect(field('Kind').alpha).toBe(1)
    expect(field('Speaker').alpha).toBe(1)
    // Channel: every value is "firsthand": undefined, and why.
    expect(field('Channel').alpha).toBeNull()
    expect(field('Channel').reason).toMatch(/no variation/)
    // Spans: 4 units, 3 by both, 1 by the second only; identical spans overlap fully.
    expect(report.overall.spans).toMatchObject({
      units: 4,
      foundByBoth: 3,
      foundByBOnly: 1,
      share: 0.75,
      meanOverlap: 1,
    })
  })

  it('lists the two disagreements, with camps by their labels', () => {
    expect(report.disagreements.map((d) => [d.pair, d.field, d.a, d.b])).toEqual([
      [2, 'Camp', 'Camp Y', 'Camp X'],
      [3, 'Stance on the question', 'supports', 'neutral'],
    ])
  })

  it('gives the same figures per article and per coder pair as pooled, for one article', () => {
    expect(report.articles[0]!.figures).toEqual(report.overall)
    expect(report.coderPairs).toHaveLength(1)
    expect(report.coderPairs[0]!.figures).toEqual(report.overall)
  })

  it('exports every unit with both coders’ values, naming coders only when asked', () => {
    const forReaders = unitsToCsv(report.units, null)
    const lines = forReaders
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toBe(
      'An article,both,first coder,second coder,20,30,words d2,1.000,Camp Y,Camp X,direct,direct,firsthand,firsthand,Bo,Bo,rejects,rejects',
    )
    expect(lines[4]).toBe(
      'An article,second coder only,first coder,second coder,60,70,words d4,,,Camp Y,,direct,,firsthand,,Di,,mixed',
    )
    expect(forReaders).not.toContain('a@example.org')
    expect(unitsToCsv(report.units, (actor) => actor.slice(5))).toContain(',a@example.org,b@example.org,')
  })
})
