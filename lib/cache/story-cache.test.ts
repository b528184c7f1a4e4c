import { describe, expect, it } from 'vitest'
import { approximateSize, StoryCache, storyCacheLimit, viewCacheLimit } from './story-cache'

/** A cache whose values are their own size in bytes, so each test names what it holds. */
const sized = (limit: number) => new StoryCache<number>(limit, (bytes) => bytes)
const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('StoryCache', () => {
  it('keeps the total under its limit, the least recently used leaving first', async () => {
    const cache = sized(100)
    cache.set('a', '1', Promise.resolve(40))
    cache.set('b', '1', Promise.resolve(40))
    await settled()
    expect(cache.bytes).toBe(80)
    // Reading a makes b the least recently used.
    expect(await cache.get('a')!.value).toBe(40)
    cache.set('c', '1', Promise.resolve(40))
    await settled()
    expect(cache.ids()).toEqual(['a', 'c'])
    expect(cache.bytes).toBe(80)
    expect(cache.get('b')).toBeUndefined()
  })

  it('keeps no story larger than the whole limit, and drops none for it', async () => {
    const cache = sized(100)
    cache.set('a', '1', Promise.resolve(60))
    cache.set('huge', '1', Promise.resolve(500))
    await settled()
    expect(cache.ids()).toEqual(['a'])
    expect(cache.bytes).toBe(60)
  })

  it('drops a story on a write, freeing its bytes', async () => {
    const cache = sized(100)
    cache.set('a', '1', Promise.resolve(30))
    cache.set('b', '1', Promise.resolve(30))
    await settled()
    cache.forget('a')
    expect(cache.get('a')).toBeUndefined()
    expect(cache.ids()).toEqual(['b'])
    expect(cache.bytes).toBe(30)
  })

  it('replaces an older stamp, counting only the newer copy', async () => {
    const cache = sized(100)
    cache.set('a', '1', Promise.resolve(30))
    await settled()
    cache.set('a', '2', Promise.resolve(50))
    await settled()
    expect(cache.get('a')!.stamp).toBe('2')
    expect(cache.bytes).toBe(50)
  })

  it('does not count a copy forgotten while it was being read', async () => {
    const cache = sized(100)
    let finish!: (value: number) => void
    cache.set('a', '1', new Promise<number>((resolve) => (finish = resolve)))
    cache.forget('a')
    finish(70)
    await settled()
    expect(cache.bytes).toBe(0)
    expect(cache.ids()).toEqual([])
  })

  it('forgets a read that failed, so the next request reads again', async () => {
    const cache = sized(100)
    const failed = Promise.reject(new Error('store closed'))
    cache.set('a', '1', failed)
    await failed.catch(() => {})
    await settled()
    expect(cache.get('a')).toBeUndefined()
  })
})

describe('approximateSize', () => {
  it('grows with the text and the rows a story holds', () => {
    const row = { id: 's1', text: 'x'.repeat(100), caveats: ['one'] }
    const one = approximateSize({ statements: [row] })
    const two = approximateSize({ statements: [row, { ...row, id: 's2' }] })
    expect(one).toBeGreaterThan(200)
    expect(two - one).toBeGreaterThan(200)
    expect(approximateSize({ text: 'x'.repeat(1000) })).toBeGreaterThan(approximateSize({ text: 'x' }) + 1900)
  })
})

describe('storyCacheLimit', () => {
  it('reads STORY_CACHE_MB in megabytes, 128 when unset, and refuses a non-number', () => {
    expect(storyCacheLimit({})).toBe(128 * 1024 * 1024)
    expect(storyCacheLimit({ STORY_CACHE_MB: '64' })).toBe(64 * 1024 * 1024)
    expect(storyCacheLimit({ STORY_CACHE_MB: '0' })).toBe(0)
    expect(() => storyCacheLimit({ STORY_CACHE_MB: 'lots' })).toThrow(/STORY_CACHE_MB must be a number/)
  })
})

describe('viewCacheLimit', () => {
  it('reads STORY_VIEW_CACHE_MB in megabytes, 32 when unset, and refuses a non-number', () => {
    expect(viewCacheLimit({})).toBe(32 * 1024 * 1024)
    expect(viewCacheLimit({ STORY_VIEW_CACHE_MB: '8' })).toBe(8 * 1024 * 1024)
    expect(viewCacheLimit({ STORY_VIEW_CACHE_MB: '0' })).toBe(0)
    expect(() => viewCacheLimit({ STORY_VIEW_CACHE_MB: '-1' })).toThrow(
      /STORY_VIEW_CACHE_MB must be a number/,
    )
  })
})
