/**
 * The stories an app process keeps in memory, bounded by their size: each entry is kept
 * under the story's stamp, the least recently used leave first once the total passes the
 * limit, and a write drops its story at once. Without a bound every story ever opened
 * stays, and an archive of hundreds of large stories outgrows the process.
 */

export interface CacheEntry<V> {
  stamp: string
  /** When the stamp was last confirmed against the store. */
  checkedAt: number
  value: Promise<V>
  /** Estimated bytes; 0 until the read finishes. */
  size: number
}

export class StoryCache<V> {
  // A Map iterates in insertion order: an entry is moved to the end when used, so the
  // first is always the least recently used.
  private readonly entries = new Map<string, CacheEntry<V>>()
  private total = 0

  constructor(
    readonly limitBytes: number,
    private readonly sizeOf: (value: V) => number = approximateSize,
  ) {}

  /** The entry for `id`, marked as just used. */
  get(id: string): CacheEntry<V> | undefined {
    const entry = this.entries.get(id)
    if (entry) {
      this.entries.delete(id)
      this.entries.set(id, entry)
    }
    return entry
  }

  /** Keeps `value` (a read under way) for `id` at `stamp`, replacing any older entry. */
  set(id: string, stamp: string, value: Promise<V>, now = Date.now()): CacheEntry<V> {
    this.forget(id)
    const entry: CacheEntry<V> = { stamp, checkedAt: now, value, size: 0 }
    this.entries.set(id, entry)
    value.then(
      (resolved) => {
        // Replaced or forgotten meanwhile: not counted.
        if (this.entries.get(id) !== entry) return
        const size = this.sizeOf(resolved)
        // Larger than the whole limit: served to this request, kept by none, and no
        // other story pushed out for it.
        if (size > this.limitBytes) return void this.entries.delete(id)
        entry.size = size
        this.total += size
        this.evict()
      },
      () => {
        if (this.entries.get(id) === entry) this.entries.delete(id)
      },
    )
    return entry
  }

  /** Drops `id` (after a write to it): its next read goes to the store. */
  forget(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    this.total -= entry.size
  }

  /** Bytes held by the finished reads. */
  get bytes(): number {
    return this.total
  }

  /** The ids held, least recently used first. */
  ids(): string[] {
    return [...this.entries.keys()]
  }

  private evict() {
    for (const [id, entry] of this.entries) {
      if (this.total <= this.limitBytes) return
      // A read still under way has no size yet and is about to be used: kept.
      if (entry.size === 0) continue
      this.entries.delete(id)
      this.total -= entry.size
    }
  }
}

/**
 * A rough count of the bytes a parsed JSON-like value holds in V8: two bytes a character
 * (a string with any character above Latin-1 is stored so), and a fixed cost per number,
 * object, array and property. Close enough to bound memory; exact sizes are not to be had.
 */
export function approximateSize(value: unknown): number {
  let bytes = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') bytes += 16 + 2 * item.length
    else if (typeof item === 'number' || typeof item === 'boolean') bytes += 8
    else if (Array.isArray(item)) {
      bytes += 16 + 8 * item.length
      for (const element of item) stack.push(element)
    } else if (item !== null && typeof item === 'object') {
      const values = Object.values(item)
      bytes += 24 + 16 * values.length
      for (const element of values) stack.push(element)
    }
  }
  return bytes
}

/** A limit in megabytes from the environment variable `name` (`fallback` when unset), in bytes. */
export function megabytesLimit(
  name: string,
  fallback: number,
  env: Record<string, string | undefined> = process.env,
): number {
  const given = env[name]?.trim()
  const mb = given ? Number(given) : fallback
  if (!Number.isFinite(mb) || mb < 0)
    throw new Error(`${name} must be a number of megabytes (0 or more), not "${given}"`)
  return mb * 1024 * 1024
}

/** The limit from STORY_CACHE_MB (default 128 MB). */
export const storyCacheLimit = (env: Record<string, string | undefined> = process.env): number =>
  megabytesLimit('STORY_CACHE_MB', 128, env)

/** The limit of the story page's views from STORY_VIEW_CACHE_MB (default 32 MB). */
export const viewCacheLimit = (env: Record<string, string | undefined> = process.env): number =>
  megabytesLimit('STORY_VIEW_CACHE_MB', 32, env)
