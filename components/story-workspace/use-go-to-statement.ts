'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { statementIdFromHash } from '@/lib/view/permalink'
import type { StatementRow } from '@/lib/view/view-model'

/** Brings a row into a windowed table's rendered rows, if that table holds it. */
export type RevealRow = (rowId: string) => boolean

function land(element: HTMLElement) {
  element.scrollIntoView({ block: 'center' })
  element.focus({ preventScroll: true })
  element.classList.remove('statement-flash')
  void element.offsetWidth // restart the animation
  element.classList.add('statement-flash')
}

/**
 * Going to a statement (a permalink, a matrix or evidence link): reveal it if filters or
 * the matrix hide it, then scroll to it, focus it and flash it once it has rendered.
 */
export function useGoToStatement({
  rows,
  isShown,
  revealAll,
}: {
  rows: readonly StatementRow[]
  /** Whether the row is on screen in the current view and filters. */
  isShown: (rowId: string) => boolean
  revealAll: () => void
}) {
  // Windowed tables register how to scroll a row into their window; nothing else.
  const revealers = useRef(new Map<string, RevealRow>())
  const registerReveal = useCallback((tableId: string, reveal: RevealRow) => {
    revealers.current.set(tableId, reveal)
    return () => void revealers.current.delete(tableId)
  }, [])

  const pending = useRef<string | null>(null)
  const [, rerender] = useState(0)
  const goToStatement = useCallback(
    (rowId: string) => {
      if (!rows.some((row) => row.id === rowId)) return
      if (!isShown(rowId)) revealAll()
      pending.current = rowId
      rerender((n) => n + 1)
    },
    [rows, isShown, revealAll],
  )

  useEffect(() => {
    const rowId = pending.current
    if (!rowId) return
    const element = document.getElementById(`s-${rowId}`)
    if (element) {
      pending.current = null
      land(element)
      return
    }
    // In a windowed table the row may be out of the DOM: scroll its table to it, then
    // wait (a few frames at most) for the table to render it.
    if (![...revealers.current.values()].some((reveal) => reveal(rowId))) return
    pending.current = null
    // Bounded, and not cancelled by later renders, which would lose the request.
    let frames = 0
    requestAnimationFrame(function look() {
      const found = document.getElementById(`s-${rowId}`)
      if (found) land(found)
      else if (++frames < 60) requestAnimationFrame(look)
    })
  })

  useEffect(() => {
    const onHash = () => {
      // A malformed or unknown hash is no permalink: the page stays as it is.
      const rowId = statementIdFromHash(window.location.hash)
      if (rowId !== null) goToStatement(rowId)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
    // Only on arrival and on hash changes, not whenever the filters change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return { goToStatement, registerReveal }
}
