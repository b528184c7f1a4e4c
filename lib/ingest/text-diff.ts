import { diffWords } from 'diff'

/**
 * What a publisher changed since the text was kept: the stored text against a fresh
 * fetch, word by word. The stored text is never replaced; this only shows the change.
 * Browser-safe.
 */

export interface TextChange {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface TextComparison {
  /** Character for character the same. */
  identical: boolean
  /** The same words, white space aside. */
  same: boolean
  /** Words the publisher added and removed. */
  added: number
  removed: number
  /**
   * The texts in order, each stretch kept, added or removed; null when they differ too
   * much to show word by word (the article was replaced), with `added` and `removed`
   * then counting every word of each.
   */
  changes: TextChange[] | null
}

/** Past this many token edits the texts are not the same article edited: no word diff. */
const MAX_EDITS = 1_000

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

export function compareTexts(stored: string, current: string): TextComparison {
  if (stored === current) {
    return { identical: true, same: true, added: 0, removed: 0, changes: [{ kind: 'same', text: stored }] }
  }
  const diff = diffWords(stored, current, { maxEditLength: MAX_EDITS, timeout: 1_000 })
  if (!diff) {
    return {
      identical: false,
      same: false,
      added: countWords(current),
      removed: countWords(stored),
      changes: null,
    }
  }
  const changes: TextChange[] = diff.map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }))
  const count = (kind: TextChange['kind']) =>
    changes.filter((c) => c.kind === kind).reduce((n, c) => n + countWords(c.text), 0)
  const added = count('added')
  const removed = count('removed')
  // Punctuation-only edits count no words but still differ.
  const same = changes.every((c) => c.kind === 'same')
  return { identical: false, same, added, removed, changes }
}
