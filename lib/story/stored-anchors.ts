import type { Anchor } from './anchor'
import { StoryDataError, type Story } from './story-check'

/**
 * A story read back from the store carries the anchors its write computed. The full
 * anchor search ran on that write; on read, each stored anchor is only confirmed: the
 * source's words at those offsets must be the row's words (white space folded). That is
 * one slice and compare per row, so a row that no longer matches its source (a source or
 * statement changed behind the app's back) is caught, at a small cost.
 */

const fold = (text: string) => text.replace(/\s+/g, ' ')

export function anchorHolds(source: string, text: string, anchor: Anchor): boolean {
  return fold(source.slice(anchor.start, anchor.end)) === fold(text).trim()
}

/** Throws a StoryDataError naming the story and each row whose stored anchor is wrong. */
export function confirmStoredAnchors(
  story: Pick<Story, 'id' | 'sources' | 'statements' | 'events'> & Partial<Pick<Story, 'nonResponses'>>,
): void {
  const sources = new Map(story.sources.map((source) => [source.id, source.text]))
  const problems: string[] = []
  for (const [kind, rows] of [
    ['statement', story.statements],
    ['event', story.events],
    ['non-response', story.nonResponses ?? []],
  ] as const) {
    for (const row of rows) {
      const source = sources.get(row.source)
      if (source === undefined || !anchorHolds(source, row.text, row.anchor))
        problems.push(
          `story ${story.id}: ${kind} ${row.id}: text does not match its source "${row.source}" at the stored anchor (${row.anchor.start}–${row.anchor.end})`,
        )
    }
  }
  if (problems.length > 0) throw new StoryDataError(problems)
}
