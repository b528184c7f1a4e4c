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
export type SettledField = (typeof SETTLED_FIELDS)[number]

export const SETTLED_LABELS: Record<SettledField, string> = {
  camp: 'Camp',
  kind: 'Kind',
  channel: 'Channel',
  speaker: 'Speaker',
  stance: 'Stance on the question',
}

type Draft = Omit<ReviewDraft, 'version'>

/** A field's value on a draft, as compared (null when the coder gave none). */
export function fieldValue(draft: Draft, field: SettledField): string | null {
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

/** The change that gives `field` the value `from` has: taking that coder's side. */
export function takeSide(from: Draft, field: SettledField): DraftChanges {
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

export const differingFields = (a: Draft, b: Draft) =>
  SETTLED_FIELDS.filter((field) => fieldValue(a, field) !== fieldValue(b, field))

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
    // The first coder's span, and their attribution, caveats and date: only the five coded fields are compared.
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
