import { describe, expect, it } from 'vitest'
import { compareTexts } from './text-diff'

describe('compareTexts', () => {
  it('says when nothing changed', () => {
    expect(compareTexts('Talks resume.', 'Talks resume.')).toEqual({
      identical: true,
      same: true,
      added: 0,
      removed: 0,
      changes: [{ kind: 'same', text: 'Talks resume.' }],
    })
  })

  it('shows the words the publisher changed, in order', () => {
    const result = compareTexts(
      'The minister said talks would resume on Monday.',
      'The minister said talks would not resume before Friday.',
    )
    expect(result.identical).toBe(false)
    expect(result.same).toBe(false)
    expect(result.added).toBe(3)
    expect(result.removed).toBe(2)
    const added = result.changes!.filter((c) => c.kind === 'added').map((c) => c.text.trim())
    const removed = result.changes!.filter((c) => c.kind === 'removed').map((c) => c.text.trim())
    expect(added.join(' ')).toBe('not before Friday')
    expect(removed.join(' ')).toBe('on Monday')
    // Reading the "same" and "added" stretches gives the new text; "same" and "removed", the old.
    const rebuilt = (skip: string) =>
      result
        .changes!.filter((c) => c.kind !== skip)
        .map((c) => c.text)
        .join('')
    expect(rebuilt('removed').replace(/\s+/g, ' ')).toBe(
      'The minister said talks would not resume before Friday.',
    )
    expect(rebuilt('added').replace(/\s+/g, ' ')).toBe('The minister said talks would resume on Monday.')
  })

  it('counts white space alone as the same words, but not as identical', () => {
    const result = compareTexts('One paragraph.\n\nTwo.', 'One paragraph.\nTwo.')
    expect(result.identical).toBe(false)
    expect(result.same).toBe(true)
    expect(result.added + result.removed).toBe(0)
  })

  it('still shows a long article’s edits word by word', () => {
    const base = Array.from({ length: 1500 }, (_, i) => `w${i}`)
    const edited = base.map((w, i) => (i % 37 === 0 ? `changed${i}` : w))
    const result = compareTexts(base.join(' '), edited.join(' '))
    expect(result.added).toBe(41)
    expect(result.removed).toBe(41)
    expect(result.changes!.filter((c) => c.kind === 'added')).toHaveLength(41)
  })

  it('gives up the word diff when the article was replaced, counting every word', () => {
    const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ')
    const result = compareTexts(words('old', 4000), words('new', 5000))
    expect(result).toEqual({ identical: false, same: false, added: 5000, removed: 4000, changes: null })
  })
})
