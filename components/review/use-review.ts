'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import { call } from '@/lib/commands/client'
import * as drafts from '@/lib/commands/drafts/schema'
import * as reviews from '@/lib/commands/reviews/schema'
import { DRAFT_PAIRS, draftPatch, draftValue } from '@/lib/edits/draft-form'
import { SaveQueue } from '@/lib/edits/save-queue'
import type { ReviewDraft } from '@/lib/import/review-draft'

/** Text is saved once the editor pauses this long, or leaves the field. */
const PAUSE_MS = 1_000

const CONFLICT =
  'Someone else changed this statement meanwhile: their version is now under yours, and what you typed is still here, not saved. Choose “Try again” to save it over theirs, or reload the page to see theirs.'

const byPlace = (a: ReviewDraft, b: ReviewDraft) => a.start - b.start || a.position - b.position

/**
 * A review's drafts in the page, each with its own save queue (lib/edits/save-queue):
 * every edit goes in order with the latest values, the card shows what the editor typed
 * until the server has it, and "Saved" only once it does. Adding, removing and saving to
 * the story wait for the drafts' saves in flight.
 */
export class ReviewDrafts {
  private queues = new Map<string, SaveQueue<ReviewDraft>>()
  private timers = new Map<string, ReturnType<typeof setTimeout>>()
  private listeners = new Set<() => void>()
  /** What the last save of each draft did ("Marked reviewed. Saved."). */
  readonly notes = new Map<string, string>()
  version = 0

  constructor(
    private readonly reviewId: string,
    initial: readonly ReviewDraft[],
  ) {
    for (const draft of initial) this.track(draft)
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed = () => {
    this.version++
    for (const listener of this.listeners) listener()
  }

  private track(draft: ReviewDraft): SaveQueue<ReviewDraft> {
    const queue = new SaveQueue(draft, {
      valueOf: draftValue,
      together: DRAFT_PAIRS,
      onChange: this.changed,
      send: async (fields, saved) => {
        const built = draftPatch(fields, saved)
        if (!built.ok) return { ok: false, message: built.message }
        const answer = await call(
          drafts.editDraft,
          { id: this.reviewId, draftId: saved.id },
          { version: saved.version, ...built.patch },
        )
        if (answer.ok) {
          const mark = built.patch.reviewed
          this.notes.set(
            saved.id,
            mark === undefined
              ? 'Saved.'
              : mark
                ? 'Marked reviewed. Saved.'
                : 'No longer marked reviewed. Saved.',
          )
          return { ok: true, saved: answer.value.draft }
        }
        const current = answer.code === 'conflict' ? (answer.current as ReviewDraft | undefined) : undefined
        return {
          ok: false,
          message: current ? CONFLICT : answer.error,
          current,
          // A refused mark is not tried again: the message says what is missing.
          drop: answer.field === 'reviewed' ? ['reviewed'] : undefined,
        }
      },
    })
    this.queues.set(draft.id, queue)
    return queue
  }

  /** The drafts in the article's order, each with its queue. */
  get list(): SaveQueue<ReviewDraft>[] {
    return [...this.queues.values()].sort((a, b) => byPlace(a.saved, b.saved))
  }

  get unsaved(): boolean {
    return [...this.queues.values()].some((q) => q.unsaved || q.state === 'failed')
  }

  /** An edit: held at once; a text's is sent when the editor pauses (or leaves it: commit). */
  edit(id: string, key: string, value: unknown, { pause = false } = {}) {
    const queue = this.queues.get(id)
    if (!queue) return
    queue.edit(key, value)
    const timer = `${id}:${key}`
    clearTimeout(this.timers.get(timer))
    if (pause)
      this.timers.set(
        timer,
        setTimeout(() => queue.commit(key), PAUSE_MS),
      )
  }

  commit(id: string, key: string) {
    clearTimeout(this.timers.get(`${id}:${key}`))
    this.queues.get(id)?.commit(key)
  }

  set(id: string, key: string, value: unknown) {
    this.queues.get(id)?.set(key, value)
  }

  retry(id: string) {
    void this.queues.get(id)?.retry()
  }

  /** Removes a draft once its saves are done; the answer is a refusal in words, or null. */
  async remove(id: string): Promise<string | null> {
    const queue = this.queues.get(id)
    if (!queue) return null
    await queue.settled()
    const answer = await call(
      drafts.removeDraft,
      { id: this.reviewId, draftId: id },
      { version: queue.saved.version },
    )
    if (!answer.ok) {
      if (answer.code === 'conflict' && answer.current) queue.replaceSaved(answer.current as ReviewDraft)
      return answer.error
    }
    this.queues.delete(id)
    this.changed()
    return null
  }

  /** Brings back a draft just removed (Undo); the answer is a refusal in words, or null. */
  async restore(id: string): Promise<string | null> {
    if (this.queues.has(id)) return null
    const answer = await call(drafts.restoreDraft, { id: this.reviewId, draftId: id })
    if (!answer.ok) return answer.error
    this.track(answer.value.draft)
    this.changed()
    return null
  }

  /** Adds a statement from a selection; the answer is the new draft, or the reason it was refused. */
  async add(span: { start: number; end: number }): Promise<{ draft?: ReviewDraft; error?: string }> {
    const answer = await call(drafts.addDraft, { id: this.reviewId }, span)
    if (!answer.ok) return { error: answer.error }
    this.track(answer.value.draft)
    this.changed()
    return { draft: answer.value.draft }
  }

  /** Saves the reviewed drafts to the story, once every change on the page is saved. */
  async saveToStory(): Promise<
    { ok: true; added: number; nonResponses: number; left: number } | { ok: false; error: string }
  > {
    await Promise.all([...this.queues.values()].map((q) => q.settled()))
    if (this.unsaved)
      return {
        ok: false,
        error: 'Some changes are not saved yet (each such statement says why). Save or undo them first.',
      }
    const answer = await call(reviews.saveReview, { id: this.reviewId })
    if (!answer.ok) return { ok: false, error: answer.error }
    for (const [id, queue] of this.queues) if (queue.saved.reviewed) this.queues.delete(id)
    this.changed()
    return {
      ok: true,
      added: answer.value.added.length,
      nonResponses: answer.value.nonResponses.length,
      left: answer.value.left,
    }
  }
}

/** The review's drafts, re-rendered as their saves go. */
export function useReview(reviewId: string, initial: readonly ReviewDraft[]): ReviewDrafts {
  const [review] = useState(() => new ReviewDrafts(reviewId, initial))
  useSyncExternalStore(
    review.subscribe,
    () => review.version,
    () => 0,
  )
  return review
}

/**
 * While `active`, leaving the page asks first: the browser's own prompt for a page load
 * or a closed tab, and a question for a link inside the app (which loads no page).
 */
export function useLeaveWarning(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return
    const unload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers show the prompt only with a returnValue.
      event.returnValue = ''
    }
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
      if (
        !link ||
        link.target === '_blank' ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return
      if (new URL(link.href, location.href).origin !== location.origin) return
      if (window.confirm(question)) return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('beforeunload', unload)
    document.addEventListener('click', click, true)
    return () => {
      window.removeEventListener('beforeunload', unload)
      document.removeEventListener('click', click, true)
    }
  }, [active, question])
}
