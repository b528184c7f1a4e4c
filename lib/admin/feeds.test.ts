import { describe, expect, it } from 'vitest'
import { addFeed } from '../commands/feeds/commands'
import { SEED_ID, seededStore, storeForFile } from '../commands/testing'
import { serveFixtureWeb } from '../ingest/testing'
import type { Store } from '../store/db'
import { inbox } from '../store/feeds'
import { runCommand } from './commands'
import { pollMinutes } from './feeds'

const web = serveFixtureWeb()
let store: Store
storeForFile((s) => (store = s), seededStore)

describe('npm run feeds:poll', () => {
  it('polls every feed and says what each brought or why it was refused', async () => {
    const previous = process.env.FETCH_ALLOW_PRIVATE
    process.env.FETCH_ALLOW_PRIVATE = 'loopback'
    try {
      const actor = 'cli:test@host'
      await addFeed(store.db, {
        storyId: SEED_ID,
        url: `${web.origin}/feeds/region.atom`,
        keywords: [],
        actor,
      })
      await addFeed(store.db, { storyId: SEED_ID, url: `${web.origin}/feeds/xxe.xml`, keywords: [], actor })
      const lines: string[] = []
      await runCommand(store, 'feeds:poll', {}, { say: (l) => lines.push(l), file: async () => {} })
      const items = (await inbox(store.db, SEED_ID)).length
      expect(items).toBeGreaterThan(0)
      expect(lines).toEqual([
        `${web.origin}/feeds/region.atom: ${items} new item${items === 1 ? '' : 's'} in the inbox`,
        expect.stringMatching(new RegExp(`^${web.origin}/feeds/xxe\\.xml: refused: .+`)),
      ])
    } finally {
      process.env.FETCH_ALLOW_PRIVATE = previous
    }
  })

  it('reads FEEDS_POLL_MINUTES: 30 when unset, 0 for never, and refuses anything else in words', () => {
    expect(pollMinutes(undefined)).toBe(30)
    expect(pollMinutes('5')).toBe(5)
    expect(pollMinutes('0')).toBe(0)
    expect(() => pollMinutes('soon')).toThrow(
      'FEEDS_POLL_MINUTES must be a number of minutes (0 for never), not “soon”.',
    )
  })
})
