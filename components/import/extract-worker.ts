/// <reference lib="webworker" />
import { extractStatements } from '@/lib/extract/extract'

/**
 * The extractor off the page's main thread: a long article (up to 1 MB) takes up to a
 * second to draft, and the page must keep answering while it does. Each message is one
 * article; the reply carries its id so the page can drop answers to older requests.
 */
self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data
  try {
    self.postMessage({ id, statements: extractStatements(text) })
  } catch (error) {
    self.postMessage({ id, error: String(error) })
  }
}
