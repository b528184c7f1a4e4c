import type { Channel, Kind, Stance } from '../story/codebook'
import { krippendorffAlpha, type AlphaResult } from './alpha'
import { pairBySpans, spanAgreement, type Span, type SpanAgreement, type SpanPairing } from './spans'

/**
 * Agreement between two codings of one article, field by field, over the statements both
 * coders found (pairBySpans). Every field is nominal. A field a coder left empty is a
 * missing value: that pair is not pairable for the field, and is counted as such.
 */

/** One coder's statement, as far as agreement is concerned. */
export interface CodedStatement extends Span {
  /** The perspective (camp) id. */
  camp: string | null
  kind: Kind | null
  channel: Channel | null
  /** The speaker as coded; compared through the caller's speakerKey (merges applied). */
  speaker: string | null
  /** The stance on each claim the statement addresses, by claim id. A claim left out (or null) is not addressed. */
  stances: Readonly<Record<string, Stance | null | undefined>>
}

/** A claim the statement does not address: a value of its own, never `neutral`. */
export const DOES_NOT_ADDRESS = 'does not address'
export type ClaimStance = Stance | typeof DOES_NOT_ADDRESS

export type FieldName = 'camp' | 'kind' | 'channel' | 'speaker' | 'stance'

export interface AgreementField {
  /** 'camp', 'kind', 'channel', 'speaker', or 'stance:' and the claim id. */
  id: string
  name: FieldName
  /** The claim, for a stance field; null otherwise. */
  claimId: string | null
  /** The value a statement gives the field; null when the coder gave none. */
  valueOf: (statement: CodedStatement) => string | null
}

export interface FieldOptions {
  /** The claims whose stances are measured, in the order the report shows them. */
  claimIds: readonly string[]
  /** The canonical key of a speaker's name, merges applied (e.g. canonicalName with the aliases). */
  speakerKey: (speaker: string) => string
}

/** The id of the field that measures the stance on a claim. */
export const stanceFieldId = (claimId: string) => `stance:${claimId}`

const filled = (value: string | null) => (value === null || value.trim() === '' ? null : value)

/** The fields measured: camp, kind, channel, speaker, then the stance on each claim. */
export function agreementFields({ claimIds, speakerKey }: FieldOptions): AgreementField[] {
  const plain = (name: 'camp' | 'kind' | 'channel'): AgreementField => ({
    id: name,
    name,
    claimId: null,
    valueOf: (statement) => filled(statement[name]),
  })
  return [
    plain('camp'),
    plain('kind'),
    plain('channel'),
    {
      id: 'speaker',
      name: 'speaker',
      claimId: null,
      valueOf: (statement) => {
        const speaker = filled(statement.speaker)
        return speaker === null ? null : speakerKey(speaker)
      },
    },
    ...claimIds.map((claimId): AgreementField => ({
      id: stanceFieldId(claimId),
      name: 'stance',
      claimId,
      // Own keys only: a claim id such as "constructor" must not read the prototype.
      valueOf: (statement): ClaimStance =>
        (Object.hasOwn(statement.stances, claimId) ? statement.stances[claimId] : null) ?? DOES_NOT_ADDRESS,
    })),
  ]
}

/** Two coders' statements taken as one unit. */
export interface StatementPair {
  a: CodedStatement
  b: CodedStatement
}

export interface FieldAgreement {
  field: AgreementField
  /** Nominal alpha with its counts; `result.units` is the number of pairs. */
  result: AlphaResult<string>
}

/** Alpha for each field over the pairs given (from one article or pooled from many). */
export function fieldAgreement(
  pairs: readonly StatementPair[],
  fields: readonly AgreementField[],
): FieldAgreement[] {
  return fields.map((field) => ({
    field,
    result: krippendorffAlpha(
      pairs.map(({ a, b }) => [field.valueOf(a), field.valueOf(b)]),
      'nominal',
    ),
  }))
}

export interface FieldDifference {
  field: AgreementField
  a: string | null
  b: string | null
}

/** The fields on which the two statements of a pair differ (a value against none counts). */
export function pairDifferences(pair: StatementPair, fields: readonly AgreementField[]): FieldDifference[] {
  return fields.flatMap((field) => {
    const a = field.valueOf(pair.a)
    const b = field.valueOf(pair.b)
    return a === b ? [] : [{ field, a, b }]
  })
}

/** One article coded twice: coder A's statements and coder B's, over one source text. */
export interface DoubleCoding<S extends CodedStatement = CodedStatement> {
  a: readonly S[]
  b: readonly S[]
}

export interface Agreement<S extends CodedStatement> {
  /** Each article's pairing, in the order given. */
  pairings: SpanPairing<S>[]
  spans: SpanAgreement
  fields: FieldAgreement[]
}

/**
 * Everything measured over one or more double-coded articles, pooled: span agreement and
 * each field's alpha. Call it per article, per coder pair, or over a whole story.
 */
export function measureAgreement<S extends CodedStatement>(
  codings: readonly DoubleCoding<S>[],
  options: FieldOptions,
): Agreement<S> {
  const pairings = codings.map(({ a, b }) => pairBySpans(a, b))
  return {
    pairings,
    spans: spanAgreement(pairings),
    fields: fieldAgreement(
      pairings.flatMap((pairing) => pairing.pairs),
      agreementFields(options),
    ),
  }
}
