import { describe, expect, it } from 'vitest'
import { findAnchor } from './anchor'
import { anchorHolds, confirmStoredAnchors } from './stored-anchors'

const source = 'The minister said:\n  "We   will not\ttolerate it." Then he left.'

describe('confirming stored anchors', () => {
  it('accepts the anchor the full search computed, white space folded on both sides', () => {
    const found = findAnchor(source, 'We will not tolerate it.')
    expect(found.ok).toBe(true)
    if (!found.ok) return
    expect(found.anchor).toEqual({ start: 22, end: 48 })
    expect(anchorHolds(source, 'We will not tolerate it.', found.anchor)).toBe(true)
    expect(anchorHolds(source, ' We will\nnot tolerate it. ', found.anchor)).toBe(true)
  })

  it('refuses an anchor off by one, or text that differs from the source', () => {
    expect(anchorHolds(source, 'We will not tolerate it.', { start: 23, end: 48 })).toBe(false)
    expect(anchorHolds(source, 'We will not tolerate it.', { start: 22, end: 47 })).toBe(false)
    expect(anchorHolds(source, 'We will not tolerate this.', { start: 22, end: 48 })).toBe(false)
  })

  it('names the story, the row and the source of each wrong anchor', () => {
    const story = {
      id: 'st',
      sources: [{ id: 'src', text: source }],
      statements: [
        { id: 's1', source: 'src', text: 'Then he left.', anchor: { start: 50, end: 63 } },
        { id: 's2', source: 'src', text: 'Then he left.', anchor: { start: 0, end: 13 } },
      ],
      events: [{ id: 'e1', source: 'gone', text: 'left', anchor: { start: 58, end: 62 } }],
    }
    expect(() => confirmStoredAnchors(story as never)).toThrow(
      /statement s2: text does not match its source "src" at the stored anchor \(0–13\)[\s\S]*event e1: text does not match its source "gone"/,
    )
    story.statements.pop()
    story.events.pop()
    expect(() => confirmStoredAnchors(story as never)).not.toThrow()
  })
})
