/**
 * Krippendorff's alpha, computed through the coincidence matrix as in Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (2011):
 *
 *   α = 1 − D_o / D_e,  D_o = (1/n) Σ_c Σ_k o_ck δ²_ck,  D_e = 1/(n(n−1)) Σ_c Σ_k n_c n_k δ²_ck
 *
 * where o_ck counts the ordered pairs of values (c, k) that two different coders gave one
 * unit, each unit's pairs weighted 1/(m_u − 1) so that every pairable value counts once,
 * n_c is how often c was given in pairable units, and n is the number of pairable values.
 * A unit with fewer than two values has no pair: it is left out, and counted.
 *
 * Alpha is undefined (never 1, never 0) when nothing is pairable or every pairable value
 * is the same: then D_e = 0, and agreement cannot be told apart from chance.
 */

export const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const
export type Level = (typeof LEVELS)[number]

export type AlphaValue = string | number

/** One unit's values, one per coder who coded it; null or undefined where a coder gave none. */
export type UnitValues<V extends AlphaValue> = readonly (V | null | undefined)[]

export type UndefinedReason<V extends AlphaValue> =
  { code: 'no-pairable-values'; message: string } | { code: 'no-variation'; value: V; message: string }

export interface AlphaResult<V extends AlphaValue> {
  level: Level
  /** α, or null when it is undefined; `undefinedReason` then says why. */
  alpha: number | null
  undefinedReason: UndefinedReason<V> | null
  /** Every unit given. */
  units: number
  /** Units with values from two coders or more: the ones alpha measures. */
  pairableUnits: number
  /** Units with one value only (coded by one coder only): not pairable, left out. */
  singleValueUnits: number
  /** Units with no value at all. */
  emptyUnits: number
  /** n: the values in pairable units. */
  pairableValues: number
  /** D_o and D_e (in the level's squared differences); null when nothing is pairable. */
  observedDisagreement: number | null
  expectedDisagreement: number | null
  /** The distinct pairable values, in order (numbers ascending at the numeric levels). */
  values: V[]
  /** o_ck, rows and columns in the order of `values`. */
  coincidences: number[][]
}

const compareValues = (a: AlphaValue, b: AlphaValue): number =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : typeof a === typeof b
      ? a < b
        ? -1
        : a > b
          ? 1
          : 0
      : typeof a === 'number'
        ? -1
        : 1

function checkValue(value: AlphaValue, level: Level): void {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError(`alpha: ${value} is not a finite number`)
  if (level === 'nominal') return
  if (typeof value !== 'number')
    throw new TypeError(`alpha: at the ${level} level values must be numbers, not ${JSON.stringify(value)}`)
  if (level === 'ratio' && value < 0)
    throw new RangeError(`alpha: ratio values are measured from zero and cannot be negative (${value})`)
}

/**
 * The squared difference δ²_ck of each pair of values at a level. `values` are sorted and
 * `counts` are their n_c (the ordinal metric ranks values by how often they were given).
 */
function differences(level: Level, values: readonly AlphaValue[], counts: readonly number[]): number[][] {
  const size = values.length
  const delta = Array.from({ length: size }, () => new Array<number>(size).fill(0))
  // Cumulative counts, so that the ordinal sum over g from c to k is one subtraction.
  const below = [0]
  for (const count of counts) below.push(below.at(-1)! + count)
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      const a = values[c] as number
      const b = values[k] as number
      const d =
        level === 'nominal'
          ? 1
          : level === 'ordinal'
            ? (below[k + 1]! - below[c]! - (counts[c]! + counts[k]!) / 2) ** 2
            : level === 'interval'
              ? (a - b) ** 2
              : ((a - b) / (a + b)) ** 2
      delta[c]![k] = d
      delta[k]![c] = d
    }
  }
  return delta
}

const show = (value: AlphaValue) => (typeof value === 'number' ? String(value) : `“${value}”`)

export function krippendorffAlpha<V extends AlphaValue>(
  units: readonly UnitValues<V>[],
  level: Level,
): AlphaResult<V> {
  let singleValueUnits = 0
  let emptyUnits = 0
  const pairable: Map<V, number>[] = []
  for (const unit of units) {
    const counts = new Map<V, number>()
    let given = 0
    for (const value of unit) {
      if (value === null || value === undefined) continue
      checkValue(value, level)
      counts.set(value, (counts.get(value) ?? 0) + 1)
      given++
    }
    if (given === 0) emptyUnits++
    else if (given === 1) singleValueUnits++
    else pairable.push(counts)
  }

  const totals = new Map<V, number>()
  for (const counts of pairable)
    for (const [value, count] of counts) totals.set(value, (totals.get(value) ?? 0) + count)
  const values = [...totals.keys()].sort(compareValues)
  const index = new Map(values.map((value, i) => [value, i]))
  const nc = values.map((value) => totals.get(value)!)
  const n = nc.reduce((sum, count) => sum + count, 0)

  const coincidences = values.map(() => new Array<number>(values.length).fill(0))
  for (const counts of pairable) {
    const m = [...counts.values()].reduce((sum, count) => sum + count, 0)
    for (const [c, countC] of counts)
      for (const [k, countK] of counts)
        coincidences[index.get(c)!]![index.get(k)!]! += (countC * (countK - (c === k ? 1 : 0))) / (m - 1)
  }

  const base = {
    level,
    units: units.length,
    pairableUnits: pairable.length,
    singleValueUnits,
    emptyUnits,
    pairableValues: n,
    values,
    coincidences,
  }
  if (n === 0) {
    const message = 'no unit was coded by two or more coders, so there are no two values to compare'
    return {
      ...base,
      alpha: null,
      undefinedReason: { code: 'no-pairable-values', message },
      observedDisagreement: null,
      expectedDisagreement: null,
    }
  }

  const delta = differences(level, values, nc)
  let observed = 0
  let expected = 0
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      observed += coincidences[c]![k]! * delta[c]![k]!
      expected += nc[c]! * nc[k]! * delta[c]![k]!
    }
  }
  const observedDisagreement = observed / n
  const expectedDisagreement = expected / (n * (n - 1))
  // Decided by the data, not by comparing a sum of floats with zero: one distinct value is
  // exactly the case where D_e is 0 (each level gives distinct values a positive δ²).
  if (values.length === 1) {
    const value = values[0]!
    return {
      ...base,
      alpha: null,
      undefinedReason: {
        code: 'no-variation',
        value,
        message: `every pairable value is ${show(value)}: with no variation, agreement cannot be told apart from chance`,
      },
      observedDisagreement,
      expectedDisagreement,
    }
  }
  return {
    ...base,
    alpha: 1 - observedDisagreement / expectedDisagreement,
    undefinedReason: null,
    observedDisagreement,
    expectedDisagreement,
  }
}

/** Alpha to three decimals, or "undefined"; never "-0.000". */
export function formatAlpha(result: Pick<AlphaResult<AlphaValue>, 'alpha'>): string {
  if (result.alpha === null) return 'undefined'
  const text = result.alpha.toFixed(3)
  return text === '-0.000' ? '0.000' : text
}
