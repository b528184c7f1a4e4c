'use client'

import { useCallback, useEffect, useRef } from 'react'
import { extractStatements, type DraftStatement } from '@/lib/extract/extract'

type Reply = { id: number; statements?: DraftStatement[]; error?: string }

/**
 * Drafts an article in a Web Worker (the CSP allows `worker-src 'self'`), so typing and
 * scrolling stay responsive on long input. Only the latest request is answered; an older
 * one resolves to null. Where a worker cannot start, it drafts on the page as before.
 */
export function useExtractor(): (text: string) => Promise<DraftStatement[] | null> {
  const worker = useRef<Worker | null>(null)
  const pending = useRef<{ id: number; resolve: (r: DraftStatement[] | null) => void } | null>(null)
  const nextId = useRef(0)

  useEffect(() => {
    try {
      const w = new Worker(new URL('./extract-worker.ts', import.meta.url))
      w.onmessage = (event: MessageEvent<Reply>) => {
        const p = pending.current
        if (!p || p.id !== event.data.id) return
        pending.current = null
        p.resolve(event.data.statements ?? null)
      }
      // A worker that fails to load: draft on the page from now on.
      w.onerror = () => {
        worker.current = null
        w.terminate()
      }
      worker.current = w
    } catch {
      worker.current = null
    }
    return () => {
      worker.current?.terminate()
      worker.current = null
    }
  }, [])

  return useCallback((text: string) => {
    pending.current?.resolve(null)
    pending.current = null
    const w = worker.current
    if (!w) return Promise.resolve(extractStatements(text))
    const id = ++nextId.current
    return new Promise<DraftStatement[] | null>((resolve) => {
      pending.current = { id, resolve }
      w.postMessage({ id, text })
    })
  }, [])
}
