import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CARD } from '@/components/card'
import { RestoreButton } from '@/components/statement-edit/restore-button'
import { hasRole, requireEditorPage } from '@/lib/auth'
import { ACTION_NAMES, actorName, factChanges, statementChanges, type FieldChange } from '@/lib/edits/diff'
import type { StatementSnapshot } from '@/lib/edits/statement'
import { appStore } from '@/lib/store/app-store'
import { campList } from '@/lib/store/camp-list'
import { peopleOf, storyHistory, type Change } from '@/lib/store/history'
import { deletedStatements } from '@/lib/store/statement-rows'
import { getStory } from '@/lib/store/app-store'
import { utcTime } from '@/lib/view/utc-time'

// The log changes with every edit: read per request, for editors only.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Change log' }

const ENTITY_NAMES: Record<string, string> = {
  statement: 'Statement',
  story: 'Story',
  perspective: 'Camp',
  source: 'Source',
  claim: 'Claim',
  archive: 'Page kept as fetched',
  feed: 'Feed',
  'inbox-item': 'Inbox item',
}

const when = utcTime

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text)

export default async function ChangeLogPage({ params }: PageProps<'/stories/[slug]/history'>) {
  const { slug } = await params
  const user = await requireEditorPage(`/stories/${slug}/history`)
  const story = await getStory(slug)
  if (!story) notFound()
  const { db } = await appStore()
  const [changes, deleted, camps] = await Promise.all([
    storyHistory(db, slug),
    deletedStatements(db, slug),
    campList(db, slug),
  ])
  const campNames = Object.fromEntries(camps.map((c) => [c.id, c.label]))
  // People by their display name; admins also see the email.
  // A kept claim's entry names its creator too (a coder of a blind coding).
  const people = await peopleOf(db, [
    ...changes.map((c) => c.actor),
    ...changes.flatMap((c) =>
      c.entity === 'claim' && c.action === 'keep'
        ? [(c.after as { createdBy?: string }).createdBy ?? '']
        : [],
    ),
  ])
  const admin = hasRole(user.role, 'admin')
  const deletedIds = new Set(deleted.map((s) => s.id))

  const what = (change: Change): string => {
    const snapshot = (change.after ?? change.before) as
      | (Partial<StatementSnapshot> & { label?: string; publisher?: string; title?: string; url?: string })
      | null
    if (change.entity === 'statement' && snapshot?.speaker)
      return `${snapshot.speaker.name}: “${excerpt(snapshot.text ?? '')}”`
    if (change.entity === 'perspective') return snapshot?.label ?? 'a camp'
    if (change.entity === 'source') return `${snapshot?.publisher ?? ''}, ${snapshot?.title ?? ''}`
    if (change.entity === 'claim' && change.action === 'merge') {
      // Named by wording, never by id: two claims merged may even share a wording.
      const [was, now] = [change.before, change.after] as ({ wording?: string } | null)[]
      return `A claim of this story, “${was?.wording ?? ''}”, merged into the claim “${now?.wording ?? ''}”`
    }
    if (change.entity === 'claim' && change.action === 'keep') {
      // A coder's own claim, kept: who created it in their blind review, and who kept it.
      const kept = change.after as { wording?: string; createdBy?: string } | null
      return `A coder’s own claim, “${kept?.wording ?? ''}”, created by ${actorName(kept?.createdBy ?? '', people, admin)}, now a claim of this story`
    }
    if (change.entity === 'claim')
      return `A claim of this story${story.claims[0]?.id === change.entityId ? ' (its main claim, the question)' : ''}`
    if (change.entity === 'feed') return `the feed at ${snapshot?.url ?? 'an address'}`
    if (change.entity === 'archive') return `the page at ${snapshot?.url ?? 'an address'}, kept as fetched`
    return story.title
  }
  const fields = (change: Change): FieldChange[] => {
    if (change.entity === 'statement')
      return statementChanges(
        change.before as StatementSnapshot | null,
        change.after as StatementSnapshot | null,
        campNames,
      )
    if (change.action === 'reorder') {
      const names = (v: unknown) => ({
        camps: ((v as { camps?: string[] })?.camps ?? []).map((id) => campNames[id] ?? id),
      })
      return factChanges(names(change.before), names(change.after))
    }
    if (change.action === 'import' || change.action === 'replace') return []
    if (change.entity === 'claim' && (change.action === 'merge' || change.action === 'keep')) return []
    return factChanges(change.before, change.after)
  }

  return (
    <article className="max-w-5xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/stories/${slug}`} className="text-blue-700 underline dark:text-blue-300">
          Back to the story
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-zinc-900 dark:text-zinc-50">Change log: {story.title}</h1>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        Every change to this story, newest first: who made it, when, and the fields before and after.
      </p>

      <section aria-labelledby="deleted-heading" className={`mt-6 p-4 ${CARD}`}>
        <h2 id="deleted-heading" className="text-lg font-semibold">
          Deleted statements ({deleted.length})
        </h2>
        {deleted.length === 0 ? (
          <p className="mt-1 text-sm">None.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {deleted.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  {s.speaker.name}: “{excerpt(s.text)}”
                </span>
                <RestoreButton
                  storyId={slug}
                  statementId={s.id}
                  label="Restore"
                  description={`${s.speaker.name}: “${excerpt(s.text)}”`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="changes-heading" className="mt-6">
        <h2 id="changes-heading" className="text-lg font-semibold">
          Changes ({changes.length})
        </h2>
        <ol className="mt-2 space-y-3">
          {changes.map((change) => {
            const list = fields(change)
            const description = what(change)
            const purged = change.entity === 'statement' && change.action === 'purge'
            return (
              <li key={change.id} className={`p-3 text-sm ${CARD}`}>
                <p>
                  <strong>
                    {ENTITY_NAMES[change.entity] ?? change.entity} ·{' '}
                    {ACTION_NAMES[change.action] ?? change.action}
                  </strong>{' '}
                  by {actorName(change.actor, people, admin)},{' '}
                  <time dateTime={change.at.toISOString()}>{when(change.at)}</time>
                </p>
                <p className="mt-1 text-zinc-700 dark:text-zinc-200">{description}</p>
                {list.length > 0 ? (
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    {list.map((field) => (
                      <div key={field.field} className="contents">
                        <dt className="font-medium">{field.label}</dt>
                        <dd className="break-words">
                          <del className="text-red-800 dark:text-red-300">{field.before || '(empty)'}</del>{' '}
                          <span aria-hidden="true">→</span>
                          <span className="sr-only">changed to</span>{' '}
                          <ins className="text-emerald-800 no-underline dark:text-emerald-300">
                            {field.after || '(empty)'}
                          </ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {change.entity === 'statement' &&
                change.action === 'delete' &&
                deletedIds.has(change.entityId) ? (
                  <div className="mt-2">
                    <RestoreButton
                      storyId={slug}
                      statementId={change.entityId}
                      label="Restore"
                      description={description}
                    />
                  </div>
                ) : null}
                {purged ? (
                  <div className="mt-2">
                    <RestoreButton
                      storyId={slug}
                      statementId={change.entityId}
                      changeId={change.id}
                      side="before"
                      label="Restore"
                      description={description}
                    />
                  </div>
                ) : null}
              </li>
            )
          })}
        </ol>
      </section>
    </article>
  )
}
