import { describe, expect, it } from 'vitest'
import { extractStatements } from './extract'
import { PATHOLOGICAL } from './pathological'

/**
 * Linear time: 200 kB of each input that used to be quadratic (6.7 s for 200 kB of one
 * paragraph, 50 s of quotation marks). Linear, each takes well under half a second on the
 * development machine; the limit is generous so a busy shared machine does not fail it,
 * while quadratic behaviour (seconds to minutes) still does.
 */
describe('extraction time on 200 kB of pathological input', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    '%s',
    (name) => {
      const text = PATHOLOGICAL[name]!(200_000)
      const started = performance.now()
      extractStatements(text)
      expect(performance.now() - started).toBeLessThan(2_000)
    },
    30_000,
  )

  it('time grows with the input, not with its square', () => {
    // The fastest of three runs: noise from a busy machine only ever adds time.
    const time = (bytes: number) => {
      const text = PATHOLOGICAL['quote run']!(bytes)
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const started = performance.now()
        extractStatements(text)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    time(25_000) // warm up the JIT
    // Eight times the text takes about eight times as long; quadratic would be sixty-four.
    expect(time(200_000)).toBeLessThan(24 * Math.max(time(25_000), 2))
  }, 60_000)
})
