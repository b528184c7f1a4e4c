import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { BOM, CSV_COLUMNS, statementsToCsv } from './csv'
import { makeRow } from '../view/testing-rows'
import type { StatementRow } from '../view/view-model'

// The writer papaparse would have been, with the settings the app used before writing its
// own: the hand-written writer must give the same bytes for any text.
const context = { pageUrl: 'https://example.org/stories/seed' }
function papaparseCsv(rows: readonly StatementRow[]): string {
  const csv = Papa.unparse(
    {
      fields: CSV_COLUMNS.map(([name]) => name),
      data: rows.map((row) => CSV_COLUMNS.map(([, v]) => v(row, context))),
    },
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/, quotes: false },
  )
  return BOM + (csv.endsWith('\r\n') ? csv : csv + '\r\n')
}

const AWKWARD = [
  '',
  ' leading space',
  'trailing space ',
  ' ',
  'a,b',
  'say "hi"',
  '"',
  'line\nbreak',
  'carriage\rreturn',
  'crlf\r\nend',
  `bom${BOM}inside`,
  '=1+1',
  '+cmd',
  '-2',
  '@SUM(A1)',
  '\tindented',
  '\rreturn first',
  '=HYPERLINK("x")\nsecond',
  "'already",
  'ذبیح اللہ مجاہد',
  '“curly”, too',
  'emoji 🙂',
]

describe('statementsToCsv matches papaparse', () => {
  it('for awkward text in every column', () => {
    const rows = AWKWARD.flatMap((text, i) => {
      const other = AWKWARD[(i * 7 + 3) % AWKWARD.length]!
      return [
        makeRow({ id: `a ${i}`, speaker: text, role: other, text, stanceLabel: other, attribution: text }),
        makeRow({ id: `b${i}`, role: i % 2 ? null : text, caveats: [text, other], perspectiveLabel: other }),
      ]
    })
    expect(statementsToCsv(rows, context)).toBe(papaparseCsv(rows))
  })

  it('for no rows', () => {
    expect(statementsToCsv([], context)).toBe(papaparseCsv([]))
  })
})
