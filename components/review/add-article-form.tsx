'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { ArticleInput } from '../import/article-input'
import { useExtractor } from '../import/use-extractor'
import { ArticleAddress } from './article-address'
import { call } from '@/lib/commands/client'
import * as articles from '@/lib/commands/articles/schema'
import * as reviews from '@/lib/commands/reviews/schema'
import type { ArticleFields } from '@/lib/ingest/article-fields'
import { UNKNOWN } from '@/lib/story/codebook'

const FIELDS = [
  { key: 'publisher', label: 'Publisher', hint: 'e.g. Dawn' },
  { key: 'title', label: 'Title', hint: 'the headline' },
  { key: 'date', label: 'Date', hint: 'as YYYY-MM-DD, e.g. 2023-12-16' },
  { key: 'url', label: 'Address (URL)', hint: 'starting with https://' },
] as const
type Key = (typeof FIELDS)[number]['key']
type Inferred = { value: string; reason: string }

/** A file's bytes as base64, for the JSON body (the reader runs on the server). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error(`${file.name}: could not be read`))
    reader.readAsDataURL(file)
  })
}

/**
 * Step one of adding an article: its text and source details. The extractor drafts the
 * statements here in a worker; the review that holds them is created in the store, and
 * the editor continues at its own address.
 */
export function AddArticleForm({
  storyId,
  editors,
}: {
  storyId: string
  /** The editors who may be named as coders of an article coded twice. */
  editors: { email: string; name: string }[]
}) {
  const router = useRouter()
  const extract = useExtractor()
  const [text, setText] = useState('')
  const [inputError, setInputError] = useState<string | null>(null)
  const [source, setSource] = useState<Record<Key, string>>({ publisher: '', title: '', date: '', url: '' })
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ text: string; reviewId?: string } | null>(null)
  // What the page or file said beyond the form's fields: the byline, and why a date is a guess.
  const [byline, setByline] = useState<string | null>(null)
  const [inferred, setInferred] = useState<Inferred | null>(null)
  const [archiveId, setArchiveId] = useState<string | null>(null)
  const [twice, setTwice] = useState(false)
  const [coders, setCoders] = useState<[string, string]>(['', ''])

  function fill(fields: ArticleFields) {
    setText(fields.text)
    const date =
      fields.date === UNKNOWN ? '' : typeof fields.date === 'string' ? fields.date : fields.date.value
    setSource({
      publisher: fields.publisher ?? '',
      title: fields.title ?? '',
      date,
      url: fields.url ?? '',
    })
    setInferred(typeof fields.date === 'object' && fields.date.inferred ? fields.date : null)
    setByline(fields.byline)
    setProblem(null)
  }

  async function openFile(file: File): Promise<string | null> {
    let base64: string
    try {
      base64 = await base64Of(file)
    } catch (e) {
      return (e as Error).message
    }
    const answer = await call(
      articles.readArticleFile,
      { id: storyId },
      { name: file.name, type: file.type || null, base64 },
    )
    if (!answer.ok) return answer.error
    fill(answer.value.fields)
    setArchiveId(null)
    return null
  }

  /** The date as the review takes it: still the guessed day, it stays marked inferred. */
  const dateToSend = () =>
    inferred && source.date.trim() === inferred.value
      ? { value: inferred.value, inferred: true as const, reason: inferred.reason }
      : source.date

  async function start(e: React.FormEvent) {
    e.preventDefault()
    if (text.trim() === '') return setProblem({ text: 'Paste or drop the article’s text first.' })
    if (twice && (coders[0] === '' || coders[1] === ''))
      return setProblem({ text: 'Choose both coders, or uncheck “Code this article twice, blind”.' })
    setBusy(true)
    setProblem(null)
    const drafts = await extract(text)
    if (drafts === null) return setBusy(false)
    const answer = await call(
      reviews.createReview,
      { id: storyId },
      {
        article: text,
        source: {
          ...Object.fromEntries(Object.entries(source).filter(([, v]) => v.trim() !== '')),
          ...(source.date.trim() === '' ? {} : { date: dateToSend() }),
          // Kept with the review, and shown on the source page it becomes.
          ...(byline ? { byline } : {}),
        },
        drafts,
        ...(twice ? { coders } : {}),
        ...(archiveId ? { archiveId } : {}),
      },
    )
    if (answer.ok) return router.push(`/stories/${storyId}/reviews/${answer.value.id}`)
    setBusy(false)
    setProblem({ text: answer.error, reviewId: answer.reviewId })
  }

  return (
    <div className="space-y-6">
      <ArticleAddress
        storyId={storyId}
        onFetched={(fetched) => {
          fill(fetched.fields)
          setArchiveId(fetched.archiveId)
        }}
      />
      <form onSubmit={(e) => void start(e)} className="space-y-4" noValidate>
        <ArticleInput
          text={text}
          onText={(t) => setText(t)}
          error={inputError}
          onError={setInputError}
          onFile={openFile}
        />
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="font-semibold">The source (leave a box empty when it is not known)</legend>
          {FIELDS.map((f) => (
            <label key={f.key} className="block text-sm">
              <span className="font-medium">{f.label}</span>{' '}
              <span className="text-xs text-zinc-700 dark:text-zinc-300">{f.hint}</span>
              <input
                type="text"
                value={source[f.key]}
                onChange={(e) => setSource((s) => ({ ...s, [f.key]: e.target.value }))}
                className="mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50"
              />
              {f.key === 'date' && inferred && source.date.trim() === inferred.value && (
                <span className="mt-1 block text-xs text-zinc-700 dark:text-zinc-300">
                  Inferred, not stated: {inferred.reason}
                </span>
              )}
            </label>
          ))}
          {byline && (
            <p className="text-sm text-zinc-700 sm:col-span-2 dark:text-zinc-200">
              By {byline}, as the page names the writers.
            </p>
          )}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="font-semibold">Coding</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={twice} onChange={(e) => setTwice(e.target.checked)} />
            Code this article twice, blind
          </label>
          {twice && (
            <div className="grid gap-3 sm:grid-cols-2">
              <p className="text-sm text-zinc-700 sm:col-span-2 dark:text-zinc-200">
                Two editors each code the article in a review of their own, from the same drafts, and see only
                their own choices until both are done. Then their agreement is measured and an editor settles
                their differences.
              </p>
              {(['First coder', 'Second coder'] as const).map((label, i) => (
                <label key={label} className="block text-sm">
                  <span className="font-medium">{label}</span>
                  <select
                    value={coders[i]}
                    onChange={(e) =>
                      setCoders((c) => (i === 0 ? [e.target.value, c[1]] : [c[0], e.target.value]))
                    }
                    className="mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50"
                  >
                    <option value="">Choose an editor</option>
                    {editors.map((e) => (
                      <option key={e.email} value={e.email}>
                        {e.name} ({e.email})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {busy ? 'Drafting the statements…' : 'Draft the statements and start the review'}
        </button>
        {problem && (
          <p
            role="alert"
            className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            {problem.text}{' '}
            {problem.reviewId && (
              <Link href={`/stories/${storyId}/reviews/${problem.reviewId}`} className="underline">
                Open that review
              </Link>
            )}
          </p>
        )}
      </form>
    </div>
  )
}
