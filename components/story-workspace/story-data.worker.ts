import { dataFileMessages, type DataMessage } from '@/lib/view/story-data-messages'
import type { StoryDataFile } from '@/lib/view/workspace-data'

// A large story's data file, fetched and parsed here rather than on the page's main thread:
// parsing 30 MB of JSON there held every click and keystroke for half a second or more.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ url: string }>) => void) | null
  postMessage: (message: DataMessage) => void
}

scope.onmessage = async ({ data: { url } }) => {
  try {
    // Same origin: the session's cookie goes with it, as with the page's own fetch.
    const response = await fetch(url, { credentials: 'same-origin' })
    if (!response.ok) throw new Error(`the server answered ${response.status}`)
    for (const message of dataFileMessages((await response.json()) as StoryDataFile))
      scope.postMessage(message)
  } catch (reason) {
    scope.postMessage({ kind: 'error', message: reason instanceof Error ? reason.message : String(reason) })
  }
}
