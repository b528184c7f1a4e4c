'use client'

import { useCallback, useRef, useState } from 'react'
import type { ReviewDraft } from '@/lib/import/review-draft'
import type { Channel, Kind, Stance } from '@/lib/story/codebook'
import { send } from './review-api'

export interface DraftPatchInput {
  speaker?: { name: string; role: string | null }
  kind?: Kind
  attribution?: string
  channel?: Channel
  caveats?: string[]
  perspective?: string
  stance?: { value: Stance; label: string }
  span?: { start: number; end: number }
  /** YYYY-MM-DD, or null to clear. */
  date?: string | null
}

type Message = { text: string; error: boolean }

/**
 * A review's drafts in the page, each change sent at once. The store's answer replaces
 * the draft shown, so what the editor sees is what is saved; a conflict shows the other
 * editor's version with the reason.
 */
export function useReview(reviewId: string, initial: ReviewDraft[]) {
  const [drafts, setDrafts] = useState(initial)
  const [messages, setMessages] = useState<Record<string, Message>>({})
  // The newest version of each draft known here, and one queue of changes per draft, so
  // two quick changes to one draft go in turn and the second names the first's version.
  const versions = useRef(new Map<string, number>())
  const queues = useRef(new Map<string, Promise<void>>())
  const base = `/api/reviews/${encodeURIComponent(reviewId)}/drafts`

  const say = useCallback((id: string, text: string, error = false) => {
    setMessages((m) => ({ ...m, [id]: { text, error } }))
  }, [])
  const replace = useCallback((draft: ReviewDraft) => {
    versions.current.set(draft.id, draft.version)
    setDrafts((list) =>
      list
        .map((d) => (d.id === draft.id ? draft : d))
        .sort((a, b) => a.start - b.start || a.position - b.position),
    )
  }, [])

  const inTurn = useCallback((id: string, run: () => Promise<void>) => {
    const next = (queues.current.get(id) ?? Promise.resolve()).then(run)
    queues.current.set(id, next)
    return next
  }, [])

  const apply = useCallback(
    (draft: ReviewDraft, url: string, body: object, done: string) =>
      inTurn(draft.id, async () => {
        say(draft.id, 'Saving…')
        const answer = await send<{ draft: ReviewDraft }>(url, url.endsWith('/reviewed') ? 'POST' : 'PATCH', {
          version: versions.current.get(draft.id) ?? draft.version,
          ...body,
        })
        if (answer.ok) {
          replace(answer.data.draft)
          say(draft.id, done)
          return
        }
        if (answer.status === 409 && answer.current) replace(answer.current)
        say(draft.id, answer.error, true)
      }),
    [inTurn, replace, say],
  )

  const patch = useCallback(
    (draft: ReviewDraft, change: DraftPatchInput, refusal?: string) => {
      if (refusal) return say(draft.id, refusal, true)
      void apply(draft, `${base}/${encodeURIComponent(draft.id)}`, change, 'Saved.')
    },
    [apply, base, say],
  )

  const mark = useCallback(
    (draft: ReviewDraft, reviewed: boolean) =>
      void apply(
        draft,
        `${base}/${encodeURIComponent(draft.id)}/reviewed`,
        { reviewed },
        reviewed ? 'Marked reviewed. Saved.' : 'No longer marked reviewed. Saved.',
      ),
    [apply, base],
  )

  const remove = useCallback(
    (draft: ReviewDraft) =>
      inTurn(draft.id, async () => {
        const answer = await send(`${base}/${encodeURIComponent(draft.id)}`, 'DELETE', {
          version: versions.current.get(draft.id) ?? draft.version,
        })
        if (answer.ok) setDrafts((list) => list.filter((d) => d.id !== draft.id))
        else {
          if (answer.status === 409 && answer.current) replace(answer.current)
          say(draft.id, answer.error, true)
        }
      }),
    [base, inTurn, replace, say],
  )

  /** Adds a statement from a selection; the answer is the new draft, or the reason it was refused. */
  const add = useCallback(
    async (span: { start: number; end: number }): Promise<{ draft?: ReviewDraft; error?: string }> => {
      const answer = await send<{ draft: ReviewDraft }>(base, 'POST', span)
      if (!answer.ok) return { error: answer.error }
      setDrafts((list) =>
        [...list, answer.data.draft].sort((a, b) => a.start - b.start || a.position - b.position),
      )
      return { draft: answer.data.draft }
    },
    [base],
  )

  return { drafts, setDrafts, messages, patch, mark, remove, add, say }
}
