import { pollFeeds, type PollReport } from '../commands/feeds/poll'
import type { Store } from '../store/db'

/**
 * `npm run feeds:poll`, and the app's own poll every FEEDS_POLL_MINUTES: every story's
 * feeds once, unless another instance is polling (the lock in the store).
 */

export interface FeedsPollInput {
  /** Only this story's feeds; every story's when absent. */
  storyId?: string
}

/** What a poll did, a line per feed. */
export function pollLines(report: PollReport): string[] {
  if (!report.polled) return ['Another instance of the app is polling the feeds now; nothing was polled.']
  if (report.feeds.length === 0) return ['No story watches a feed.']
  return report.feeds.map((f) =>
    f.error
      ? `${f.url}: refused: ${f.error}`
      : `${f.url}: ${f.added} new item${f.added === 1 ? '' : 's'} in the inbox`,
  )
}

export async function feedsPoll(store: Store, input: FeedsPollInput, out: { say(text: string): void }) {
  for (const line of pollLines(await pollFeeds(store.db, { storyId: input.storyId }))) out.say(line)
}

/** Minutes between polls: FEEDS_POLL_MINUTES (default 30); 0 turns the app's own polling off. */
export function pollMinutes(setting = process.env.FEEDS_POLL_MINUTES): number {
  if (setting === undefined || setting.trim() === '') return 30
  const minutes = Number(setting)
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(`FEEDS_POLL_MINUTES must be a number of minutes (0 for never), not “${setting}”.`)
  return minutes
}

/** Polls every `minutes` in the app; returns what stops it. A poll still running is not started twice. */
export function schedulePolls(store: Store, minutes: number): () => void {
  if (minutes === 0) return () => {}
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    pollFeeds(store.db)
      .then((report) => {
        for (const line of pollLines(report)) console.log(`Feeds: ${line}`)
      })
      .catch((error: unknown) => console.error('Feeds: the poll failed:', error))
      .finally(() => (running = false))
  }, minutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
