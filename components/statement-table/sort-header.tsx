'use client'

import type { SortDirection } from '@tanstack/react-table'

interface SortHeaderProps {
  label: string
  /** This column's direction, or false when it is not sorted. */
  direction: false | SortDirection
  /** 0 for the primary sort, 1 for the secondary, …; -1 when not sorted. */
  sortIndex: number
  sortCount: number
  onToggle: ((event: unknown) => void) | undefined
}

function SortIcon({ direction }: { direction: false | SortDirection }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 16" className="h-3.5 w-3 flex-none">
      <path
        d="M6 1 1.5 6.5h9L6 1Z"
        className={direction === 'asc' ? 'fill-current' : 'fill-current opacity-25'}
      />
      <path
        d="M6 15l4.5-5.5h-9L6 15Z"
        className={direction === 'desc' ? 'fill-current' : 'fill-current opacity-25'}
      />
    </svg>
  )
}

const DIRECTION_WORDS: Record<SortDirection, string> = { asc: 'ascending', desc: 'descending' }

/**
 * The header's button toggles ascending → descending → unsorted; with Shift it adds the
 * column as a further sort key. The primary direction is announced by the th's aria-sort;
 * further sort keys are announced in words, since aria-sort belongs on one header only.
 */
export function SortHeader({ label, direction, sortIndex, sortCount, onToggle }: SortHeaderProps) {
  const isSecondary = direction !== false && sortIndex > 0
  return (
    <button
      type="button"
      onClick={onToggle}
      title="Sort; Shift+click to add as a further sort"
      className="sort-button"
    >
      {label}
      <SortIcon direction={direction} />
      {direction !== false && sortCount > 1 ? (
        <span aria-hidden="true" className="text-[0.65rem] tabular-nums">
          {sortIndex + 1}
        </span>
      ) : null}
      {isSecondary ? (
        <span className="sr-only">{` (sort key ${sortIndex + 1}, ${DIRECTION_WORDS[direction]})`}</span>
      ) : null}
    </button>
  )
}

export function ariaSortFor(direction: false | SortDirection, sortIndex: number) {
  if (direction === false || sortIndex !== 0) return undefined
  return direction === 'asc' ? ('ascending' as const) : ('descending' as const)
}
