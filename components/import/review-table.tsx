'use client'

import { memo } from 'react'
import { STANCES, type Kind, type Stance } from '@/lib/story/codebook'
import { isKind, isStance, type ReviewRow } from '@/lib/import/review'
import { STANCE_NAMES } from '@/lib/story/vocabulary'

interface ReviewTableProps {
  rows: readonly ReviewRow[]
  perspectives: readonly { id: string; label: string }[]
  onChange: (key: string, change: Partial<ReviewRow>) => void
  onRemove: (key: string) => void
  /** Which page of rows is shown (0-based): a long article drafts thousands. */
  page: number
  onPage: (page: number) => void
}

/** Rows per page: enough for any news article, few enough to stay responsive. */
const PAGE_SIZE = 50
export const pageOf = (index: number) => Math.floor(index / PAGE_SIZE)

const FIELD =
  'block w-full min-w-[10rem] rounded border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50'

const KIND_NAMES: Record<Kind, string> = { direct: 'Direct quote', paraphrase: 'Paraphrase' }

interface RowProps {
  row: ReviewRow
  n: number
  perspectives: ReviewTableProps['perspectives']
  onChange: ReviewTableProps['onChange']
  onRemove: ReviewTableProps['onRemove']
}

/** One statement's row; memoised, so typing in one row re-renders only that row. */
const ReviewTableRow = memo(function ReviewTableRow({ row, n, perspectives, onChange, onRemove }: RowProps) {
  const about = `statement ${n}`
  return (
    <tr
      key={row.key}
      id={`draft-${row.key}`}
      className="border-b border-zinc-200 align-top target:bg-yellow-50 dark:border-zinc-800 dark:target:bg-yellow-950"
    >
      <th scope="row" className="px-2 py-2 font-semibold">
        {n}
      </th>
      <td className="min-w-[16rem] max-w-md px-2 py-2">
        <p dir="auto" className="text-zinc-900 dark:text-zinc-50">
          {row.kind === 'direct' ? `“${row.draft.text}”` : row.draft.text}
        </p>
        <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
          {row.draft.attribution} · {row.draft.channel === 'secondhand' ? 'secondhand' : 'first-hand'}
        </p>
      </td>
      <td className="space-y-1 px-2 py-2">
        <input
          aria-label={`Speaker of ${about}`}
          className={FIELD}
          value={row.speaker}
          onChange={(e) => onChange(row.key, { speaker: e.target.value })}
        />
        <input
          aria-label={`Role of ${about}`}
          placeholder="role not given"
          className={FIELD}
          value={row.role}
          onChange={(e) => onChange(row.key, { role: e.target.value })}
        />
      </td>
      <td className="space-y-1 px-2 py-2">
        <select
          aria-label={`Kind of ${about}`}
          className={FIELD}
          value={row.kind}
          onChange={(e) => isKind(e.target.value) && onChange(row.key, { kind: e.target.value })}
        >
          {(['direct', 'paraphrase'] as const).map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k]}
            </option>
          ))}
        </select>
        <select
          aria-label={`Camp of ${about}`}
          className={FIELD}
          value={row.perspective}
          onChange={(e) => onChange(row.key, { perspective: e.target.value })}
        >
          {perspectives.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </td>
      <td className="space-y-1 px-2 py-2">
        <select
          aria-label={`Stance of ${about}`}
          className={FIELD}
          value={row.stance}
          onChange={(e) =>
            isStance(e.target.value) && onChange(row.key, { stance: e.target.value as Stance })
          }
        >
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_NAMES[s]}
            </option>
          ))}
        </select>
        <input
          aria-label={`Stance label of ${about}`}
          className={FIELD}
          value={row.label}
          onChange={(e) => onChange(row.key, { label: e.target.value })}
        />
      </td>
      <td className="px-2 py-2">
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide" aria-live="polite">
          {row.accepted ? 'Accepted' : 'Draft'}
        </p>
        <div className="flex gap-1">
          <button
            type="button"
            aria-pressed={row.accepted}
            aria-label={`Accept ${about}`}
            onClick={() => onChange(row.key, { accepted: !row.accepted })}
            className="rounded border border-emerald-800 px-2 py-1 text-xs font-medium text-emerald-900 hover:bg-emerald-50 dark:border-emerald-300 dark:text-emerald-100 dark:hover:bg-emerald-950"
          >
            Accept
          </button>
          <button
            type="button"
            aria-label={`Remove ${about}`}
            onClick={() => onRemove(row.key)}
            className="rounded border border-red-800 px-2 py-1 text-xs font-medium text-red-900 hover:bg-red-50 dark:border-red-300 dark:text-red-100 dark:hover:bg-red-950"
          >
            Remove
          </button>
        </div>
      </td>
    </tr>
  )
})

/**
 * The drafted statements, one editable row each. The statement's words are shown, not
 * edited: they are the article's own, and the codebook forbids rewording them.
 */
export function ReviewTable({ rows, perspectives, onChange, onRemove, page, onPage }: ReviewTableProps) {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  const first = page * PAGE_SIZE
  const shown = rows.slice(first, first + PAGE_SIZE)
  return (
    <div className="overflow-x-auto" role="region" aria-label="Drafted statements, scrollable" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="py-2 text-left font-semibold text-zinc-900 dark:text-zinc-50">
          Drafted statements ({rows.length})
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            {['No.', 'Statement', 'Speaker and role', 'Kind and camp', 'Stance', 'Review'].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 align-bottom font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <ReviewTableRow
              key={row.key}
              row={row}
              n={first + i + 1}
              perspectives={perspectives}
              onChange={onChange}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages of drafted statements" className="mt-2 flex items-center gap-3 text-sm">
          <button
            type="button"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
            className="rounded border border-zinc-400 px-2 py-1 disabled:opacity-50 dark:border-zinc-600"
          >
            Previous {PAGE_SIZE}
          </button>
          <span aria-live="polite">
            Statements {first + 1}–{first + shown.length} of {rows.length}
          </span>
          <button
            type="button"
            disabled={page >= pages - 1}
            onClick={() => onPage(page + 1)}
            className="rounded border border-zinc-400 px-2 py-1 disabled:opacity-50 dark:border-zinc-600"
          >
            Next {PAGE_SIZE}
          </button>
        </nav>
      )}
    </div>
  )
}
