import { describe, expect, it } from 'vitest'
import type { DraftStance, ReviewDraft } from '../import/review-draft'
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
  stances: [string, Stance][] = [],
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
  stances: stances.map(([claim, value]): DraftStance => ({ claim, value, label: `${value} ${claim}` })),
  reviewed: true,
  speakerUncertain: false,
  date: null,
  dateCue: null,
  version: 1,
})

// Three statements both coders found (same spans), one only the second found. They
// differ on the camp of the second statement and the stance of the third on the question;
// on the further claim c2, the second statement (rejects / not addressed); on x9, a claim
// not among the story's that the first coder attached to the first statement. Nobody
// paired addresses c3; the statement only the second coder found supports it.
const coding: FinishedCoding = {
  codingId: 'c1',
  title: 'An article',
  publisher: 'Wire',
  a: {
    reviewId: 'ra',
    coder: 'user:a@example.org',
    drafts: [
      draft('d1', 0, 'Ali', 'x', 'supports', 'direct', [
        ['c2', 'supports'],
        ['x9', 'neutral'],
      ]),
      draft('d2', 20, 'Bo', 'y', 'rejects', 'direct', [['c2', 'rejects']]),
      draft('d3', 40, 'Cy', 'x', 'supports', 'paraphrase', [['c2', 'mixed']]),
    ],
  },
  b: {
    reviewId: 'rb',
    coder: 'user:b@example.org',
    drafts: [
      draft('d1', 0, 'Ali', 'x', 'supports', 'direct', [['c2', 'supports']]),
      draft('d2', 20, 'Bo', 'x', 'rejects', 'direct'),
      draft('d3', 40, 'Cy', 'x', 'neutral', 'paraphrase', [['c2', 'mixed']]),
      draft('d4', 60, 'Di', 'y', 'mixed', 'direct', [['c3', 'supports']]),
    ],
  },
  settlementId: null,
  sourceId: null,
}

const QUESTION = 'Stance on: Is it so?'
const options = {
  claims: [
    { id: 'q', wording: 'Is it so?' },
    { id: 'c2', wording: 'Claim two' },
    { id: 'c3', wording: 'Claim three' },
  ],
  otherClaimWording: (id: string) => (id === 'x9' ? 'A claim made in review' : undefined),
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
    expect(field(QUESTION).alpha).toBeCloseTo(12 / 22, 10)
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

  it('measures the stance on each claim, the question first, then the further ones, then any other', () => {
    expect(report.overall.fields.map((f) => f.label)).toEqual([
      'Camp',
      'Kind',
      'Channel',
      'Speaker',
      QUESTION,
      'Stance on: Claim two',
      'Stance on: Claim three',
      'Stance on: A claim made in review',
    ])
    // c2: supports,supports / rejects,(does not address) / mixed,mixed: n = 6, n_s = 2, n_r = 1,
    //   n_dna = 1, n_m = 2; 2 ordered pairs disagree; Σ = 36 − 4 − 1 − 1 − 4 = 26; α = 1 − 5 · 2 / 26 = 16/26.
    expect(field('Stance on: Claim two')).toMatchObject({ units: 3, pairableValues: 6, reason: null })
    expect(field('Stance on: Claim two').alpha).toBeCloseTo(16 / 26, 10)
    // c3: no pair addresses it: every value "does not address", nothing to measure.
    expect(field('Stance on: Claim three').alpha).toBeNull()
    expect(field('Stance on: Claim three').reason).toMatch(/no variation/)
    // x9: neutral,(dna) / dna,dna / dna,dna: n_n = 1, n_dna = 5; D = 2; Σ = 36 − 1 − 25 = 10; α = 1 − 10/10 = 0.
    expect(field('Stance on: A claim made in review').alpha).toBeCloseTo(0, 10)
  })

  it('lists the disagreements, with camps by their labels and claims by their wording', () => {
    expect(report.disagreements.map((d) => [d.pair, d.field, d.a, d.b])).toEqual([
      [1, 'Stance on: A claim made in review', 'neutral', 'does not address'],
      [2, 'Camp', 'Camp Y', 'Camp X'],
      [2, 'Stance on: Claim two', 'rejects', 'does not address'],
      [3, QUESTION, 'supports', 'neutral'],
    ])
  })

  it('gives each claim its figures per article and per coder pair', () => {
    // A second article, by the first coder and a third: c2 supports,supports / rejects,rejects.
    const other: FinishedCoding = {
      codingId: 'c9',
      title: 'Another article',
      publisher: 'Wire',
      a: {
        reviewId: 'rc',
        coder: 'user:a@example.org',
        drafts: [
          draft('e1', 0, 'Ali', 'x', 'supports', 'direct', [['c2', 'supports']]),
          draft('e2', 20, 'Bo', 'y', 'rejects', 'direct', [['c2', 'rejects']]),
        ],
      },
      b: {
        reviewId: 'rd',
        coder: 'user:c@example.org',
        drafts: [
          draft('e1', 0, 'Ali', 'x', 'supports', 'direct', [['c2', 'supports']]),
          draft('e2', 20, 'Bo', 'y', 'rejects', 'direct', [['c2', 'rejects']]),
        ],
      },
      settlementId: null,
      sourceId: null,
    }
    const both = agreementReport([coding, other], options)
    const c2 = (figures: { fields: { label: string; alpha: number | null }[] }) =>
      figures.fields.find((f) => f.label === 'Stance on: Claim two')!.alpha
    // Pooled, 5 pairs: n = 10, n_s = 4, n_r = 3, n_dna = 1, n_m = 2; D = 2;
    //   Σ = 100 − 16 − 9 − 1 − 4 = 70; α = 1 − 9 · 2 / 70 = 52/70.
    expect(c2(both.overall)).toBeCloseTo(52 / 70, 10)
    expect(c2(both.articles[0]!.figures)).toBeCloseTo(16 / 26, 10)
    // The second article alone: perfect agreement with variation.
    expect(c2(both.articles[1]!.figures)).toBe(1)
    expect(both.coderPairs.map((p) => [p.coders, c2(p.figures)])).toEqual([
      [['user:a@example.org', 'user:b@example.org'], expect.closeTo(16 / 26, 10)],
      [['user:a@example.org', 'user:c@example.org'], 1],
    ])
  })

  it('gives the same figures per article and per coder pair as pooled, for one article', () => {
    expect(report.articles[0]!.figures).toEqual(report.overall)
    expect(report.coderPairs).toHaveLength(1)
    expect(report.coderPairs[0]!.figures).toEqual(report.overall)
  })

  it('exports every unit with both coders’ values, naming coders only when asked', () => {
    const forReaders = unitsToCsv(report, null)
    const lines = forReaders
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines).toHaveLength(5)
    // The columns the export always had, in their places; then a pair per further claim.
    expect(lines[0]).toBe(
      [
        'article,found by,first coder,second coder,start,end,statement,overlap',
        'camp (first coder),camp (second coder),kind (first coder),kind (second coder)',
        'channel (first coder),channel (second coder),speaker (first coder),speaker (second coder)',
        'stance (first coder),stance (second coder)',
        'stance on: Claim two (first coder),stance on: Claim two (second coder)',
        'stance on: Claim three (first coder),stance on: Claim three (second coder)',
        'stance on: A claim made in review (first coder),stance on: A claim made in review (second coder)',
      ].join(','),
    )
    expect(lines[2]).toBe(
      'An article,both,first coder,second coder,20,30,words d2,1.000,Camp Y,Camp X,direct,direct,firsthand,firsthand,Bo,Bo,rejects,rejects' +
        ',rejects,does not address,does not address,does not address,does not address,does not address',
    )
    expect(lines[4]).toBe(
      'An article,second coder only,first coder,second coder,60,70,words d4,,,Camp Y,,direct,,firsthand,,Di,,mixed' +
        ',,does not address,,supports,,does not address',
    )
    expect(forReaders).not.toContain('a@example.org')
    expect(unitsToCsv(report, (actor) => actor.slice(5))).toContain(',a@example.org,b@example.org,')
  })
})
