import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { rewordClaim } from '../../commands/claims/reword'
import { mergeSpeaker } from '../../commands/speakers/commands'
import { importStoryText } from '../../commands/stories/import'
import { addUserAs as addUser, createReviewAs as createReview } from '../../commands/testing'
import { authSecret } from '../../auth/secret'
import { extractStatements } from '../../extract/extract'
import { sha256Hex } from '../../ingest/archive'
import { addFeed } from '../../commands/feeds/commands'
import { addNonResponse } from '../../commands/non-responses/commands'
import { takePollLock } from '../../commands/feeds/poll'
import { contentKey, urlKey } from '../../ingest/dedupe'
import { pageArchives } from '../archive-tables'
import { feedItems } from '../feed-tables'
import { authRateLimits, authSessions, authVerifications } from '../auth-tables'
import type { Store } from '../db'
import { claimRedirects, neutralToConfirm } from '../claim-tables'
import { reviewClaims } from '../review-tables'
import { EXCLUDED, schemaTables } from './catalog'
import { plainConn, type Conn } from './conn'

/** For backup tests: a store with a row in every table, and every table's rows to compare. */

export const ACCOUNT = { email: 'moved.admin@example.org', password: 'a moved password 1' }

export const SEED = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'data',
  'stories',
  'pakistan-afghanistan-militancy-2023.json',
)

const ARTICLE =
  'Islamabad, 3 March 2023. "We will answer every attack on our posts," the army spokesman, Ahmed Sharif, said on Friday.'

/**
 * Fills every table the app has today: a story with its history and claims (one reworded,
 * one neutral stance listed to confirm, one merged away into it), a speaker merge, an account with its password
 * hash, the settings, a review with drafts, a coder's own claim, a non-response and the page it was fetched from, a feed with
 * an inbox item and the poll lock, and the rows a backup leaves out (a session, a
 * rate-limit counter). A table added later and not
 * filled here makes `emptyTables` name it, and the backup tests fail until it is.
 */
export async function fillEveryTable(store: Store): Promise<void> {
  const text = readFileSync(SEED, 'utf8')
  const { story } = await importStoryText(store.db, 'seed.json', text, { actor: 'seed' })
  const claim = story.claims.at(-1)!
  await store.db.transaction((tx) =>
    rewordClaim(tx, {
      claimId: claim.id,
      wording: `${claim.wording.slice(0, -1)}, say some.`,
      actor: 'seed',
    }),
  )
  await store.db.insert(neutralToConfirm).values({ storyId: story.id, statementId: story.statements[0]!.id })
  // A claim merged away earlier: its old id, slug and wording redirect to the one it became.
  await store.db.insert(claimRedirects).values({
    claimId: 'soil-used-elsewhere',
    slug: 'soil-used-elsewhere',
    wording: 'Afghan soil is used against other countries.',
    into: claim.id,
    rewordings: [],
    actor: 'seed',
  })
  const names = [...new Set(story.statements.map((s) => s.speaker.name))]
  await mergeSpeaker(store.db, { name: names[0]!, into: names[1]!, actor: 'cli:test@host' })
  const user = await addUser(store.db, { email: ACCOUNT.email, role: 'admin', password: ACCOUNT.password })
  await authSecret(store.db, () => {})
  const reviewId = await createReview(store.db, {
    storyId: story.id,
    article: ARTICLE,
    source: { publisher: 'A wire', title: 'Army answers', date: '2023-03-03', url: 'https://example.org/a' },
    drafts: extractStatements(ARTICLE),
    actor: 'cli:test@host',
  })
  // A non-response recorded in the review from a selection of its article.
  const words = 'said on Friday'
  await addNonResponse(store.db, {
    reviewId,
    actor: 'cli:test@host',
    span: { start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length },
    perspective: story.perspectives[1]!.id,
    claim: story.claims[0]!.id,
  })
  // A claim a blind coder created in their review, settled (dropped) by an editor: its row
  // keeps who created it and who settled it (lib/coding/private-claims).
  await store.db.insert(reviewClaims).values({
    id: 'private:backup-test',
    reviewId,
    wording: 'The army answers every attack.',
    createdBy: 'user:coder@example.org',
    outcome: 'dropped',
    settledBy: 'cli:test@host',
    settledAt: new Date('2023-03-04T12:00:00Z'),
  })
  // The page the review's article was fetched from, as kept (lib/commands/articles).
  const page = `<!doctype html><html><body><article><p>${ARTICLE}</p></article></body></html>`
  await store.db.insert(pageArchives).values({
    id: randomUUID(),
    storyId: story.id,
    reviewId,
    requestedUrl: 'https://example.org/a',
    url: 'https://example.org/a',
    fetchedAt: new Date('2023-03-03T12:00:00Z'),
    mediaType: 'text/html',
    charset: 'utf-8',
    html: page,
    htmlSha256: sha256Hex(page),
    text: ARTICLE,
    textSha256: sha256Hex(ARTICLE),
    fetchedBy: 'cli:test@host',
  })
  // A watched feed with an item in the inbox, and a poll under way (its lease).
  const feed = await addFeed(store.db, {
    storyId: story.id,
    url: 'https://example.org/feed.xml',
    keywords: ['army'],
    actor: 'cli:test@host',
  })
  const item = { title: 'Army answers', summary: 'The army answered every attack.' }
  await store.db.insert(feedItems).values({
    id: randomUUID(),
    storyId: story.id,
    feedId: feed.id,
    guidKey: `${feed.id} a-1`,
    urlKey: urlKey('https://example.org/a'),
    contentKey: contentKey(item.title, item.summary),
    url: 'https://example.org/a',
    ...item,
    outlet: 'A wire',
    published: '2023-03-03',
    matched: ['army'],
  })
  await takePollLock(store.db, 'test-host:1')
  const later = new Date(Date.now() + 3_600_000)
  await store.db
    .insert(authSessions)
    .values({ id: randomUUID(), token: randomUUID(), userId: user.id, expiresAt: later })
  await store.db
    .insert(authRateLimits)
    .values({ id: randomUUID(), key: '127.0.0.1/sign-in/email', count: 1, lastRequest: Date.now() })
  await store.db
    .insert(authVerifications)
    .values({ id: randomUUID(), identifier: ACCOUNT.email, value: randomUUID(), expiresAt: later })
}

/** Tables of the store's schema that hold no row. */
export async function emptyTables(store: Store): Promise<string[]> {
  const rows = await tableRows(plainConn(store))
  return Object.keys(rows).filter((name) => rows[name]!.length === 0)
}

/**
 * Every table's rows as JSON (row_to_json: a reading of its own, not the backup's), in
 * UTC, sorted: two stores hold the same rows when these are equal.
 */
export async function tableRows(conn: Conn): Promise<Record<string, string[]>> {
  await conn.query(`set timezone to 'UTC'`)
  const out: Record<string, string[]> = {}
  for (const { name } of await schemaTables(conn)) {
    const rows = await conn.query<{ r: string }>(`select row_to_json(x)::text as r from "${name}" x`)
    out[name] = rows.map((row) => row.r).sort()
  }
  return out
}

/** The rows a backup holds: every table's but the excluded ones. */
export async function backedUpRows(conn: Conn): Promise<Record<string, string[]>> {
  const all = await tableRows(conn)
  return Object.fromEntries(Object.entries(all).filter(([name]) => !(name in EXCLUDED)))
}
