import { measureAgreement, pairDifferences, agreementFields, type CodedStatement } from '../agreement/fields'
import type { SpanAgreement, SpanPairing } from '../agreement/spans'
import type { ReviewDraft } from '../import/review-draft'
import type { FinishedCoding } from './types'

/**
 * The agreement report of a story (/stories/<slug>/agreement): the alphas of
 * lib/agreement over its articles coded twice, pooled, per article and per coder pair,
 * with the disagreements and the units for export. Built from finished codings only.
 */

/** A coder's statement, with the draft it came from. */
export interface CodedDraft extends CodedStatement {
  draft: ReviewDraft
}

export interface ReportOptions {
  /** The story's question: the claim a draft's stance is on. */
  questionClaimId: string
  /** The canonical key of a speaker's name, merges applied. */
  speakerKey: (name: string) => string
  /** A camp's label, by id. */
  campLabel: (id: string) => string
}

export const STANCE_LABEL = 'Stance on the question'

const FIELD_LABELS: Record<string, string> = {
  camp: 'Camp',
  kind: 'Kind',
  channel: 'Channel',
  speaker: 'Speaker',
  stance: STANCE_LABEL,
}

export interface FieldFigure {
  id: string
  label: string
  /** α, or null when undefined; `reason` then says why. */
  alpha: number | null
  reason: string | null
  /** Units: the pairs of statements measured; pairable values among them. */
  units: number
  pairableValues: number
}

export interface Figures {
  spans: SpanAgreement
  fields: FieldFigure[]
}

export interface Disagreement {
  codingId: string
  article: string
  /** The pair's place in the article's comparison (its anchor on the settlement page). */
  pair: number
  words: string
  field: string
  a: string
  b: string
}

/** One unit for the export: a pair, or a statement one coder found. */
export interface UnitRow {
  codingId: string
  article: string
  coders: [string, string]
  foundBy: 'both' | 'first coder only' | 'second coder only'
  start: number
  end: number
  words: string
  overlap: number | null
  a: Record<string, string>
  b: Record<string, string>
}

export interface AgreementReport {
  /** Statement pairs measured, over every article. */
  pairs: number
  overall: Figures
  articles: { codingId: string; title: string; coders: [string, string]; figures: Figures }[]
  coderPairs: { coders: [string, string]; articles: number; figures: Figures }[]
  disagreements: Disagreement[]
  units: UnitRow[]
  /** The story's source each article was saved as, by coding, once it was. */
  sources: Record<string, string | null>
}

export function codedDraft(draft: ReviewDraft, questionClaimId: string): CodedDraft {
  return {
    start: draft.start,
    end: draft.end,
    camp: draft.perspective,
    kind: draft.kind,
    channel: draft.channel,
    speaker: draft.speaker.name,
    stances: { [questionClaimId]: draft.stance?.value ?? null },
    draft,
  }
}

const title = (coding: FinishedCoding) => (coding.title === 'unknown' ? 'Untitled article' : coding.title)

export function agreementReport(codings: readonly FinishedCoding[], options: ReportOptions): AgreementReport {
  const fieldOptions = { claimIds: [options.questionClaimId], speakerKey: options.speakerKey }
  const fields = agreementFields(fieldOptions)
  const sides = codings.map((c) => ({
    coding: c,
    a: c.a.drafts.map((d) => codedDraft(d, options.questionClaimId)),
    b: c.b.drafts.map((d) => codedDraft(d, options.questionClaimId)),
  }))
  const figures = (list: typeof sides): Figures => {
    const measured = measureAgreement(list, fieldOptions)
    return {
      spans: measured.spans,
      fields: measured.fields.map(({ field, result }) => ({
        id: field.id,
        label: FIELD_LABELS[field.name]!,
        alpha: result.alpha,
        reason: result.undefinedReason?.message ?? null,
        units: result.units,
        pairableValues: result.pairableValues,
      })),
    }
  }
  const overall = figures(sides)
  const byPair = new Map<string, typeof sides>()
  for (const side of sides) {
    const key = JSON.stringify([side.coding.a.coder, side.coding.b.coder].sort())
    byPair.set(key, [...(byPair.get(key) ?? []), side])
  }
  const shown = (fieldId: string, value: string | null) =>
    value === null ? 'none' : fieldId === 'camp' ? options.campLabel(value) : value
  const disagreements: Disagreement[] = []
  const units: UnitRow[] = []
  const values = (s: CodedDraft) => Object.fromEntries(fields.map((f) => [f.name, shown(f.id, f.valueOf(s))]))
  for (const side of sides) {
    const pairing: SpanPairing<CodedDraft> = measureAgreement([side], fieldOptions).pairings[0]!
    const article = title(side.coding)
    const coders: [string, string] = [side.coding.a.coder, side.coding.b.coder]
    pairing.pairs.forEach((pair, n) => {
      for (const d of pairDifferences(pair, fields))
        disagreements.push({
          codingId: side.coding.codingId,
          article,
          pair: n + 1,
          words: pair.a.draft.text,
          field: FIELD_LABELS[d.field.name]!,
          a: shown(d.field.id, d.a),
          b: shown(d.field.id, d.b),
        })
      units.push({
        codingId: side.coding.codingId,
        article,
        coders,
        foundBy: 'both',
        start: pair.a.start,
        end: pair.a.end,
        words: pair.a.draft.text,
        overlap: pair.overlap,
        a: values(pair.a),
        b: values(pair.b),
      })
    })
    for (const [only, foundBy] of [
      [pairing.onlyA, 'first coder only'],
      [pairing.onlyB, 'second coder only'],
    ] as const)
      for (const { statement } of only)
        units.push({
          codingId: side.coding.codingId,
          article,
          coders,
          foundBy,
          start: statement.start,
          end: statement.end,
          words: statement.draft.text,
          overlap: null,
          a: foundBy === 'first coder only' ? values(statement) : {},
          b: foundBy === 'second coder only' ? values(statement) : {},
        })
  }
  return {
    pairs: overall.spans.foundByBoth,
    overall,
    articles: sides.map((side) => ({
      codingId: side.coding.codingId,
      title: title(side.coding),
      coders: [side.coding.a.coder, side.coding.b.coder],
      figures: figures([side]),
    })),
    coderPairs: [...byPair.entries()].map(([key, list]) => ({
      coders: JSON.parse(key) as [string, string],
      articles: list.length,
      figures: figures(list),
    })),
    disagreements,
    units,
    sources: Object.fromEntries(codings.map((c) => [c.codingId, c.sourceId])),
  }
}

/** Alpha as the report prints it: three decimals, or "undefined". */
export const alphaText = (alpha: number | null) => (alpha === null ? 'undefined' : alpha.toFixed(3))

export const UNIT_FIELDS = ['camp', 'kind', 'channel', 'speaker', 'stance'] as const
