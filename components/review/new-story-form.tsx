'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { slugify, uniqueId } from '@/lib/story/values'
import { call } from '@/lib/commands/client'
import * as stories from '@/lib/commands/stories/schema'

type Camp = { label: string; definition: string }

const input =
  'mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-50'

/**
 * A new story in the store: its question and its camps, each with a definition; then
 * its first article goes through the same review as any other. A short name already in
 * use is refused, never overwritten.
 */
export function NewStoryForm() {
  const router = useRouter()
  const [title, setTitle] = useState('')
  const [id, setId] = useState('')
  const [question, setQuestion] = useState('')
  const [camps, setCamps] = useState<Camp[]>([{ label: '', definition: '' }])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const shortName = id || slugify(title)

  async function submit(e: React.FormEvent) {
    e.preventDefault()
    setBusy(true)
    setProblem(null)
    const taken = new Set<string>()
    const perspectives = camps
      .filter((c) => c.label.trim() !== '' || c.definition.trim() !== '')
      .map((c) => {
        const campId = uniqueId(slugify(c.label) || 'camp', taken)
        return { id: campId, label: c.label, definition: c.definition }
      })
    const answer = await call(stories.createStory, {}, { id: shortName, title, question, perspectives })
    if (answer.ok) return router.push(`/stories/${answer.value.id}/add`)
    setBusy(false)
    setProblem(answer.error)
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="max-w-3xl space-y-4" noValidate>
      <label className="block">
        <span className="font-medium">Title</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} className={input} />
      </label>
      <label className="block">
        <span className="font-medium">Short name</span>{' '}
        <span className="text-sm text-zinc-700 dark:text-zinc-300">
          (in the story’s address: lower-case letters, digits and hyphens)
        </span>
        <input type="text" value={shortName} onChange={(e) => setId(e.target.value)} className={input} />
      </label>
      <label className="block">
        <span className="font-medium">Question</span>{' '}
        <span className="text-sm text-zinc-700 dark:text-zinc-300">
          (the claim every stance is measured against;{' '}
          <Link href="/codebook#story" className="text-blue-700 underline dark:text-blue-300">
            the rule
          </Link>
          )
        </span>
        <textarea value={question} onChange={(e) => setQuestion(e.target.value)} rows={2} className={input} />
      </label>
      <fieldset className="space-y-3">
        <legend className="font-medium">Camps, each with its definition</legend>
        {camps.map((camp, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_2fr]">
            <label className="block text-sm">
              <span>Camp {i + 1} name</span>
              <input
                type="text"
                value={camp.label}
                onChange={(e) =>
                  setCamps((list) => list.map((c, j) => (j === i ? { ...c, label: e.target.value } : c)))
                }
                className={input}
              />
            </label>
            <label className="block text-sm">
              <span>Camp {i + 1} definition</span>
              <input
                type="text"
                value={camp.definition}
                onChange={(e) =>
                  setCamps((list) => list.map((c, j) => (j === i ? { ...c, definition: e.target.value } : c)))
                }
                className={input}
              />
            </label>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setCamps((list) => [...list, { label: '', definition: '' }])}
          className="rounded border border-zinc-500 px-3 py-1 text-sm"
        >
          Add a camp
        </button>
      </fieldset>
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        Start the story, then add its first article
      </button>
      {problem && (
        <p
          role="alert"
          className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {problem}
        </p>
      )}
    </form>
  )
}
