import { pairBySpans, type SpanPairing } from '../agreement/spans'
import type { ReviewDraft } from '../import/review-draft'
import type { DraftChanges } from '../commands/drafts/schema'

/**
 * The settlement of an article coded twice: one draft per pair of statements the coders
 * both found, holding what they agreed on and nothing where they differ, until an editor
 * takes a side or edits; and each statement one coder alone found, for the editor to
 * keep or remove. Its drafts are what "Save to story" saves.
 */

export const SETTLED_FIELDS = ['camp', 'kind', 'channel', 'speaker', 'stance'] as const
/** The stance on one of the story's further claims: `claim:` and the claim's id. */
export type ClaimField = `claim:${string}`
export type SettledField = (typeof SETTLED_FIELDS)[number] | ClaimField

export const claimField = (claimId: string): ClaimField => `claim:${claimId}`
const isClaimField = (field: SettledField): field is ClaimField => field.startsWith('claim:')
/** The claim a field is the stance on, or null for the five plain fields. */
export const claimOf = (field: SettledField): string | null =>
  isClaimField(field) ? field.slice('claim:'.length) : null

export const SETTLED_LABELS: Record<(typeof SETTLED_FIELDS)[number], string> = {
  camp: 'Camp',
  kind: 'Kind',
  channel: 'Channel',
  speaker: 'Speaker',
  stance: 'Stance on the question',
}

type Draft = Omit<ReviewDraft, 'version'>

/** A field's value on a draft, as compared (null when the coder gave none, or the claim is not addressed). */
export function fieldValue(draft: Draft, field: SettledField): string | null {
  if (isClaimField(field)) return draft.stances.find((s) => s.claim === claimOf(field))?.value ?? null
  switch (field) {
    case 'camp':
      return draft.perspective
    case 'kind':
      return draft.kind
    case 'channel':
      return draft.channel
    case 'speaker':
      return draft.speaker.name.trim() === '' ? null : draft.speaker.name
    case 'stance':
      return draft.stance?.value ?? null
  }
}

/**
 * The change that gives `field` of `onto` (the settlement's draft) the value `from` has:
 * taking that coder's side. A claim's stance comes with its label; a claim that coder did
 * not address is left off the draft.
 */
export function takeSide(from: Draft, field: SettledField, onto: Pick<Draft, 'stances'>): DraftChanges {
  if (isClaimField(field)) {
    const claim = claimOf(field)!
    const taken = from.stances.find((s) => s.claim === claim)
    return {
      stances: [
        ...onto.stances.filter((s) => s.claim !== claim),
        ...(taken ? [{ claim, value: taken.value, label: taken.label }] : []),
      ],
    }
  }
  switch (field) {
    case 'camp':
      return { perspective: from.perspective }
    case 'kind':
      return { kind: from.kind }
    case 'channel':
      return { channel: from.channel }
    case 'speaker':
      return { speaker: from.speaker }
    case 'stance':
      return { stance: from.stance }
  }
}

/** The field left open on a settlement draft, until an editor settles it. */
function unsettled(draft: Draft, field: SettledField): Draft {
  if (isClaimField(field))
    return { ...draft, stances: draft.stances.filter((s) => s.claim !== claimOf(field)) }
  switch (field) {
    case 'camp':
      return { ...draft, perspective: null }
    case 'kind':
      return { ...draft, kind: null }
    case 'channel':
      return { ...draft, channel: null }
    case 'speaker':
      return { ...draft, speaker: { name: '', role: null } }
    case 'stance':
      return { ...draft, stance: null }
  }
}

/**
 * The fields compared on a pair: the five, then the stance on each further claim either
 * coder addressed, in `claimOrder` (the story's claims) where it names them.
 */
export function comparedFields(a: Draft, b: Draft, claimOrder: readonly string[] = []): SettledField[] {
  const claims = [...new Set([...a.stances, ...b.stances].map((s) => s.claim))]
  const place = (id: string) => {
    const at = claimOrder.indexOf(id)
    return at < 0 ? claimOrder.length : at
  }
  claims.sort((x, y) => place(x) - place(y))
  return [...SETTLED_FIELDS, ...claims.map(claimField)]
}

export const differingFields = (a: Draft, b: Draft, claimOrder: readonly string[] = []) =>
  comparedFields(a, b, claimOrder).filter((field) => fieldValue(a, field) !== fieldValue(b, field))

/**
 * The differences of a pair still open on its settlement draft: every differing field
 * but those an editor has settled (`settled`: read from the draft's "settle" entries).
 */
export const openFields = (a: Draft, b: Draft, settled: Iterable<SettledField>) => {
  const done = new Set(settled)
  return differingFields(a, b).filter((field) => !done.has(field))
}

/** The settlement draft of the nth pair (from 1), and of a statement one coder alone found. */
export const pairDraftId = (n: number) => `p${n}`
export const onlyDraftId = (side: 'first' | 'second', n: number) => `${side}${n}`

/** The two codings paired, as the settlement and its page see them. */
export const pairCodings = <D extends Draft>(a: readonly D[], b: readonly D[]): SpanPairing<D> =>
  pairBySpans(a, b)

/** The settlement's first drafts, from two finished codings of one article. */
export function settlementDrafts(a: readonly Draft[], b: readonly Draft[]): Draft[] {
  const pairing = pairCodings(a, b)
  const drafts: Draft[] = []
  pairing.pairs.forEach((pair, i) => {
    const differs = differingFields(pair.a, pair.b)
    // The first coder's span, and their attribution, caveats and date: only the five coded
    // fields and the stances on further claims are compared.
    let draft: Draft = { ...pair.a, id: pairDraftId(i + 1), reviewed: differs.length === 0 }
    for (const field of differs) draft = unsettled(draft, field)
    drafts.push(draft)
  })
  for (const [side, only] of [
    ['first', pairing.onlyA],
    ['second', pairing.onlyB],
  ] as const)
    only.forEach(({ statement }, i) =>
      // Found by one coder only: kept only if an editor marks it reviewed.
      drafts.push({ ...statement, id: onlyDraftId(side, i + 1), reviewed: false }),
    )
  return drafts.map((d, position) => ({ ...d, position }))
}
