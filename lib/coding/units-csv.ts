import { BOM, csvCell, type Cell } from '../export/csv'
import type { AgreementReport } from './report'

/** The columns every export has had, in their places: the stance is the one on the question. */
const FIXED = ['camp', 'kind', 'channel', 'speaker', 'stance'] as const

/**
 * The agreement report's units as CSV (RFC 4180, as every export): one row per pair of
 * statements, or statement one coder found, with both coders' values side by side: camp,
 * kind, channel, speaker and the stance on the question, then one pair of columns per
 * further claim ("stance on: <wording>"). Coders are named only for editors; readers get
 * "first coder" and "second coder".
 */
export function unitsToCsv(
  report: Pick<AgreementReport, 'units' | 'fields'>,
  coderName: ((actor: string) => string) | null,
): string {
  const [question, ...further] = report.fields.filter((f) => f.claim !== null)
  // Each column's field id; the question's stance keeps the column "stance".
  const columns: { id: string; name: string }[] = [
    ...FIXED.map((name) => ({ id: name === 'stance' ? (question?.id ?? 'stance') : name, name })),
    ...further.map((f) => ({ id: f.id, name: `stance on: ${f.claim!.wording}` })),
  ]
  const header = [
    'article',
    'found by',
    'first coder',
    'second coder',
    'start',
    'end',
    'statement',
    'overlap',
    ...columns.flatMap((c) => [`${c.name} (first coder)`, `${c.name} (second coder)`]),
  ]
  const lines = [header]
  for (const unit of report.units) {
    const row: Cell[] = [
      unit.article,
      unit.foundBy,
      coderName ? coderName(unit.coders[0]) : 'first coder',
      coderName ? coderName(unit.coders[1]) : 'second coder',
      unit.start,
      unit.end,
      unit.words,
      unit.overlap === null ? '' : unit.overlap.toFixed(3),
      ...columns.flatMap((c) => [unit.a[c.id] ?? '', unit.b[c.id] ?? '']),
    ]
    lines.push(row.map(String))
  }
  return BOM + lines.map((cells) => cells.map(csvCell).join(',') + '\r\n').join('')
}
