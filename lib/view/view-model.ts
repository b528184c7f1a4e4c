import { UNKNOWN, type Channel, type Kind, type Stance } from '../story/codebook'
import type { ClaimStance, Perspective } from '../story/schema'
import { dateView, statementDateView, type DateView, type StatementDateView } from './source-date'
import type { Story } from '../story/story-check'

/**
 * The shape the pages render: one flat row per statement with everything resolved
 * (perspective label, source metadata, anchor), so components never look anything up
 * and the client receives plain, serialisable data.
 */

export interface SourceView {
  id: string
  /** 1, 2, …: the story's sources numbered in date order (unknown dates last); rows cite it. */
  number: number
  publisher: string | null
  title: string | null
  url: string | null
  date: DateView
  notes: string[]
}

export interface StatementRow {
  id: string
  perspectiveId: string
  perspectiveLabel: string
  /** Position of the camp in the story; sorts the Perspective column and picks its colour. */
  perspectiveIndex: number
  speaker: string
  role: string | null
  kind: Kind
  text: string
  /**
   * The stance on the claim the row is shown against: the story's main claim, or the claim
   * the claim filter names (lib/view/claim-rows.ts). Null: the statement does not address it.
   */
  stance: Stance | null
  stanceLabel: string | null
  /** Stances on the story's further claims, in the story's claim order. */
  claimStances: ClaimStance[]
  /**
   * Only on a row shown against a further claim: its stance on the main claim, which the
   * statement's own stance columns of an export still mean.
   */
  main?: { stance: Stance | null; label: string | null }
  attribution: string
  channel: Channel
  source: SourceView
  /** When it was said: its own date, else its source's (inferred); the timeline's order. */
  date: StatementDateView
  caveats: string[]
  anchor: { start: number; end: number }
}

export interface PerspectiveView extends Perspective {
  /** Position in the story's perspective order; picks the camp's colour. */
  index: number
  rows: StatementRow[]
}

const known = (value: string): string | null => (value === UNKNOWN ? null : value)

/** A source as the rows need it: everything but its text. */
export type SourceMeta = Omit<Story['sources'][number], 'text'>

/** What rows are made from: a whole story, or the part of one a speaker's page reads. */
export type RowsSource = Pick<Story, 'claims' | 'perspectives' | 'statements'> & {
  sources: readonly SourceMeta[]
}

function sourceView(source: SourceMeta, number: number): SourceView {
  return {
    id: source.id,
    number,
    publisher: known(source.publisher),
    title: known(source.title),
    url: known(source.url),
    date: dateView(source.date),
    notes: source.notes,
  }
}

/** The story's sources in date order (unknown dates last, ties in story order), numbered. */
export function sourceViews(story: { sources: readonly SourceMeta[] }): SourceView[] {
  const dated = story.sources.map((source, index) => ({ source, index, iso: dateView(source.date).iso }))
  dated.sort((a, b) => {
    if (a.iso !== b.iso) {
      if (a.iso === null) return 1
      if (b.iso === null) return -1
      return a.iso < b.iso ? -1 : 1
    }
    return a.index - b.index
  })
  return dated.map(({ source }, i) => sourceView(source, i + 1))
}

export function statementRows(story: RowsSource): StatementRow[] {
  const claimOrder = new Map(story.claims.map((claim, index) => [claim.id, index]))
  const inClaimOrder = (stances: readonly ClaimStance[]) =>
    stances.length < 2
      ? stances.map((s) => ({ claim: s.claim, value: s.value, label: s.label }))
      : [...stances].sort((a, b) => claimOrder.get(a.claim)! - claimOrder.get(b.claim)!)
  const perspectives = new Map(story.perspectives.map((p, index) => [p.id, { ...p, index }]))
  const sources = new Map(sourceViews(story).map((view) => [view.id, view]))
  return story.statements.map((statement) => {
    const source = sources.get(statement.source)!
    return {
      id: statement.id,
      perspectiveId: statement.perspective,
      // The loader has already checked that both ids resolve.
      perspectiveLabel: perspectives.get(statement.perspective)!.label,
      perspectiveIndex: perspectives.get(statement.perspective)!.index,
      speaker: statement.speaker.name,
      role: statement.speaker.role,
      kind: statement.kind,
      text: statement.text,
      stance: statement.stance?.value ?? null,
      stanceLabel: statement.stance?.label ?? null,
      claimStances: inClaimOrder(statement.stances),
      attribution: statement.attribution,
      channel: statement.channel,
      source,
      date: statementDateView(statement.date, source.date),
      caveats: statement.caveats,
      anchor: statement.anchor,
    }
  })
}

/** Statements grouped by camp, in the story's perspective order, data order within. */
export function perspectiveViews(story: Story): PerspectiveView[] {
  const rows = statementRows(story)
  return story.perspectives.map((perspective, index) => ({
    ...perspective,
    index,
    rows: rows.filter((row) => row.perspectiveId === perspective.id),
  }))
}

export interface StorySummary {
  id: string
  title: string
  question: string
  summary: string | null
  total: number
  perspectives: { id: string; label: string; index: number; count: number }[]
}

/** A story's heading and its statements counted by camp, as the store counts them. */
export interface StoryCountsView {
  id: string
  title: string
  question: string
  summary: string | null
  perspectives: readonly { id: string; label: string; count: number }[]
}

/** The home page's card for a story: its camps in the story's order, with their counts. */
export function storySummary(story: StoryCountsView): StorySummary {
  return {
    id: story.id,
    title: story.title,
    question: story.question,
    summary: story.summary,
    total: story.perspectives.reduce((sum, p) => sum + p.count, 0),
    perspectives: story.perspectives.map((p, index) => ({ id: p.id, label: p.label, index, count: p.count })),
  }
}
