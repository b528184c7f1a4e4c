'use client'

import { useContext } from 'react'
import { matchRanges } from '@/lib/view/search'
import { Highlight, SearchTermsContext } from './highlight'

function CaveatIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-3.5 w-3.5 flex-none fill-current">
      <path d="M10 2 1 18h18L10 2Zm0 4.5 5.6 9.7H4.4L10 6.5Zm-.9 3v3.4h1.8V9.5H9.1Zm0 4.3v1.7h1.8v-1.7H9.1Z" />
    </svg>
  )
}

function CaveatList({ caveats, className }: { caveats: readonly string[]; className: string }) {
  return (
    <ul className={`space-y-1 text-xs text-zinc-800 dark:text-zinc-100 ${className}`}>
      {caveats.map((caveat) => (
        <li key={caveat} className="flex gap-1.5">
          <span className="text-amber-800 dark:text-amber-300">
            <CaveatIcon />
          </span>
          <span dir="auto">
            <Highlight text={caveat} />
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * Caveats as a marked count that opens in place: quieter than the statement, one click
 * (or Enter) from it. A search that matches a caveat opens it. Print opens them all
 * (globals.css).
 */
export function Caveats({ caveats }: { caveats: readonly string[] }) {
  const terms = useContext(SearchTermsContext)
  if (caveats.length === 0) return null
  const matched = terms.length > 0 && caveats.some((caveat) => matchRanges(caveat, terms).length > 0)
  const count = `${caveats.length} caveat${caveats.length === 1 ? '' : 's'}`
  return (
    <details open={matched || undefined} className="caveats">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded px-1 text-xs font-semibold text-amber-900 underline decoration-dotted underline-offset-2 hover:bg-amber-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:text-amber-200 dark:hover:bg-amber-950 [&::-webkit-details-marker]:hidden">
        <CaveatIcon />
        {count}
      </summary>
      <CaveatList caveats={caveats} className="mt-1 border-l-2 border-amber-400 pl-2" />
    </details>
  )
}
