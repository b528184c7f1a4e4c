'use client'

import { describeRange, hasRange } from '@/lib/view/date-range'
import { useState } from 'react'
import { CHANNELS, KINDS, STANCE_FACETS, STANCES } from '@/lib/story/codebook'
import { CHANNEL_LABELS, KIND_LABELS, STANCE_FACET_NAMES } from '@/lib/story/vocabulary'
import type { FacetCounts, StatementFilters } from '@/lib/view/filters'
import { campColor } from '../camp-colors'
import { CARD } from '../card'

interface FilterToolbarProps {
  filters: StatementFilters
  counts: FacetCounts
  perspectives: { id: string; label: string; index: number }[]
  shown: number
  total: number
  /** Some statements do not address the claim shown: the stance facet offers them as a value. */
  withNoStance: boolean
  filtered: boolean
  onChange: (change: Partial<StatementFilters>) => void
  onClear: () => void
}

const toggle = <T extends string>(values: readonly T[], value: T): T[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value]

function Option({
  type,
  name,
  checked,
  onChange,
  label,
  count,
  swatch,
}: {
  type: 'checkbox' | 'radio'
  name: string
  checked: boolean
  onChange: () => void
  label: string
  count?: number
  swatch?: string
}) {
  return (
    <label className="facet-option">
      <input type={type} name={name} checked={checked} onChange={onChange} />
      {swatch ? <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${swatch}`} /> : null}
      <span>
        {label}
        {count === undefined ? null : (
          <span className="tabular-nums text-zinc-600 dark:text-zinc-300"> ({count})</span>
        )}
      </span>
    </label>
  )
}

function Facet({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-x-2">{children}</div>
    </fieldset>
  )
}

/** A facet of one choice or none: "Any" first, then each value with its count. */
function RadioFacet<T extends string>(props: {
  legend: string
  values: readonly T[]
  labels: Record<T, string>
  counts: Record<T, number>
  value: T | null
  onChange: (value: T | null) => void
}) {
  const name = props.legend.toLowerCase()
  return (
    <Facet legend={props.legend}>
      <Option
        type="radio"
        name={name}
        label="Any"
        checked={props.value === null}
        onChange={() => props.onChange(null)}
      />
      {props.values.map((v) => (
        <Option
          key={v}
          type="radio"
          name={name}
          label={props.labels[v]}
          count={props.counts[v]}
          checked={props.value === v}
          onChange={() => props.onChange(v)}
        />
      ))}
    </Facet>
  )
}

/** Search and facets; every option shows how many statements it would give. */
export function FilterToolbar(props: FilterToolbarProps) {
  const { filters, counts, perspectives, shown, total, filtered, onChange, onClear } = props
  const stances = props.withNoStance || filters.stance.includes('none') ? STANCE_FACETS : STANCES
  // On a phone the facets fold away behind one button, so the statements come sooner.
  const [facetsOpen, setFacetsOpen] = useState(false)
  return (
    <div role="search" aria-label="Filter statements" className={`px-4 py-3 print:hidden ${CARD}`}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-full sm:basis-0">
          <label
            htmlFor="statement-search"
            className="block text-sm font-semibold text-zinc-900 dark:text-zinc-50"
          >
            Search statements
          </label>
          <input
            id="statement-search"
            type="search"
            value={filters.q}
            onChange={(event) => onChange({ q: event.target.value })}
            placeholder="Speaker, role, words, stance, attribution, caveats…"
            autoComplete="off"
            spellCheck={false}
            className="mt-1 w-full rounded-md border border-zinc-400 bg-white px-3 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-zinc-500 dark:bg-zinc-950 dark:text-zinc-50 dark:placeholder:text-zinc-400"
          />
        </div>
        <p aria-live="polite" className="text-sm font-medium tabular-nums text-zinc-800 dark:text-zinc-100">
          {shown} of {total} statements
          {hasRange(filters) ? <span className="font-normal">, said {describeRange(filters)}</span> : null}
        </p>
        <button
          type="button"
          onClick={onClear}
          disabled={!filtered}
          className="rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:border-zinc-300 disabled:text-zinc-500 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800 dark:disabled:border-zinc-700 dark:disabled:text-zinc-400"
        >
          Clear filters
        </button>
        <button
          type="button"
          aria-expanded={facetsOpen}
          aria-controls="statement-facets"
          onClick={() => setFacetsOpen((open) => !open)}
          className="rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 sm:hidden dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800"
        >
          Filters
        </button>
      </div>
      <div
        id="statement-facets"
        className={`mt-2 gap-x-4 gap-y-2 sm:grid sm:grid-cols-2 xl:grid-cols-[2fr_2fr_1fr_1fr_1fr] ${facetsOpen ? 'grid' : 'hidden'}`}
      >
        <Facet legend="Perspective">
          {perspectives.map((p) => (
            <Option
              key={p.id}
              type="checkbox"
              name="perspective"
              label={p.label}
              swatch={campColor(p.index).swatch}
              count={counts.perspective[p.id] ?? 0}
              checked={filters.perspective.includes(p.id)}
              onChange={() => onChange({ perspective: toggle(filters.perspective, p.id) })}
            />
          ))}
        </Facet>
        <Facet legend="Stance">
          {stances.map((stance) => (
            <Option
              key={stance}
              type="checkbox"
              name="stance"
              label={STANCE_FACET_NAMES[stance]}
              count={counts.stance[stance]}
              checked={filters.stance.includes(stance)}
              onChange={() => onChange({ stance: toggle(filters.stance, stance) })}
            />
          ))}
        </Facet>
        <Facet legend="Kind">
          {KINDS.map((kind) => (
            <Option
              key={kind}
              type="checkbox"
              name="kind"
              label={KIND_LABELS[kind]}
              count={counts.kind[kind]}
              checked={filters.kind.includes(kind)}
              onChange={() => onChange({ kind: toggle(filters.kind, kind) })}
            />
          ))}
        </Facet>
        <RadioFacet
          legend="Attribution"
          values={CHANNELS}
          labels={CHANNEL_LABELS}
          counts={counts.channel}
          value={filters.channel}
          onChange={(channel) => onChange({ channel })}
        />
      </div>
    </div>
  )
}
