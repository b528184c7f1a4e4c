import { dataFileMessages, type DataMessage } from '@/lib/view/story-data-messages'
import { gzippedDataPath } from '@/lib/view/story-data-path'
import type { StoryDataFile } from '@/lib/view/workspace-data'

// A large story's data file, fetched, unzipped and parsed here rather than on the page's
// main thread: parsing 40 MB of JSON there held every click and keystroke for half a
// second or more.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ url: string }>) => void) | null
  postMessage: (message: DataMessage) => void
}

/** Same origin: the session's cookie goes with it, as with the page's own fetch. */
const get = (url: string) => fetch(url, { credentials: 'same-origin' })

/** The file, gzipped as the server keeps it when this browser can unzip it; else plain. */
async function readFile(url: string): Promise<StoryDataFile> {
  if (typeof DecompressionStream === 'function') {
    const zipped = await get(gzippedDataPath(url))
    if (zipped.ok && zipped.body)
      return (await new Response(
        zipped.body.pipeThrough(new DecompressionStream('gzip')),
      ).json()) as StoryDataFile
  }
  const response = await get(url)
  if (!response.ok) throw new Error(`the server answered ${response.status}`)
  return (await response.json()) as StoryDataFile
}

scope.onmessage = async ({ data: { url } }) => {
  try {
    for (const message of dataFileMessages(await readFile(url))) scope.postMessage(message)
  } catch (reason) {
    scope.postMessage({ kind: 'error', message: reason instanceof Error ? reason.message : String(reason) })
  }
}
