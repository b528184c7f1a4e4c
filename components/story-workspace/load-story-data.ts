import { dataAssembler, type DataMessage } from '@/lib/view/story-data-messages'
import { fromDataFile, type StoryDataFile, type WorkspaceData } from '@/lib/view/workspace-data'

/** The data file fetched and parsed on the page's own thread: where no worker can run. */
async function onThisThread(url: string, signal: AbortSignal): Promise<WorkspaceData> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`the server answered ${response.status}`)
  return fromDataFile((await response.json()) as StoryDataFile)
}

/**
 * A large story's data, fetched and parsed in a worker (story-data.worker.ts) and handed
 * over in slices, so that the page keeps answering sorts and keystrokes meanwhile. Where a
 * worker cannot start, the page does it itself. Aborting stops the worker.
 */
export function loadStoryData(url: string, signal: AbortSignal): Promise<WorkspaceData> {
  if (signal.aborted) return Promise.reject(new Error('the page moved on'))
  if (typeof Worker === 'undefined') return onThisThread(url, signal)
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./story-data.worker.ts', import.meta.url), { name: 'story-data' })
    } catch {
      onThisThread(url, signal).then(resolve, reject)
      return
    }
    const take = dataAssembler()
    let heard = false
    const stop = () => worker.terminate()
    signal.addEventListener('abort', stop, { once: true })
    worker.onmessage = ({ data }: MessageEvent<DataMessage>) => {
      heard = true
      try {
        const done = take(data)
        if (!done) return
        resolve(done)
      } catch (reason) {
        reject(reason instanceof Error ? reason : new Error(String(reason)))
      }
      stop()
    }
    // The worker's script did not load or run (an error before its first message): the
    // page does the work instead, so the story still opens.
    worker.onerror = (event) => {
      event.preventDefault()
      stop()
      if (heard) reject(new Error(event.message || 'the data could not be read'))
      else onThisThread(url, signal).then(resolve, reject)
    }
    worker.postMessage({ url: new URL(url, window.location.href).href })
  })
}
