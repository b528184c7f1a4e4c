import { BOM, csvCell, type Cell } from '../export/csv'
import { UNIT_FIELDS, type UnitRow } from './report'

/**
 * The agreement report's units as CSV (RFC 4180, as every export): one row per pair of
 * statements, or statement one coder found, with both coders' values side by side.
 * Coders are named only for editors; readers get "first coder" and "second coder".
 */
export function unitsToCsv(units: readonly UnitRow[], coderName: ((actor: string) => string) | null): string {
  const header = [
    'article',
    'found by',
    'first coder',
    'second coder',
    'start',
    'end',
    'statement',
    'overlap',
    ...UNIT_FIELDS.flatMap((f) => [`${f} (first coder)`, `${f} (second coder)`]),
  ]
  const lines = [header]
  for (const unit of units) {
    const row: Cell[] = [
      unit.article,
      unit.foundBy,
      coderName ? coderName(unit.coders[0]) : 'first coder',
      coderName ? coderName(unit.coders[1]) : 'second coder',
      unit.start,
      unit.end,
      unit.words,
      unit.overlap === null ? '' : unit.overlap.toFixed(3),
      ...UNIT_FIELDS.flatMap((f) => [unit.a[f] ?? '', unit.b[f] ?? '']),
    ]
    lines.push(row.map(String))
  }
  return BOM + lines.map((cells) => cells.map(csvCell).join(',') + '\r\n').join('')
}
