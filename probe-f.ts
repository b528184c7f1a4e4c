import { atomFeed, rssFeed, BROKEN_FEED, XXE_FEED, LAUGHS_FEED } from './e2e/web-fixtures/feeds'
import { parseFeedXml } from './lib/ingest/feeds'
const o = 'http://127.0.0.1:9'
for (const x of [rssFeed(1, o), rssFeed(2, o), atomFeed(o)]) console.log(JSON.stringify(parseFeedXml(x, o + '/feeds/world.rss'), (k, v) => k === 'content' ? v.slice(0, 8) : v, 1).slice(0, 3000))
for (const x of [BROKEN_FEED, XXE_FEED, LAUGHS_FEED, '<html><body>x</body></html>']) { try { parseFeedXml(x, o) } catch (e) { console.log((e as Error).message, String((e as any).cause?.cause ?? '')) } }
