import { eachWhenIdle } from './idle'
import { normalizeForSearch } from './search'
import type { StatementRow } from './view-model'

/**
 * The search text of a story's rows as one string, each row's fields normalised once and
 * rows separated by a newline. A term holds no space or newline, so no match spans two
 * fields or two rows.
 * Finding a term is then one native scan of one string, not 50,000 separate searches,
 * and a term typed one letter longer is looked for only in the rows the shorter one found.
 */
export interface SearchIndex {
  text: string
  /** starts[i]: where row i's text begins; starts[n] is past the end. */
  starts: Int32Array
  /** Recent terms and the rows (indexes, ascending) whose text contains each. */
  found: Map<string, Int32Array>
}

/** The fields the search box looks in. */
function searchableFields(row: StatementRow): string[] {
  return [row.speaker, row.role ?? '', row.text, row.stanceLabel ?? '', row.attribution, ...row.caveats]
}

export const rowSearchText = (row: StatementRow): string =>
  searchableFields(row).map(normalizeForSearch).join(' ')

const indexes = new WeakMap<readonly StatementRow[], SearchIndex>()
/** Rows normalised ahead of the first search, while the browser was idle. */
const prepared = new WeakMap<readonly StatementRow[], string[]>()

function build(rows: readonly StatementRow[], pieces: readonly (string | undefined)[]): SearchIndex {
  const starts = new Int32Array(rows.length + 1)
  const parts: string[] = new Array(rows.length)
  let at = 0
  for (let i = 0; i < rows.length; i++) {
    const piece = pieces[i] ?? rowSearchText(rows[i]!)
    parts[i] = piece
    starts[i] = at
    at += piece.length + 1
  }
  starts[rows.length] = at
  return { text: parts.join('\n'), starts, found: new Map() }
}

export function searchIndex(rows: readonly StatementRow[]): SearchIndex {
  let index = indexes.get(rows)
  if (!index) {
    index = build(rows, prepared.get(rows) ?? [])
    indexes.set(rows, index)
    prepared.delete(rows)
  }
  return index
}

/**
 * Normalises the rows a slice at a time while the browser is idle, then joins them, so
 * the first keystroke does not pay for a large story at once. Returns a cancel function.
 */
export function prepareSearchIndex(rows: readonly StatementRow[]): () => void {
  if (indexes.has(rows)) return () => {}
  const pieces: string[] = []
  prepared.set(rows, pieces)
  let i = 0
  return eachWhenIdle(
    rows,
    (row) => {
      pieces[i++] = rowSearchText(row)
    },
    () => void searchIndex(rows),
  )
}

/**
 * Every row containing `term`, among the candidates if given (ascending; rows known to
 * contain a part of the term). One pass of indexOf over the text, jumping from hit to
 * hit, with a cursor that only moves forward to find each hit's row.
 */
function scan(index: SearchIndex, term: string, candidates: Int32Array | null): Int32Array {
  const { text, starts } = index
  const last = starts.length - 2
  const hits: number[] = []
  let c = 0
  let row = candidates ? (candidates[0] ?? last + 1) : 0
  if (row > last) return new Int32Array(0)
  for (let at = text.indexOf(term, starts[row]!); at !== -1;) {
    while (starts[row + 1]! <= at) row++
    if (candidates) {
      // Skip the candidates before this hit's row; keep the row if it is one of them.
      while (c < candidates.length && candidates[c]! < row) c++
      if (c === candidates.length) break
      if (candidates[c] === row) hits.push(row)
      else {
        // The next candidate is further on: look from its start.
        row = candidates[c]!
        at = text.indexOf(term, starts[row]!)
        continue
      }
    } else hits.push(row)
    // The rest of this row cannot add it again.
    if (row === last) break
    row += 1
    at = text.indexOf(term, starts[row]!)
  }
  return Int32Array.from(hits)
}

const REMEMBERED = 24

/** The rows (ascending indexes) whose text contains `term`. */
export function rowsWithTerm(index: SearchIndex, term: string): Int32Array {
  const known = index.found.get(term)
  if (known) return known
  // The longest remembered term inside this one: its rows are the only candidates.
  let best: Int32Array | null = null
  let bestLength = 0
  for (const [other, rows] of index.found)
    if (other.length > bestLength && term.includes(other)) {
      best = rows
      bestLength = other.length
    }
  const rows = scan(index, term, best)
  if (index.found.size >= REMEMBERED) index.found.delete(index.found.keys().next().value!)
  index.found.set(term, rows)
  return rows
}

/** The rows (ascending indexes) whose text contains every term; null when there is none. */
export function rowsWithTerms(rows: readonly StatementRow[], terms: readonly string[]): Int32Array | null {
  if (terms.length === 0) return null
  const index = searchIndex(rows)
  // Rarest first: each further term is looked for only among those rows.
  const lists = terms.map((term) => rowsWithTerm(index, term)).sort((a, b) => a.length - b.length)
  let result = lists[0]!
  for (const other of lists.slice(1)) result = intersect(result, other)
  return result
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length))
  let n = 0
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      out[n++] = a[i]!
      i++
      j++
    }
  }
  return out.slice(0, n)
}
