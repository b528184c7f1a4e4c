import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { PrivateClaimsSection } from '@/components/coding/private-claims-section'
import { SettleButtons } from '@/components/coding/settle-buttons'
import { requireEditorPage } from '@/lib/auth'
import { NonResponseComparison } from '@/components/coding/non-response-comparison'
import { isPrivateClaim, nowOn, resolveClaim } from '@/lib/coding/private-claims'
import {
  claimField,
  claimOf,
  comparedFields,
  differingFields,
  fieldValue,
  openFields,
  pairCodings,
  pairDraftId,
  SETTLED_LABELS,
  type SettledField,
} from '@/lib/coding/settlement'
import { compareNonResponses } from '@/lib/coding/settled-non-responses'
import type { ReviewDraft } from '@/lib/import/review-draft'
import { appStore, getStory } from '@/lib/store/app-store'
import { finishedCodings, settledFields } from '@/lib/store/codings'
import { peopleOf } from '@/lib/store/history'
import { claimChoices, sharedClaimChoices } from '@/lib/store/claim-reads'
import { privateClaimsOf } from '@/lib/store/private-claims'
import { getReview, reviewNonResponsesOf } from '@/lib/store/reviews'

export const metadata: Metadata = { title: 'Settle two codings' }
export const dynamic = 'force-dynamic'

const LINK = 'text-blue-700 underline dark:text-blue-300'

/**
 * The two blind codings of an article side by side, once both coders are done: each pair
 * of statements with its differences marked and settled by an editor, then the statements
 * one coder alone found. The settlement is what "Save to story" saves.
 */
export default async function CodingPage({ params }: PageProps<'/stories/[slug]/codings/[codingId]'>) {
  const { slug, codingId } = await params
  await requireEditorPage(`/stories/${slug}/codings/${codingId}`)
  const story = await getStory(slug)
  if (!story) notFound()
  const { db } = await appStore()
  // Finished codings only: before both coders are done there is nothing here to show.
  const [coding] = await finishedCodings(db, slug, codingId)
  if (!coding) notFound()
  const settlement = coding.settlementId ? await getReview(db, coding.settlementId) : undefined
  const [people, settledSoFar, firstSilent, secondSilent, keptSilent, privateClaims, storyClaims, shared] =
    await Promise.all([
      peopleOf(db, [coding.a.coder, coding.b.coder]),
      settlement ? settledFields(db, story.id, settlement.id) : new Map<string, SettledField[]>(),
      reviewNonResponsesOf(db, coding.a.reviewId, settlement?.article ?? ''),
      reviewNonResponsesOf(db, coding.b.reviewId, settlement?.article ?? ''),
      settlement ? reviewNonResponsesOf(db, settlement.id, settlement.article) : [],
      privateClaimsOf(db, [coding.a.reviewId, coding.b.reviewId]),
      claimChoices(db, slug),
      sharedClaimChoices(db, slug),
    ])
  const name = (actor: string) => people.get(actor)?.name ?? actor.replace(/^user:/, '')
  const coderOf = (reviewId: string) =>
    reviewId === coding.a.reviewId
      ? `first coder, ${name(coding.a.coder)}`
      : `second coder, ${name(coding.b.coder)}`
  const camps = new Map(story.perspectives.map((p) => [p.id, p.label]))
  const claimOrder = story.claims.map((c) => c.id)
  // A coder's own claims are named too: the settlement shows them to the editor settling them.
  const wordings = new Map([...privateClaims, ...story.claims].map((c) => [c.id, c.wording]))
  const label = (field: SettledField) => {
    const claim = claimOf(field)
    return claim === null
      ? SETTLED_LABELS[field as keyof typeof SETTLED_LABELS]
      : `Stance on: ${wordings.get(claim) ?? claim}`
  }
  /** A value as shown: a stance with its label; a claim not addressed said so. */
  const shown = (draft: Omit<ReviewDraft, 'version'>, field: SettledField) => {
    const value = fieldValue(draft, field)
    const claim = claimOf(field)
    if (value === null) return field === 'stance' || claim !== null ? 'does not address' : 'none'
    if (field === 'camp') return camps.get(value) ?? value
    if (field === 'stance') return `${value}: ${draft.stance!.label}`
    if (claim !== null) return `${value}: ${draft.stances.find((s) => s.claim === claim)!.label}`
    return value
  }
  const privateById = new Map(privateClaims.map((c) => [c.id, c]))
  /**
   * The settlement's value: "not settled" while the difference is open. The stance on a
   * coder's own claim settled already is read where it went (the claim it was kept as or
   * merged into, named), so the column reads the same whichever came first, the take or
   * the claim's settlement.
   */
  const shownSettled = (
    draft: Omit<ReviewDraft, 'version'> | undefined,
    field: SettledField,
    open: boolean,
  ) => {
    if (!draft) return 'removed'
    if (open) return 'not settled'
    const claim = claimOf(field)
    if (claim === null || !isPrivateClaim(claim)) return shown(draft, field)
    if ('dropped' in resolveClaim(claim, privateById)) return 'dropped with the coder’s claim'
    const on = nowOn(claim, privateById)
    if (on === claim) return shown(draft, field)
    const where = isPrivateClaim(on) ? 'the coder’s own claim' : 'the story’s claim'
    return `${shown(draft, claimField(on))}, on ${where} “${wordings.get(on) ?? on}”`
  }
  const pairing = pairCodings(coding.a.drafts, coding.b.drafts)
  const settled = new Map(settlement?.drafts.map((d) => [d.id, d]))
  const open = settlement?.status === 'open'
  const differences = pairing.pairs.reduce((sum, p) => sum + differingFields(p.a, p.b).length, 0)
  // A coder's non-response on their own claim is compared where the settlement re-pointed it.
  const settledOn = <N extends { claim: string }>(n: N): N => ({ ...n, claim: nowOn(n.claim, privateById) })
  const silent = compareNonResponses(firstSilent.map(settledOn), secondSilent.map(settledOn), keptSilent)
  return (
    <div className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-4 text-sm">
        <Link href={`/stories/${slug}`} className={LINK}>
          {story.title}
        </Link>
        <Link href={`/stories/${slug}/agreement`} className={LINK}>
          Agreement between coders
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Settle two codings</h1>
      <p className="mt-1">
        {coding.title === 'unknown' ? 'Untitled article' : coding.title}, coded blind by{' '}
        {name(coding.a.coder)} (first coder) and {name(coding.b.coder)} (second coder): {pairing.pairs.length}{' '}
        statement
        {pairing.pairs.length === 1 ? '' : 's'} found by both, with {differences} difference
        {differences === 1 ? '' : 's'}; {pairing.onlyA.length + pairing.onlyB.length} found by one coder only.
      </p>
      {settlement && (
        <p className="mt-2">
          {open ? (
            <>
              Settle each difference by taking one side here, or edit any statement in{' '}
              <Link href={`/stories/${slug}/reviews/${settlement.id}`} className={LINK}>
                the settlement
              </Link>
              , where “Save to story” saves the settled statements. Both codings stay as they were.
            </>
          ) : (
            'The settlement is saved to the story. Both codings stay as they were.'
          )}
        </p>
      )}
      <h2 className="mt-6 text-lg font-semibold">Statements found by both coders</h2>
      <ol className="mt-2 space-y-4">
        {pairing.pairs.map((pair, i) => {
          const draft = settled.get(pairDraftId(i + 1))
          const fields = comparedFields(pair.a, pair.b, claimOrder)
          const differs = new Set(differingFields(pair.a, pair.b))
          // A reviewed settlement draft has nothing open (an editor marked it so, or settled every difference).
          const unsettled = new Set(
            draft?.reviewed ? [] : openFields(pair.a, pair.b, settledSoFar.get(pairDraftId(i + 1)) ?? []),
          )
          return (
            <li key={i} id={`pair-${i + 1}`} className={`p-4 ${CARD}`}>
              <h3 className="font-medium">
                Pair {i + 1}: “{pair.a.text}”
              </h3>
              {pair.b.text !== pair.a.text && (
                <p className="text-sm">Second coder’s words: “{pair.b.text}”</p>
              )}
              <div>
                <table className="mt-2 w-full border-collapse text-sm [overflow-wrap:anywhere]">
                  <caption className="sr-only">Pair {i + 1}, field by field</caption>
                  <thead>
                    <tr className="border-b border-zinc-400 text-left">
                      <th scope="col" className="py-1 pr-3">
                        Field
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        First coder
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Second coder
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Settled
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((field) => (
                      <tr
                        key={field}
                        className={`border-b border-zinc-200 dark:border-zinc-700 ${differs.has(field) ? 'bg-amber-50 dark:bg-amber-950' : ''}`}
                      >
                        <th scope="row" className="py-1 pr-3 text-left font-normal">
                          {label(field)}
                          {differs.has(field) && <span className="ml-1 font-semibold">(differs)</span>}
                        </th>
                        <td className="py-1 pr-3">{shown(pair.a, field)}</td>
                        <td className="py-1 pr-3">{shown(pair.b, field)}</td>
                        <td className="py-1 pr-3">
                          <span className="block">{shownSettled(draft, field, unsettled.has(field))}</span>
                          {differs.has(field) && draft && open && (
                            <SettleButtons
                              reviewId={settlement!.id}
                              draftId={draft.id}
                              version={draft.version}
                              field={field}
                              label={`Pair ${i + 1}, ${label(field)}`}
                              first={shown(pair.a, field)}
                              second={shown(pair.b, field)}
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </li>
          )
        })}
      </ol>
      <h2 className="mt-6 text-lg font-semibold">Statements found by one coder only</h2>
      {pairing.onlyA.length + pairing.onlyB.length === 0 ? (
        <p className="mt-2">None: the coders found the same statements.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {[
            ...pairing.onlyA.map((o) => ['first', o.statement] as const),
            ...pairing.onlyB.map((o) => ['second', o.statement] as const),
          ].map(([side, s]) => (
            <li key={`${side}-${s.id}`}>
              Found by the {side} coder only: {shown(s, 'speaker')}, “{s.text}” ({shown(s, 'camp')};{' '}
              {shown(s, 'stance')}). Keep it by marking it reviewed in the settlement, or remove it there.
            </li>
          ))}
        </ul>
      )}
      <NonResponseComparison
        compared={silent}
        settlementId={open ? settlement!.id : null}
        campLabel={(id) => camps.get(id) ?? id}
        claimWording={(id) => wordings.get(id) ?? id}
      />
      <PrivateClaimsSection
        claims={privateClaims}
        coderOf={coderOf}
        settlementId={open ? settlement!.id : null}
        storyClaims={storyClaims}
        shared={shared}
      />
    </div>
  )
}
