import path from 'node:path'
import type { Story } from '../story/story-check'
import { sharedStore, type Store } from './db'
import { readStory, storyStamp, storyStamps } from './read'

/**
 * The app's view of the store: opened once per process (migrated; lib/commands seeds the
 * story folder on start), and stories cached by their stamp. Each request reads only the
 * stamp, so a write from any process shows on the next request, and an unchanged story
 * is not read again.
 */

export function storiesDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.STORIES_DIR ?? path.join(process.cwd(), 'data', 'stories'),
  )
}

/** The process's store, opened and migrated once (the story folder is seeded on start). */
export function appStore(): Promise<Store> {
  return sharedStore({})
}

type Cached = { stamp: string; checkedAt: number; story: Promise<Story | undefined> }
const CACHE_KEY = Symbol.for('perspective-reader.story-cache')
const holder = globalThis as { [CACHE_KEY]?: Map<string, Cached> }
const cache = (holder[CACHE_KEY] ??= new Map())

/**
 * How long a story's stamp, once read, is trusted without asking the store again. A
 * write shows everywhere within this long (the promise is 2 s); under load it spares the
 * store a query per request.
 */
export const STAMP_TRUST_MS = 500

function cachedRead(store: Store, id: string, stamp: string): Promise<Story | undefined> {
  const hit = cache.get(id)
  if (hit?.stamp === stamp) {
    hit.checkedAt = Date.now()
    return hit.story
  }
  // A read, though in a transaction: it goes on while an admin command holds the write lane.
  const read = () => readStory(store.db, id)
  const story = store.lane ? store.lane.reading(read) : read()
  cache.set(id, { stamp, checkedAt: Date.now(), story })
  story.catch(() => cache.delete(id))
  return story
}

/** One story from the store, or undefined when there is none with that id. */
export async function getStory(id: string): Promise<Story | undefined> {
  const store = await appStore()
  const hit = cache.get(id)
  if (hit && Date.now() - hit.checkedAt < STAMP_TRUST_MS) return hit.story
  const stamp = await storyStamp(store.db, id)
  if (stamp === undefined) return undefined
  return cachedRead(store, id, stamp)
}

/**
 * After a write from this process: the story's stamp is read again on the next request,
 * so the writer's own next page shows the change at once, not after STAMP_TRUST_MS.
 */
export function forgetStamp(id: string): void {
  const hit = cache.get(id)
  if (hit) hit.checkedAt = 0
}

/** Every story, by id. */
export async function getStories(): Promise<Story[]> {
  const store = await appStore()
  const stamps = await storyStamps(store.db)
  const stories = await Promise.all(stamps.map(({ id, stamp }) => cachedRead(store, id, stamp)))
  return stories.filter((story): story is Story => story !== undefined)
}

const derivedKey = Symbol.for('perspective-reader.derived')
const derivedCache = ((globalThis as { [derivedKey]?: WeakMap<object, Map<string, unknown>> })[derivedKey] ??=
  new WeakMap())

/** Data computed from a story (rows for the page, the data file), kept as long as the story is. */
export function derived<T>(story: Story, name: string, make: (story: Story) => T): T {
  let entries = derivedCache.get(story)
  if (!entries) derivedCache.set(story, (entries = new Map()))
  if (!entries.has(name)) entries.set(name, make(story))
  return entries.get(name) as T
}

/** The speaker merges, read per request: a small table, and a merge must show at once. */
export async function getSpeakerAliases(): Promise<Map<string, string>> {
  const { readAliases } = await import('./speakers')
  return readAliases((await appStore()).db)
}
