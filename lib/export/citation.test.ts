import { describe, expect, it } from 'vitest'
import { citation } from './citation'
import { makeRow, UNKNOWN_SOURCE } from '../view/testing-rows'

const accessed = new Date(2026, 10, 27, 9, 30)
const PAGE = 'https://reader.example/stories/mini'

describe('citation', () => {
  it('quotes a direct statement with everything known about its source', () => {
    expect(citation(makeRow(), accessed, PAGE)).toBe(
      'Ana Ruiz, the mayor: “It is unsafe”. Source: The Daily Example, “Bridge shut”, 1 Mar 2024, https://example.org/bridge. Attribution: press conference. Accessed 27 Nov 2026. https://reader.example/stories/mini#s-s1',
    )
  })

  it('marks a paraphrase, unknown facts and an inferred date', () => {
    const row = makeRow({
      kind: 'paraphrase',
      role: null,
      speaker: 'The Taliban',
      text: 'Afghanistan’s soil will not be used against other countries',
      attribution: 'standing position, no response to these claims',
      source: UNKNOWN_SOURCE,
    })
    expect(citation(row, accessed, PAGE)).toBe(
      'The Taliban: paraphrased: Afghanistan’s soil will not be used against other countries. Source: publisher unknown, title unknown, c. 16 Dec 2023 (inferred), URL unknown. Attribution: standing position, no response to these claims. Accessed 27 Nov 2026. https://reader.example/stories/mini#s-s1',
    )
  })

  it('keeps markup as inert text', () => {
    const row = makeRow({ text: '<script>alert(1)</script>' })
    expect(citation(row, accessed, PAGE)).toContain('“<script>alert(1)</script>”')
  })

  it('names the claim and the stance on it when a claim filter is set', () => {
    const row = makeRow({ stance: 'rejects', stanceLabel: 'Not about money' })
    expect(citation(row, accessed, PAGE, { wording: 'The closure saves money.' })).toBe(
      'Ana Ruiz, the mayor: “It is unsafe”. Source: The Daily Example, “Bridge shut”, 1 Mar 2024, https://example.org/bridge. Attribution: press conference. On the claim “The closure saves money.”: rejects (Not about money). Accessed 27 Nov 2026. https://reader.example/stories/mini#s-s1',
    )
  })
})
