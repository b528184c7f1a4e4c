import Link from 'next/link'
import { pageHref, type Page } from '@/lib/view/paging'

const LINK = 'inline-block py-1 text-blue-700 underline dark:text-blue-300'

/**
 * Previous and next links of a list in pages, with where the reader is in words
 * ("Stories 1–25 of 200"). A landmark of its own, named for the list and its place
 * (above or below the list), so a screen reader tells the two apart.
 */
export function Pager({
  of,
  path,
  label,
  noun,
}: {
  of: Page<unknown>
  path: string
  /** The navigation's name, e.g. "Pages of stories, above the list". */
  label: string
  /** The items' name, capitalised, plural: "Stories". */
  noun: string
}) {
  if (of.pages <= 1 && !of.beyond) return null
  const n = (x: number) => x.toLocaleString('en')
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-x-4 text-sm">
      {of.page > 1 ? (
        <Link href={pageHref(path, of.page - 1)} rel="prev" className={LINK}>
          Previous page
        </Link>
      ) : null}
      <span aria-current="page">
        Page {n(of.page)} of {n(of.pages)} ({noun.toLowerCase()} {n(of.first)}–{n(of.last)} of {n(of.total)})
      </span>
      {of.page < of.pages ? (
        <Link href={pageHref(path, of.page + 1)} rel="next" className={LINK}>
          Next page
        </Link>
      ) : null}
    </nav>
  )
}

/** Said when `?page=` asks for a page past the last: the last page is shown instead. */
export function BeyondLast({ of, asked, noun }: { of: Page<unknown>; asked: number; noun: string }) {
  if (!of.beyond) return null
  const n = (x: number) => x.toLocaleString('en')
  return (
    <p role="status" className="mt-4 rounded-md border border-amber-600 p-3 text-sm dark:border-amber-400">
      There is no page {n(asked)}: the {n(of.total)} {noun.toLowerCase()} fill {n(of.pages)} page
      {of.pages === 1 ? '' : 's'}. Shown here is the last page.
    </p>
  )
}
