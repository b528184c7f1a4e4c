import { describe, expect, it } from 'vitest'
import { evidenceAnchors, evidenceSegments, type EvidenceAnchor } from './evidence'
import { makeRow } from './testing-rows'

const anchor = (targetId: string, start: number, end: number): EvidenceAnchor => ({
  targetId,
  sourceId: 'paper',
  description: targetId,
  start,
  end,
  colorIndex: 0,
})

describe('evidenceAnchors', () => {
  it('gives each statement its camp colour and each event none', () => {
    const anchors = evidenceAnchors(
      [makeRow({ id: 'a', perspectiveIndex: 2, anchor: { start: 3, end: 9 } })],
      [{ targetId: 'e-1', sourceId: 'paper', description: 'Reporter’s narration: x', start: 0, end: 2 }],
    )
    expect(anchors).toEqual([
      {
        targetId: 's-a',
        sourceId: 'paper',
        description: 'Ana Ruiz (City officials)',
        start: 3,
        end: 9,
        colorIndex: 2,
      },
      {
        targetId: 'e-1',
        sourceId: 'paper',
        description: 'Reporter’s narration: x',
        start: 0,
        end: 2,
        colorIndex: null,
      },
    ])
  })
})

describe('evidenceSegments', () => {
  const text = 'The minister said the border is closed today.'
  const span = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const
  const wide = anchor('s-wide', ...span('minister said the border is closed today'))
  const narrow = anchor('s-narrow', ...span('the border is closed'))
  const innerStart = text.indexOf('the border')

  it('shows the narrowest anchor where two overlap, and gives the text back whole', () => {
    const segments = evidenceSegments(text, [wide, narrow], null)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    const inner = segments.find((s) => s.start === innerStart)!
    expect(inner.primary?.targetId).toBe('s-narrow')
    expect(inner.covering.map((a) => a.targetId)).toEqual(['s-wide', 's-narrow'])
    expect(segments.find((s) => s.start === text.indexOf('minister'))!.primary?.targetId).toBe('s-wide')
    expect(segments[0]).toMatchObject({ start: 0, text: 'The ', primary: null })
  })

  it('lets the chosen statement win over a narrower one', () => {
    const inner = evidenceSegments(text, [wide, narrow], 's-wide').find((s) => s.start === innerStart)!
    expect(inner.primary?.targetId).toBe('s-wide')
  })
})
