import path from 'node:path'
import type { Story } from '../story/story-check'
import { sharedStore, type Store } from './db'
import { readStoryCounts, type StoryCounts } from './archive'
import { readClaimSummaries, type ClaimSummary } from './claim-index'
import { readSpeakerCounts, readSpeakerParts, type StoryPart } from './speaker-counts'
import { speakerIndexOf, type SpeakerCounts } from '../view/speaker-counts'
import type { SpeakerSummary } from '../view/speakers'
import { readStory, storyStamp, storyStamps } from './read'
import { StoryCache, storyCacheLimit, viewCacheLimit } from '../cache/story-cache'

/**
 * The app's view of the store: opened once per process (migrated; lib/commands seeds the
 * story folder on start), stories cached by their stamp within a bound of memory, and the
 * archive's counts (the home page, the speakers) kept until a story changes. Each request reads only
 * stamps, so a write from any process shows on the next request, and an unchanged story
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

const CACHE_KEY = Symbol.for('perspective-reader.story-cache')
const holder = globalThis as { [CACHE_KEY]?: StoryCache<Story | undefined> }
/** The process's stories, bounded by STORY_CACHE_MB (lib/store/story-cache). */
function cache(): StoryCache<Story | undefined> {
  return (holder[CACHE_KEY] ??= new StoryCache(storyCacheLimit()))
}

/**
 * How long a story's stamp, once read, is trusted without asking the store again. A
 * write shows everywhere within this long (the promise is 2 s); under load it spares the
 * store a query per request.
 */
export const STAMP_TRUST_MS = 500

function cachedRead(store: Store, id: string, stamp: string): Promise<Story | undefined> {
  const hit = cache().get(id)
  if (hit?.stamp === stamp) {
    hit.checkedAt = Date.now()
    return hit.value
  }
  // A read, though in a transaction: it goes on while an admin command holds the write lane.
  const read = reading(store, () => readStory(store.db, id)).then((story) => {
    // The stamp and which read: a story read again at the same stamp (after forgetStamp)
    // has rows of its own, and its views must hold those rows, not the old copy's.
    if (story) stamps.set(story, `${stamp} ${++storyReads.count}`)
    return story
  })
  return cache().set(id, stamp, read).value
}

/** One story from the store, or undefined when there is none with that id. */
export async function getStory(id: string): Promise<Story | undefined> {
  const store = await appStore()
  const hit = cache().get(id)
  if (hit && Date.now() - hit.checkedAt < STAMP_TRUST_MS) return hit.value
  const stamp = await storyStamp(store.db, id)
  if (stamp === undefined) return undefined
  return cachedRead(store, id, stamp)
}

/**
 * After a write from this process: the story leaves the cache, so the writer's own next
 * page reads it anew at once, not after STAMP_TRUST_MS, and the old copy frees its memory.
 */
export function forgetStamp(id: string): void {
  cache().forget(id)
  forgetFigures(id)
}

const READS_KEY = Symbol.for('perspective-reader.story-reads')
const storyReads = ((globalThis as { [READS_KEY]?: { count: number } })[READS_KEY] ??= { count: 0 })
const STAMPS_KEY = Symbol.for('perspective-reader.story-stamps')
/** Each story read from the store, with the stamp it was read at (its views are kept under it). */
const stamps = ((globalThis as { [STAMPS_KEY]?: WeakMap<object, string> })[STAMPS_KEY] ??= new WeakMap())

const VIEWS_KEY = Symbol.for('perspective-reader.story-views')
const viewsHolder = globalThis as { [VIEWS_KEY]?: StoryCache<unknown> }
/** What pages make from a story for one view, bounded by STORY_VIEW_CACHE_MB. */
function views(): StoryCache<unknown> {
  return (viewsHolder[VIEWS_KEY] ??= new StoryCache(viewCacheLimit()))
}

/** Editors' pages pass `fresh`: made for the request, never read from nor put in the cache. */
type Keep = { fresh?: boolean }

/** What is kept for a story at the stamp it was read at: made once, or again once `trustMs` has passed. */
function kept<T>(
  story: Story,
  key: string,
  make: () => T | Promise<T>,
  trustMs: number,
  fresh?: boolean,
): Promise<T> {
  const stamp = stamps.get(story)
  if (fresh || stamp === undefined) return Promise.resolve().then(make)
  const id = `${story.id}\u0000${key}`
  const hit = views().get(id)
  if (hit?.stamp === stamp && Date.now() - hit.checkedAt < trustMs) return hit.value as Promise<T>
  return views().set(id, stamp, Promise.resolve().then(make)).value as Promise<T>
}

/**
 * What a page makes from one version of a story for one view (a shared URL's rows,
 * filtered and sorted), kept between requests in a size-bounded LRU under the story's id,
 * the view's key and the stamp the story was read at. Rewording or merging a claim moves
 * the version of every story that uses it, so a new version of the story or of any of its
 * claims finds nothing kept and makes its own; the old one leaves as the least recently
 * used. Only the data a page renders from is kept, never a response: each request still
 * checks its session and gets its own nonce and headers.
 */
export function storyView<T>(story: Story, view: string, make: () => T, { fresh }: Keep = {}): Promise<T> {
  return kept(story, `view\u0000${view}`, make, Infinity, fresh)
}

/**
 * A figure of a story read from other tables than the story's own (its finished double
 * codings, the speakers' merges), kept as a view is and trusted for STAMP_TRUST_MS as a
 * story's stamp is: a write through the app drops it at once (forgetFigures), one from
 * another process shows within that time.
 */
export function storyFigure<T>(
  story: Story,
  name: string,
  read: () => Promise<T>,
  { fresh }: Keep = {},
): Promise<T> {
  return kept(story, `figure\u0000${name}`, read, STAMP_TRUST_MS, fresh)
}

/** After a write through the app: the figures kept, of one story or of every story, are read again. */
export function forgetFigures(storyId?: string): void {
  const prefix = storyId === undefined ? '' : `${storyId}\u0000figure\u0000`
  for (const key of views().ids())
    if (key.includes('\u0000figure\u0000') && key.startsWith(prefix)) views().forget(key)
}

/** What the views' cache holds (for tests and diagnostics): keys least recently used first. */
export function keptViews(): { keys: string[]; bytes: number; limit: number } {
  return { keys: views().ids(), bytes: views().bytes, limit: views().limitBytes }
}

const derivedKey = Symbol.for('perspective-reader.derived')
const derivedCache = ((globalThis as { [derivedKey]?: WeakMap<object, Map<string, unknown>> })[derivedKey] ??=
  new WeakMap())

/** Data computed from a story or counts (rows for the page, the data file), kept as long as they are. */
export function derived<T, S extends object>(story: S, name: string, make: (story: S) => T): T {
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

/** A read that goes on while an admin command holds the write lane (PGlite). */
function reading<T>(store: Store, read: () => Promise<T>): Promise<T> {
  return store.lane ? store.lane.reading(read) : read()
}

type ArchiveCache = { stamp: string; reads: Map<string, Promise<unknown>> }
const ARCHIVE_KEY = Symbol.for('perspective-reader.archive-counts')
const archiveHolder = globalThis as { [ARCHIVE_KEY]?: ArchiveCache }

/**
 * The archive's counts, kept until any story changes: every story's stamp (one small
 * query) names them, so a write from any process shows on the next request.
 */
async function archiveCounts<T>(name: string, read: (db: Store['db']) => Promise<T>): Promise<T> {
  const store = await appStore()
  const stamps = await reading(store, () => storyStamps(store.db))
  const stamp = stamps.map((s) => `${s.id}@${s.stamp}`).join('\n')
  let held = archiveHolder[ARCHIVE_KEY]
  if (held?.stamp !== stamp) archiveHolder[ARCHIVE_KEY] = held = { stamp, reads: new Map() }
  let value = held.reads.get(name) as Promise<T> | undefined
  if (!value) {
    const reads = held.reads
    reads.set(name, (value = reading(store, () => read(store.db))))
    value.catch(() => reads.delete(name))
  }
  return value
}

/** Every story's heading and its statements counted by camp, by id. */
export function getStoryCounts(): Promise<StoryCounts[]> {
  return archiveCounts('counts', readStoryCounts)
}

/**
 * Every claim with its stories and stance counts per camp (the claims' page), kept as the
 * home page's counts are: a claim changes only with the stories that use it (a rewording
 * or a merge moves each one's version on).
 */
export function getClaimSummaries(): Promise<ClaimSummary[]> {
  return archiveCounts('claims', (db) => readClaimSummaries(db))
}

/** Every speaker name's statements counted by story and camp, and its stances by claim. */
export function getSpeakerCounts(): Promise<SpeakerCounts> {
  return archiveCounts('speakers', readSpeakerCounts)
}

/** The stories the given speaker names speak in, cut to their statements (read per request). */
export async function getSpeakerParts(names: readonly string[]): Promise<StoryPart[]> {
  const store = await appStore()
  return reading(store, () => readSpeakerParts(store.db, names))
}

/**
 * Everyone with a statement in any story, from the counts (no story read whole), folded by
 * the current merges; kept with the counts until a story or a merge changes.
 */
export async function getSpeakerIndex(): Promise<{
  everyone: SpeakerSummary[]
  aliases: Map<string, string>
}> {
  const [counts, aliases] = await Promise.all([getSpeakerCounts(), getSpeakerAliases()])
  const merges = JSON.stringify([...aliases].sort())
  return { everyone: derived(counts, `speakers ${merges}`, (c) => speakerIndexOf(c, aliases)), aliases }
}
