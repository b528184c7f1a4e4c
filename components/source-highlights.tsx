import { campColor } from './camp-colors'
import type { EvidenceSegment } from '@/lib/view/evidence'

export const NARRATION = 'bg-zinc-200 text-zinc-950 dark:bg-zinc-700 dark:text-white'

interface SourceHighlightsProps {
  segments: readonly EvidenceSegment[]
  /** The anchor to emphasise, if any. */
  chosen: string | null
  /** Where a highlight links: the statement's row, or its entry on the page. */
  hrefFor: (targetId: string) => string
  onGoTo?: (targetId: string) => void
  /** Underline the highlights: on a page, where they sit in running text as links. */
  underline?: boolean
}

/**
 * A source's text with every statement and event highlighted in its camp's colour, laid
 * out segment by segment (lib/view/evidence) so it reads exactly as stored, always as
 * text. Shared by the evidence dialog and the source page.
 */
export function SourceHighlights({
  segments,
  chosen,
  hrefFor,
  onGoTo,
  underline = false,
}: SourceHighlightsProps) {
  // Focus lands on the first piece of the chosen statement.
  const firstChosen = segments.findIndex((segment) => segment.primary?.targetId === chosen)
  return segments.map((segment, index) => {
    const { primary, covering } = segment
    if (primary === null) return segment.text
    const isChosen = primary.targetId === chosen
    const first = index === firstChosen
    const color = primary.colorIndex === null ? NARRATION : campColor(primary.colorIndex).mark
    return (
      <a
        key={segment.start}
        href={hrefFor(primary.targetId)}
        title={covering.map((a) => a.description).join(' · ')}
        data-chosen={first ? 'true' : undefined}
        onClick={
          onGoTo
            ? (event) => {
                event.preventDefault()
                onGoTo(primary.targetId)
              }
            : undefined
        }
        className={`rounded-sm ${underline ? 'underline decoration-1 underline-offset-2' : 'no-underline'} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600`}
      >
        <mark
          data-anchor={primary.targetId}
          data-selected={isChosen ? 'true' : undefined}
          className={`rounded-sm ${color} ${isChosen ? 'font-semibold underline decoration-2 underline-offset-2' : ''} ${segment.ids.length > 1 ? 'border-b-2 border-dashed border-zinc-700 dark:border-zinc-200' : ''}`}
        >
          {segment.text}
        </mark>
      </a>
    )
  })
}

/** The key to the highlights: each camp's colour, then the reporter's narration. */
export function HighlightLegend({ camps }: { camps: readonly { label: string; index: number }[] }) {
  return (
    <ul
      aria-label="Highlight colours"
      className="flex flex-wrap gap-x-4 gap-y-1 border-b border-zinc-200 px-5 py-2 text-xs dark:border-zinc-700"
    >
      {camps.map((camp) => (
        <li key={camp.index} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-block h-3 w-5 rounded-sm ${campColor(camp.index).mark}`}
          />
          {camp.label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ${NARRATION}`} />
        Reporter’s narration
      </li>
    </ul>
  )
}
