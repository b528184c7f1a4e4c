import type { Store } from '../db'
import { dumpStore, type LineSink } from './dump'
import { parseHeader } from './format'
import { loadBackup } from './load'

/**
 * Lines from a producer, read as they come, holding at most `limit` of them between the
 * two sides: a store is copied to another without the whole of it in memory.
 */
export function lineChannel(
  produce: (write: LineSink) => Promise<unknown>,
  limit = 4_000,
): AsyncIterator<string> {
  const queue: string[] = []
  let finished = false
  let cancelled = false
  let failure: unknown
  let wakeReader: (() => void) | undefined
  let wakeWriter: (() => void) | undefined
  const wake = () => {
    wakeReader?.()
    wakeReader = undefined
  }
  produce(async (line) => {
    if (cancelled) throw new Error('the reader stopped')
    queue.push(line)
    wake()
    if (queue.length >= limit) await new Promise<void>((resolve) => (wakeWriter = resolve))
  }).then(
    () => {
      finished = true
      wake()
    },
    (error: unknown) => {
      failure = error ?? new Error('the copy failed')
      finished = true
      wake()
    },
  )
  return {
    async next() {
      for (;;) {
        if (failure) throw failure
        if (queue.length > 0) {
          const value = queue.shift()!
          if (queue.length < limit / 2) {
            wakeWriter?.()
            wakeWriter = undefined
          }
          return { value, done: false }
        }
        if (finished) return { value: undefined, done: true }
        await new Promise<void>((resolve) => (wakeReader = resolve))
      }
    },
    /** The reader stops early: the producer's next write throws, and it ends. */
    async return() {
      cancelled = true
      queue.length = 0
      wakeWriter?.()
      return { value: undefined, done: true }
    },
  }
}

/** Copies every backed-up table of `source` into the empty `target`, as a backup and restore would. */
export async function copyStore(source: Store, target: Store): Promise<Record<string, number>> {
  const lines = lineChannel((write) => dumpStore(source, write))
  try {
    const first = await lines.next()
    const header = parseHeader(first.done ? undefined : first.value, `the store in ${source.where}`)
    return await loadBackup(target, header, lines, `the store in ${source.where}`)
  } finally {
    await lines.return!()
  }
}
