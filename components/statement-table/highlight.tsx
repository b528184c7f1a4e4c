'use client'

import { createContext, useContext } from 'react'
import { matchRanges } from '@/lib/view/search'

/** The normalised search terms, for highlighting matches wherever statement text shows. */
export const SearchTermsContext = createContext<readonly string[]>([])

/** Renders text with search matches in <mark>; the characters themselves are untouched. */
export function Highlight({ text }: { text: string }) {
  const terms = useContext(SearchTermsContext)
  const ranges = matchRanges(text, terms)
  if (ranges.length === 0) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  for (const range of ranges) {
    if (range.start > at) parts.push(text.slice(at, range.start))
    parts.push(
      <mark
        key={range.start}
        className="rounded-sm bg-yellow-200 text-zinc-950 dark:bg-yellow-300 dark:text-zinc-950"
      >
        {text.slice(range.start, range.end)}
      </mark>,
    )
    at = range.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
