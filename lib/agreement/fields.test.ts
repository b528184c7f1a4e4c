import { describe, expect, it } from 'vitest'
import { canonicalName } from '../view/speakers'
import {
  agreementFields,
  DOES_NOT_ADDRESS,
  fieldAgreement,
  measureAgreement,
  pairDifferences,
  type CodedStatement,
  type FieldAgreement,
} from './fields'

const statement = (start: number, end: number, over: Partial<CodedStatement> = {}): CodedStatement => ({
  start,
  end,
  camp: 'pakistan',
  kind: 'direct',
  channel: 'firsthand',
  speaker: 'Asim Munir',
  stances: { main: 'supports' },
  ...over,
})

const aliases = new Map([['Gen. Asim Munir', 'Asim Munir']])
const options = { claimIds: ['main', 'strategy'], speakerKey: (name: string) => canonicalName(name, aliases) }
const byId = (results: FieldAgreement[]) => Object.fromEntries(results.map((r) => [r.field.id, r.result]))

// One article coded twice. Coder B's third statement starts two words later; speakers are
// written differently but merged; coder B found one statement coder A did not, and A one B did not.
const codingA = [
  statement(0, 40),
  statement(50, 90, { camp: 'pakistan', stances: { main: 'supports', strategy: 'rejects' } }),
  statement(100, 140, { camp: 'afghanistan', speaker: 'Zabihullah Mujahid', stances: { main: 'rejects' } }),
  statement(150, 190, { camp: 'analysts', kind: 'paraphrase', speaker: 'Jan Achakzai', stances: {} }),
  statement(300, 320, { speaker: 'Only A' }),
]
const codingB = [
  statement(0, 40, { speaker: 'Gen. Asim Munir' }),
  statement(50, 90, { camp: 'afghanistan', stances: { main: 'supports' } }),
  statement(106, 140, { camp: 'afghanistan', speaker: 'Zabihullah Mujahid', stances: { main: 'rejects' } }),
  statement(150, 190, {
    camp: 'analysts',
    kind: 'paraphrase',
    speaker: 'Jan Achakzai',
    stances: { main: 'neutral' },
  }),
  statement(400, 420, { speaker: 'Only B' }),
]

describe('measureAgreement over one article', () => {
  const agreement = measureAgreement([{ a: codingA, b: codingB }], options)
  const fields = byId(agreement.fields)

  it('pairs statements by span, and counts those found by one coder only', () => {
    expect(agreement.pairings[0]!.pairs.map((p) => [p.aIndex, p.bIndex])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ])
    expect(agreement.spans).toMatchObject({ units: 6, foundByBoth: 4, foundByAOnly: 1, foundByBOnly: 1 })
    expect(agreement.spans.share).toBeCloseTo(4 / 6, 12)
    // Overlaps 1, 1, 34/40, 1.
    expect(agreement.spans.meanOverlap).toBeCloseTo((3 + 34 / 40) / 4, 12)
  })

  it('measures the fields in a fixed order: camp, kind, channel, speaker, then each claim', () => {
    expect(agreement.fields.map((f) => f.field.id)).toEqual([
      'camp',
      'kind',
      'channel',
      'speaker',
      'stance:main',
      'stance:strategy',
    ])
    expect(agreement.fields.at(-1)!.field).toMatchObject({ name: 'stance', claimId: 'strategy' })
  })

  it('computes camp alpha over the pairs, with its units and pairable values', () => {
    // Camps (A, B): (pak, pak), (pak, afg), (afg, afg), (ana, ana). By hand, n = 8 with
    // n_pak = 3, n_afg = 3, n_ana = 2; two off-diagonal coincidences;
    // α = 1 − (n − 1) · 2 / (8² − 3² − 3² − 2²) = 1 − 14/42.
    expect(fields.camp!.alpha).toBeCloseTo(1 - 14 / 42, 12)
    expect(fields.camp).toMatchObject({ units: 4, pairableUnits: 4, pairableValues: 8 })
  })

  it('compares speakers by the canonical name the caller passes in', () => {
    // "Gen. Asim Munir" is merged into "Asim Munir": the speakers agree throughout.
    expect(fields.speaker!.alpha).toBe(1)
    const unmerged = byId(
      measureAgreement([{ a: codingA, b: codingB }], { ...options, speakerKey: (name) => name }).fields,
    )
    expect(unmerged.speaker!.alpha).toBeLessThan(1)
  })

  it('says why kind and channel alphas are undefined when every statement has the same value', () => {
    // Kind varies (direct, paraphrase) and the coders agree: 1. Channel never varies.
    expect(fields.kind!.alpha).toBe(1)
    expect(fields.channel!.alpha).toBeNull()
    expect(fields.channel!.undefinedReason).toMatchObject({ code: 'no-variation', value: 'firsthand' })
  })

  it('takes "does not address" as a stance of its own, apart from neutral', () => {
    // Main claim: (supports, supports), (supports, supports), (rejects, rejects),
    // (does not address, neutral): every pair is pairable, one disagreement.
    expect(fields['stance:main']).toMatchObject({ units: 4, pairableUnits: 4, pairableValues: 8 })
    expect(fields['stance:main']!.values).toEqual([DOES_NOT_ADDRESS, 'neutral', 'rejects', 'supports'])
    // By hand: n_supports = 4, n_rejects = 2, n_dna = 1, n_neutral = 1;
    // α = 1 − 7 · 2 / (64 − 16 − 4 − 1 − 1) = 1 − 14/42.
    expect(fields['stance:main']!.alpha).toBeCloseTo(1 - 14 / 42, 12)
    // Strategy: only coder A's second statement addresses it.
    expect(fields['stance:strategy']!.coincidences).toEqual([
      [6, 1],
      [1, 0],
    ])
  })

  it('lists the differences of each pair, field by field', () => {
    const [first, second, , fourth] = agreement.pairings[0]!.pairs
    const fieldList = agreementFields(options)
    expect(pairDifferences(first!, fieldList)).toEqual([])
    expect(pairDifferences(second!, fieldList).map((d) => [d.field.id, d.a, d.b])).toEqual([
      ['camp', 'pakistan', 'afghanistan'],
      ['stance:strategy', 'rejects', DOES_NOT_ADDRESS],
    ])
    expect(pairDifferences(fourth!, fieldList).map((d) => [d.field.id, d.a, d.b])).toEqual([
      ['stance:main', DOES_NOT_ADDRESS, 'neutral'],
    ])
  })
})

describe('fields a coder left empty', () => {
  it('are missing values: not pairable, counted, and a difference', () => {
    const pair = { a: statement(0, 10, { camp: null, speaker: '  ' }), b: statement(0, 10) }
    const fields = agreementFields(options)
    const results = byId(
      fieldAgreement([pair, { a: statement(0, 10), b: statement(0, 10, { camp: 'afghanistan' }) }], fields),
    )
    expect(results.camp).toMatchObject({ units: 2, pairableUnits: 1, singleValueUnits: 1, pairableValues: 2 })
    expect(results.speaker).toMatchObject({ singleValueUnits: 1 })
    expect(pairDifferences(pair, fields).map((d) => [d.field.id, d.a, d.b])).toEqual([
      ['camp', null, 'pakistan'],
      ['speaker', null, 'Asim Munir'],
    ])
  })

  it('reads only a statement’s own stances: a claim id such as "constructor" is not addressed', () => {
    const [field] = agreementFields({ claimIds: ['constructor'], speakerKey: (n) => n }).slice(-1)
    expect(field!.valueOf(statement(0, 10))).toBe(DOES_NOT_ADDRESS)
  })
})

describe('measureAgreement over several articles', () => {
  it('pools pairs and spans, each article paired on its own', () => {
    // Both articles have a statement at 0-40: across articles they must not pair.
    const agreement = measureAgreement(
      [
        { a: [statement(0, 40)], b: [statement(0, 40, { kind: 'paraphrase' })] },
        { a: [statement(0, 40, { kind: 'paraphrase' })], b: [] },
        { a: [statement(0, 40)], b: [statement(0, 40)] },
      ],
      options,
    )
    expect(agreement.spans).toMatchObject({ units: 3, foundByBoth: 2, foundByAOnly: 1, foundByBOnly: 0 })
    const fields = byId(agreement.fields)
    expect(fields.kind).toMatchObject({ units: 2, pairableValues: 4 })
    // Kinds (direct, paraphrase), (direct, direct): by hand 1 − 3 · 2 / (16 − 9 − 1) = 0.
    expect(fields.kind!.alpha).toBeCloseTo(0, 12)
  })
})
