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
    const time = (bytes: number) => {
      const text = PATHOLOGICAL['quote run']!(bytes)
      const started = performance.now()
      extractStatements(text)
      return performance.now() - started
    }
    time(50_000) // warm up the JIT
    // Four times the text may take four times as long, with room for noise; not sixteen.
    expect(time(200_000)).toBeLessThan(8 * Math.max(time(50_000), 5))
  }, 30_000)
})
