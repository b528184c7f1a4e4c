'use client'

import { useContext } from 'react'
import { matchRanges } from '@/lib/view/search'
import { Highlight, SearchTermsContext } from './highlight'

function CaveatIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="caveat-icon">
      <path d="M10 2 1 18h18L10 2Zm0 4.5 5.6 9.7H4.4L10 6.5Zm-.9 3v3.4h1.8V9.5H9.1Zm0 4.3v1.7h1.8v-1.7H9.1Z" />
    </svg>
  )
}

function CaveatList({ caveats, className }: { caveats: readonly string[]; className: string }) {
  return (
    <ul className={`caveat-list ${className}`}>
      {caveats.map((caveat) => (
        <li key={caveat}>
          <span className="caveat-mark">
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
      <summary>
        <CaveatIcon />
        {count}
      </summary>
      <CaveatList caveats={caveats} className="mt-1 border-l-2 border-amber-400 pl-2" />
    </details>
  )
}
