import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { PrivateClaimsSection } from '@/components/coding/private-claims-section'
import { SettleButtons } from '@/components/coding/settle-buttons'
import { requireEditorPage } from '@/lib/auth'
import {
  differingFields,
  fieldValue,
  pairCodings,
  pairDraftId,
  SETTLED_FIELDS,
  SETTLED_LABELS,
  type SettledField,
} from '@/lib/coding/settlement'
import type { ReviewDraft } from '@/lib/import/review-draft'
import { appStore, getStory } from '@/lib/store/app-store'
import { finishedCodings } from '@/lib/store/codings'
import { peopleOf } from '@/lib/store/history'
import { claimChoices, sharedClaimChoices } from '@/lib/store/claim-reads'
import { privateClaimsOf } from '@/lib/store/private-claims'
import { getReview } from '@/lib/store/reviews'

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
  const [people, privateClaims, storyClaims, shared] = await Promise.all([
    peopleOf(db, [coding.a.coder, coding.b.coder]),
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
  const shown = (draft: Omit<ReviewDraft, 'version'> | undefined, field: SettledField) => {
    if (!draft) return 'removed'
    const value = fieldValue(draft, field)
    if (value === null) return 'not settled'
    if (field === 'camp') return camps.get(value) ?? value
    if (field === 'stance') return `${value}: ${draft.stance!.label}`
    return value
  }
  const pairing = pairCodings(coding.a.drafts, coding.b.drafts)
  const settled = new Map(settlement?.drafts.map((d) => [d.id, d]))
  const open = settlement?.status === 'open'
  const differences = pairing.pairs.reduce((sum, p) => sum + differingFields(p.a, p.b).length, 0)
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
          const differs = new Set(differingFields(pair.a, pair.b))
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
                    {SETTLED_FIELDS.map((field) => (
                      <tr
                        key={field}
                        className={`border-b border-zinc-200 dark:border-zinc-700 ${differs.has(field) ? 'bg-amber-50 dark:bg-amber-950' : ''}`}
                      >
                        <th scope="row" className="py-1 pr-3 text-left font-normal">
                          {SETTLED_LABELS[field]}
                          {differs.has(field) && <span className="ml-1 font-semibold">(differs)</span>}
                        </th>
                        <td className="py-1 pr-3">{shown(pair.a, field)}</td>
                        <td className="py-1 pr-3">{shown(pair.b, field)}</td>
                        <td className="py-1 pr-3">
                          <span className="block">{shown(draft, field)}</span>
                          {differs.has(field) && draft && open && (
                            <SettleButtons
                              reviewId={settlement!.id}
                              draftId={draft.id}
                              version={draft.version}
                              field={field}
                              label={`Pair ${i + 1}, ${SETTLED_LABELS[field]}`}
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
