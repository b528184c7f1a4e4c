import { findAnchor, foldWhitespace } from '../../story/anchor'
import { invalid } from '../errors'

/**
 * A statement's words come from a selection in its source, never from typing: the
 * selected words, white space folded, edges trimmed, anchored back to the same place by
 * the story check's own rule (lib/story/anchor).
 */

export interface Anchor {
  start: number
  end: number
}

export interface NewSpan {
  text: string
  occurrence: number | null
  anchor: Anchor
}

/**
 * The statement's new text, taken from a selection in its source: the selected words,
 * white space folded, edges trimmed. It cannot be reworded, since it is never typed, and
 * it must anchor back to the same place by the story check's own rule (lib/story/anchor).
 */
export function spanFromSelection(sourceText: string, selection: Anchor): NewSpan {
  const { start, end } = selection
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > sourceText.length ||
    start >= end
  )
    throw invalid('text', 'Select the statement’s words in the source: the selection is outside it or empty.')
  let from = start
  let to = end
  while (from < to && /\s/.test(sourceText[from]!)) from++
  while (to > from && /\s/.test(sourceText[to - 1]!)) to--
  if (from === to)
    throw invalid('text', 'Select the statement’s words in the source: the selection holds no words.')
  const text = foldWhitespace(sourceText.slice(from, to)).text
  const folded = foldWhitespace(sourceText)
  const first = findAnchor(folded, text)
  let occurrence: number | null = null
  let found = first.ok ? first.anchor : undefined
  if (!first.ok && first.reason === 'ambiguous') {
    // The same words occur more than once: say which one was selected.
    for (let n = 1; n <= first.occurrences; n++) {
      const hit = findAnchor(folded, text, n)
      if (hit.ok && hit.anchor.start === from) {
        occurrence = n
        found = hit.anchor
        break
      }
    }
  }
  if (!found || found.start !== from || found.end !== to)
    throw invalid('text', 'The selection does not match the source’s words; select it again.')
  return { text, occurrence, anchor: found }
}
