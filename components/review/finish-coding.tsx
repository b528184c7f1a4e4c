'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { call } from '@/lib/commands/client'
import * as coding from '@/lib/commands/coding/schema'
import { CARD } from '../card'

/**
 * In place of "Save to story" on a blind coder's review: the coder marks their coding
 * done. Nothing goes into the story from one coder's review.
 */
export function FinishCoding({
  reviewId,
  total,
  reviewed,
  unsaved,
}: {
  reviewId: string
  total: number
  reviewed: number
  unsaved: boolean
}) {
  const router = useRouter()
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null)
  async function finish() {
    if (unsaved) return setNotice({ text: 'Wait until every change is saved, then try again.', error: true })
    setNotice({ text: 'Marking your coding done…', error: false })
    const answer = await call(coding.finishCoding, { id: reviewId })
    if (!answer.ok) return setNotice({ text: answer.error, error: true })
    router.refresh()
  }
  return (
    <section aria-labelledby="finish-heading" className={`p-4 ${CARD}`}>
      <h2 id="finish-heading" className="text-lg font-semibold">
        Finish your coding
      </h2>
      <p className="mt-1 text-sm">
        This article is coded twice, blind: nobody sees your choices until both coders are done, and nothing
        goes into the story from one coding. {reviewed} of {total} statement{total === 1 ? '' : 's'} marked
        reviewed; mark each reviewed or remove it, then mark your coding done. After that it no longer
        changes.
      </p>
      <button
        type="button"
        onClick={() => void finish()}
        className="mt-2 rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800"
      >
        Mark my coding done
      </button>
      {notice && (
        <p
          role={notice.error ? 'alert' : 'status'}
          className={`mt-2 text-sm ${notice.error ? 'text-red-800 dark:text-red-200' : ''}`}
        >
          {notice.text}
        </p>
      )}
    </section>
  )
}
