import { UNKNOWN } from '../story/codebook'
import { stancesOf } from '../view/claim-rows'
import type { ClaimView, NonResponseView } from '../view/claims'
import { nonResponseTarget } from '../view/claims'
import type { StatementRow } from '../view/view-model'
import { BOM, CLAIM_HEADER, CSV_COLUMNS, csvCell, type Cell, type CsvContext } from './csv'

/**
 * The claim matrix in long form: one row per statement and claim it takes a stance on,
 * with a row for each camp that is silent on a claim and one for each non-response. The
 * story CSV's columns come first, in their places, then the claim's and its `claim status`:
 * `stance`, `silent` or `no response`. Claims in the story's order, camps in theirs, then
 * the statements in the order given (the order on screen).
 */

export const CLAIM_STATUS = ['stance', 'silent', 'no response'] as const
export type ClaimStatus = (typeof CLAIM_STATUS)[number]

export const CLAIM_CSV_HEADER = [...CSV_COLUMNS.map(([name]) => name), ...CLAIM_HEADER, 'claim status']

const empty = (): Cell[] => CSV_COLUMNS.map(() => '')
const column = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name)

/** A non-response in the statement columns: the camp, the passage, its source and anchor. */
export function nonResponseCells(
  item: NonResponseView,
  perspective: string,
  { pageUrl }: CsvContext,
): Cell[] {
  const cells = empty()
  const { source } = item
  const set = (name: string, value: Cell) => (cells[column(name)] = value)
  set('perspective', perspective)
  set('statement', item.text)
  set('source publisher', source.publisher ?? UNKNOWN)
  set('source title', source.title ?? UNKNOWN)
  set('source date', source.date.iso ?? UNKNOWN)
  set('source URL', source.url ?? UNKNOWN)
  set('caveats', item.notes.join(' | '))
  set('anchor start', item.anchor.start)
  set('anchor end', item.anchor.end)
  set('statement id', item.id)
  // The passage on its source's page, where it is highlighted under the same id.
  set(
    'permalink',
    `${pageUrl}/sources/${encodeURIComponent(source.id)}#${encodeURIComponent(nonResponseTarget(item.id))}`,
  )
  set('source date inferred', source.date.inferred ? 'yes' : 'no')
  set('statement date', item.asOf.iso ?? UNKNOWN)
  // As for a statement without a day of its own: "yes" when the source's date stands for it.
  set('statement date inferred', item.asOf.fromSource && item.asOf.iso !== null ? 'yes' : 'no')
  return cells
}

export interface ClaimCsvInput {
  rows: readonly StatementRow[]
  claims: readonly ClaimView[]
  perspectives: readonly { id: string; label: string }[]
  nonResponses: readonly NonResponseView[]
  /** The story's main claim: a row's own stance is its stance on it. */
  mainId: string
}

export function claimsToCsv(
  { rows, claims, perspectives, nonResponses, mainId }: ClaimCsvInput,
  { bom = true, pageUrl }: { bom?: boolean; pageUrl: string },
): string {
  const context = { pageUrl }
  const lines: string[] = [(bom ? BOM : '') + CLAIM_CSV_HEADER.map(csvCell).join(',') + '\r\n']
  const line = (cells: Cell[]) => lines.push(cells.map(csvCell).join(',') + '\r\n')
  // Each row's stances, once, by claim and camp.
  const byCell = new Map<string, { row: StatementRow; value: string; label: string }[]>()
  for (const row of rows)
    for (const stance of stancesOf(row, mainId)) {
      const key = `${stance.claim}\n${row.perspectiveId}`
      const list = byCell.get(key)
      const entry = { row, value: stance.value, label: stance.label }
      if (list) list.push(entry)
      else byCell.set(key, [entry])
    }
  for (const claim of claims)
    for (const perspective of perspectives) {
      const taken = byCell.get(`${claim.id}\n${perspective.id}`) ?? []
      const silent = nonResponses.filter((n) => n.claimId === claim.id && n.perspectiveId === perspective.id)
      for (const { row, value, label } of taken)
        line([
          ...CSV_COLUMNS.map(([, cell]) => cell(row, context)),
          claim.id,
          claim.wording,
          value,
          label,
          'stance',
        ])
      for (const item of silent)
        line([
          ...nonResponseCells(item, perspective.label, context),
          claim.id,
          claim.wording,
          '',
          '',
          'no response',
        ])
      if (taken.length === 0 && silent.length === 0) {
        const cells = empty()
        cells[column('perspective')] = perspective.label
        line([...cells, claim.id, claim.wording, '', '', 'silent'])
      }
    }
  return lines.join('')
}

/**
 * A claim's page in long form: every statement on the claim across stories (in the order
 * given), then its non-responses. The story's id and title first, then the story CSV's
 * columns (each permalink on its own story's page), then the claim's and `claim status`
 * (`stance` or `no response`), as in the story's claims export.
 */
export function claimStatementsToCsv(
  input: {
    claim: { id: string; wording: string }
    statements: readonly { storyId: string; storyTitle: string; row: StatementRow }[]
    nonResponses: readonly {
      storyId: string
      storyTitle: string
      perspective: string
      item: NonResponseView
    }[]
  },
  { bom = true, origin }: { bom?: boolean; origin: string },
): string {
  const { claim } = input
  const pageOf = (storyId: string) => ({ pageUrl: `${origin}/stories/${encodeURIComponent(storyId)}` })
  const lines = [
    (bom ? BOM : '') + ['story id', 'story title', ...CLAIM_CSV_HEADER].map(csvCell).join(',') + '\r\n',
  ]
  const line = (cells: Cell[]) => lines.push(cells.map(csvCell).join(',') + '\r\n')
  for (const { storyId, storyTitle, row } of input.statements)
    line([
      storyId,
      storyTitle,
      ...CSV_COLUMNS.map(([, cell]) => cell(row, pageOf(storyId))),
      claim.id,
      claim.wording,
      row.stance ?? '',
      row.stanceLabel ?? '',
      'stance',
    ])
  for (const { storyId, storyTitle, perspective, item } of input.nonResponses)
    line([
      storyId,
      storyTitle,
      ...nonResponseCells(item, perspective, pageOf(storyId)),
      claim.id,
      claim.wording,
      '',
      '',
      'no response',
    ])
  return lines.join('')
}
