import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'
import { PATHOLOGICAL } from './pathological'

/**
 * Linear time: 200 kB of each input that used to be quadratic (6.7 s for 200 kB of one
 * paragraph, 50 s of quotation marks). Linear, each takes a few hundred milliseconds at
 * most on the development machine. Time is the process's CPU time, not the wall clock, so
 * that other work on a shared machine does not count; the limit is generous, while
 * quadratic behaviour (seconds to minutes) still fails it.
 */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage()
  work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

describe('extraction time on 200 kB of pathological input', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    '%s',
    (name) => {
      const text = PATHOLOGICAL[name]!(200_000)
      expect(cpuMs(() => extractStatements(text))).toBeLessThan(2_500)
    },
    60_000,
  )

  it('time grows with the input, not with its square', () => {
    // The fastest of three runs: noise only ever adds time.
    const time = (bytes: number) => {
      const text = PATHOLOGICAL['quote run']!(bytes)
      return Math.min(...[0, 1, 2].map(() => cpuMs(() => extractStatements(text))))
    }
    time(25_000) // warm up the JIT
    // Eight times the text takes about eight times as long; quadratic would be sixty-four.
    expect(time(200_000)).toBeLessThan(24 * Math.max(time(25_000), 2))
  }, 120_000)
})
