import { describe, expect, it } from 'vitest'
import { formatAlpha, krippendorffAlpha, LEVELS, type UnitValues } from './alpha'

const N = null

/** Coder rows (as the papers print reliability data) turned into units. */
const byUnit = <V extends string | number>(coders: (V | null)[][]): UnitValues<V>[] =>
  coders[0]!.map((_, unit) => coders.map((row) => row[unit]))

/**
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four
 * observers, twelve units, values 1 to 5, with missing values. Unit 12 has one value only.
 */
const KRIPPENDORFF_2011 = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
])

describe('Krippendorff’s alpha against published values', () => {
  it.each([
    ['nominal', '0.743'],
    ['ordinal', '0.815'],
    ['interval', '0.849'],
    ['ratio', '0.797'],
  ] as const)(
    'gives the 2011 paper’s %s alpha, %s, for its 4 × 12 matrix with missing values',
    (level, published) => {
      const result = krippendorffAlpha(KRIPPENDORFF_2011, level)
      expect(formatAlpha(result)).toBe(published)
      expect(result.undefinedReason).toBeNull()
    },
  )

  it('counts as the paper does: 40 pairable values in 11 units, unit 12 left out', () => {
    const result = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal')
    expect(result).toMatchObject({
      units: 12,
      pairableUnits: 11,
      singleValueUnits: 1,
      emptyUnits: 0,
      pairableValues: 40,
      values: [1, 2, 3, 4, 5],
    })
    // The coincidence matrix's margins, counted by hand from the matrix: n_c for c = 1..5.
    expect(result.coincidences.map((row) => row.reduce((a, b) => a + b))).toEqual(
      [9, 13, 10, 5, 3].map((n) => expect.closeTo(n, 12)),
    )
    // By hand: units 2, 6 and 8 hold the disagreements, 2 + 4 + 2 off-diagonal coincidences,
    // so D_o = 8/40; D_e = (40² − (9² + 13² + 10² + 5² + 3²)) / (40 · 39) = 1216/1560.
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12)
    expect(result.expectedDisagreement).toBeCloseTo(1216 / 1560, 12)
    expect(result.alpha).toBeCloseTo(1 - 312 / 1216, 12)
  })

  it('gives Wikipedia’s computational example (3 coders × 15 units, many missing): nominal 0.691', () => {
    const units = byUnit([
      [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
      [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
      [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
    ])
    const result = krippendorffAlpha(units, 'nominal')
    expect(formatAlpha(result)).toBe('0.691')
    // Counted by hand: unit 1 has one value, units 2 and 14 none.
    expect(result).toMatchObject({ units: 15, pairableUnits: 12, singleValueUnits: 1, emptyUnits: 2 })
  })

  it('gives the 2011 paper’s binary example, two coders and no missing data: 0.095', () => {
    const units = byUnit([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ])
    const result = krippendorffAlpha(units, 'nominal')
    // By hand, for two coders and two values: 1 − (n − 1) o_01 / (n_0 n_1) = 1 − 19 · 4 / (14 · 6).
    expect(result.alpha).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12)
    expect(formatAlpha(result)).toBe('0.095')
    expect(result.coincidences).toEqual([
      [10, 4],
      [4, 2],
    ])
  })
})

describe('edge cases', () => {
  it('is exactly 1 for perfect agreement when the values vary, at every level', () => {
    const units = byUnit([
      [1, 2, 3, 2, N],
      [1, 2, 3, 2, 5],
      [N, 2, 3, 2, 5],
    ])
    for (const level of LEVELS) {
      const result = krippendorffAlpha(units, level)
      expect(result.alpha).toBe(1)
      expect(result.observedDisagreement).toBe(0)
      expect(result.expectedDisagreement).toBeGreaterThan(0)
    }
  })

  it('is undefined, not 1 and not 0, when every pairable value is the same, and says why', () => {
    // Two coders in full agreement, but on one value only: nothing tells agreement from chance.
    const result = krippendorffAlpha(
      byUnit([
        ['direct', 'direct', 'direct', 'paraphrase'],
        ['direct', 'direct', 'direct', N],
      ]),
      'nominal',
    )
    expect(result.alpha).toBeNull()
    expect(result.undefinedReason).toEqual({
      code: 'no-variation',
      value: 'direct',
      message:
        'every pairable value is “direct”: with no variation, agreement cannot be told apart from chance',
    })
    expect(formatAlpha(result)).toBe('undefined')
    // The lone "paraphrase" is in a unit coded by one coder only: it is not pairable.
    expect(result).toMatchObject({ pairableUnits: 3, singleValueUnits: 1, pairableValues: 6 })
    for (const level of ['ordinal', 'interval', 'ratio'] as const)
      expect(
        krippendorffAlpha(
          [
            [4, 4],
            [4, 4, 4],
          ],
          level,
        ).undefinedReason?.code,
      ).toBe('no-variation')
  })

  it('is undefined when no unit was coded by two coders: single values are left out and counted', () => {
    const result = krippendorffAlpha(
      byUnit([
        [1, N, 3, N],
        [N, 2, N, N],
      ]),
      'interval',
    )
    expect(result.alpha).toBeNull()
    expect(result.undefinedReason?.code).toBe('no-pairable-values')
    expect(result.undefinedReason?.message).toBe(
      'no unit was coded by two or more coders, so there are no two values to compare',
    )
    expect(result).toMatchObject({
      units: 4,
      pairableUnits: 0,
      singleValueUnits: 3,
      emptyUnits: 1,
      pairableValues: 0,
      observedDisagreement: null,
      expectedDisagreement: null,
    })
    expect(krippendorffAlpha([], 'nominal').undefinedReason?.code).toBe('no-pairable-values')
  })

  it('leaves units coded by one coder only out of the figure, whatever their value', () => {
    const base = krippendorffAlpha(KRIPPENDORFF_2011, 'interval')
    const more = krippendorffAlpha([...KRIPPENDORFF_2011, [N, 9, N, N], [1], []], 'interval')
    expect(more.alpha).toBe(base.alpha)
    expect(more).toMatchObject({ units: 15, singleValueUnits: 3, emptyUnits: 1, pairableValues: 40 })
  })

  it('takes null and undefined alike as missing, and ignores which coder gave which value', () => {
    const holes = KRIPPENDORFF_2011.map((unit) => unit.map((value) => (value === null ? undefined : value)))
    const shuffled = KRIPPENDORFF_2011.map((unit) => [...unit].reverse())
    for (const level of LEVELS) {
      const expected = krippendorffAlpha(KRIPPENDORFF_2011, level).alpha
      expect(krippendorffAlpha(holes, level).alpha).toBe(expected)
      expect(krippendorffAlpha(shuffled, level).alpha).toBeCloseTo(expected!, 12)
    }
  })

  it('goes below 0 for systematic disagreement', () => {
    // By hand: n = 8, n_0 = n_1 = 4, o_01 = 4, so 1 − 7 · 4 / (4 · 4) = −0.75.
    const result = krippendorffAlpha(
      byUnit([
        [0, 1, 0, 1],
        [1, 0, 1, 0],
      ]),
      'nominal',
    )
    expect(result.alpha).toBeCloseTo(-0.75, 12)
  })
})

describe('the levels measure what they should', () => {
  it('ordinal depends only on the order of the values; interval on their distances', () => {
    const stretched = KRIPPENDORFF_2011.map((unit) =>
      unit.map((value) => (value == null ? null : [0, 1, 10, 11, 50, 51][value]!)),
    )
    expect(krippendorffAlpha(stretched, 'ordinal').alpha).toBeCloseTo(
      krippendorffAlpha(KRIPPENDORFF_2011, 'ordinal').alpha!,
      12,
    )
    expect(krippendorffAlpha(stretched, 'interval').alpha).not.toBeCloseTo(
      krippendorffAlpha(KRIPPENDORFF_2011, 'interval').alpha!,
      3,
    )
  })

  it('interval is unchanged by shifting every value; ratio is unchanged by scaling, not by shifting', () => {
    const map = (f: (v: number) => number) =>
      KRIPPENDORFF_2011.map((unit) => unit.map((value) => (value == null ? null : f(value))))
    const at = (units: UnitValues<number>[], level: 'interval' | 'ratio') =>
      krippendorffAlpha(units, level).alpha!
    expect(
      at(
        map((v) => v + 100),
        'interval',
      ),
    ).toBeCloseTo(at(KRIPPENDORFF_2011, 'interval'), 12)
    expect(
      at(
        map((v) => v * 7),
        'ratio',
      ),
    ).toBeCloseTo(at(KRIPPENDORFF_2011, 'ratio'), 12)
    expect(
      at(
        map((v) => v + 100),
        'ratio',
      ),
    ).not.toBeCloseTo(at(KRIPPENDORFF_2011, 'ratio'), 3)
  })

  it('refuses values that do not fit the level', () => {
    expect(() => krippendorffAlpha([['a', 'b']], 'interval')).toThrow(/must be numbers/)
    expect(() => krippendorffAlpha([[1, -2]], 'ratio')).toThrow(/cannot be negative/)
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow(/not a finite number/)
    // Zero is a ratio value like any other.
    expect(
      krippendorffAlpha(
        [
          [0, 0],
          [0, 2],
          [2, 2],
        ],
        'ratio',
      ).alpha,
    ).toBeTypeOf('number')
  })
})

describe('formatAlpha', () => {
  it('gives three decimals, "undefined", and never a negative zero', () => {
    expect(formatAlpha({ alpha: 1 })).toBe('1.000')
    expect(formatAlpha({ alpha: 0.8491 })).toBe('0.849')
    expect(formatAlpha({ alpha: -0.0004 })).toBe('0.000')
    expect(formatAlpha({ alpha: -0.75 })).toBe('-0.750')
    expect(formatAlpha({ alpha: null })).toBe('undefined')
  })
})
