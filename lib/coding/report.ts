import {
  agreementFields,
  measureAgreement,
  pairDifferences,
  stanceFieldId,
  type AgreementField,
  type CodedStatement,
} from '../agreement/fields'
import type { SpanAgreement, SpanPairing } from '../agreement/spans'
import type { ReviewDraft } from '../import/review-draft'
import type { Stance } from '../story/codebook'
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

/** A claim whose stances are measured: its id and its wording, as the report names it. */
export interface ReportClaim {
  id: string
  wording: string
}

export interface ReportOptions {
  /**
   * The story's claims, its main claim (the question, on which a draft's `stance` is) first,
   * then the further claims in the story's order.
   */
  claims: readonly ReportClaim[]
  /** The wording of a claim a coder attached that is not among the story's; its id otherwise. */
  otherClaimWording?: (id: string) => string | undefined
  /** The canonical key of a speaker's name, merges applied. */
  speakerKey: (name: string) => string
  /** A camp's label, by id. */
  campLabel: (id: string) => string
}

const FIELD_LABELS: Record<string, string> = {
  camp: 'Camp',
  kind: 'Kind',
  channel: 'Channel',
  speaker: 'Speaker',
}

/** A stance field's row: the claim named by its wording. */
export const stanceLabel = (wording: string) => `Stance on: ${wording}`

/** A field as the report and the export name it. */
export interface ReportField {
  id: string
  label: string
  /** The claim of a stance field; null for the others. */
  claim: ReportClaim | null
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
  /** Each coder's value by field id (the report's `fields`); empty for a coder who did not find it. */
  a: Record<string, string>
  b: Record<string, string>
}

export interface AgreementReport {
  /** The fields measured, in order: camp, kind, channel, speaker, then the stance on each claim. */
  fields: ReportField[]
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

/** A draft as agreement sees it: its stance on the question and on each further claim, by claim id. */
export function codedDraft(draft: ReviewDraft, questionClaimId: string): CodedDraft {
  const stances: Record<string, Stance | null> = { [questionClaimId]: draft.stance?.value ?? null }
  for (const s of draft.stances) if (s.claim !== questionClaimId) stances[s.claim] = s.value
  return {
    start: draft.start,
    end: draft.end,
    camp: draft.perspective,
    kind: draft.kind,
    channel: draft.channel,
    speaker: draft.speaker.name,
    stances,
    draft,
  }
}

/**
 * The claims measured: the story's, main first, then any other claim a coder attached,
 * in the order the codings first name it (a claim made in a blind review, say).
 */
export function measuredClaims(codings: readonly FinishedCoding[], options: ReportOptions): ReportClaim[] {
  const claims = [...options.claims]
  const known = new Set(claims.map((c) => c.id))
  for (const coding of codings)
    for (const draft of [...coding.a.drafts, ...coding.b.drafts])
      for (const { claim } of draft.stances)
        if (!known.has(claim)) {
          known.add(claim)
          claims.push({ id: claim, wording: options.otherClaimWording?.(claim) ?? claim })
        }
  return claims
}

const title = (coding: FinishedCoding) => (coding.title === 'unknown' ? 'Untitled article' : coding.title)

export function agreementReport(codings: readonly FinishedCoding[], options: ReportOptions): AgreementReport {
  const claims = measuredClaims(codings, options)
  const questionId = claims[0]?.id ?? 'question'
  const wordings = new Map(claims.map((c) => [c.id, c.wording]))
  const fieldOptions = { claimIds: claims.map((c) => c.id), speakerKey: options.speakerKey }
  const fields = agreementFields(fieldOptions)
  const labelOf = (field: AgreementField) =>
    field.claimId === null ? FIELD_LABELS[field.name]! : stanceLabel(wordings.get(field.claimId)!)
  const sides = codings.map((c) => ({
    coding: c,
    a: c.a.drafts.map((d) => codedDraft(d, questionId)),
    b: c.b.drafts.map((d) => codedDraft(d, questionId)),
  }))
  const figures = (list: typeof sides): Figures => {
    const measured = measureAgreement(list, fieldOptions)
    return {
      spans: measured.spans,
      fields: measured.fields.map(({ field, result }) => ({
        id: field.id,
        label: labelOf(field),
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
  const values = (s: CodedDraft) => Object.fromEntries(fields.map((f) => [f.id, shown(f.id, f.valueOf(s))]))
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
          field: labelOf(d.field),
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
    fields: fields.map((f) => ({
      id: f.id,
      label: labelOf(f),
      claim: f.claimId === null ? null : { id: f.claimId, wording: wordings.get(f.claimId)! },
    })),
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

/** The figure of the stance on the story's question (its first claim), as the story page quotes it. */
export const questionStance = (report: AgreementReport, questionClaimId: string) =>
  report.overall.fields.find((f) => f.id === stanceFieldId(questionClaimId))
