import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { extractStatements } from '../../extract/extract'
import { LOOPBACK, serveFixtureWeb } from '../../ingest/testing'
import { pageArchives } from '../../store/archive-tables'
import { archivedPage, sourceArchive, sourceByline } from '../../store/archives'
import type { Store } from '../../store/db'
import { entityHistory } from '../../store/history'
import { readStory } from '../../store/read'
import { getReview } from '../../store/reviews'
import { parseInput } from '../endpoint'
import { saveToStory } from '../reviews/save'
import {
  createReviewAs as createReview,
  markReviewedAs as markReviewed,
  SEED_ID,
  seededStore,
  storeForFile,
  updateDraftAs as updateDraft,
} from '../testing'
import { compareSource, fetchArticle, readArticleFile } from './fetch'
import * as articles from './schema'

const web = serveFixtureWeb()
let store: Store
storeForFile((s) => (store = s), seededStore)

const EDITOR = 'user:editor@example.org'
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** A fetch the way its route makes it: the body through the schema, loopback allowed as in tests. */
const fetchAs = async (url: string, storyId = SEED_ID) =>
  fetchArticle(store.db, {
    storyId,
    actor: EDITOR,
    fetch: { allow: LOOPBACK },
    ...parseInput(articles.fetchArticle, { url }),
  })

const archiveRows = () => store.db.select().from(pageArchives)

describe('adding an article by its address', () => {
  it('fills the form from the page and keeps the page as fetched, with each sha256 and its history', async () => {
    const url = `${web.origin}/news/world-asia-68512345`
    const fetched = await fetchAs(url)
    expect(fetched.fields).toMatchObject({
      title: 'Pakistan and Afghanistan agree to talks on border fencing',
      publisher: 'Asia Wire',
      byline: 'Omar Farooq and Lena Hart',
      url,
    })
    // What the server sent, read here by a plain fetch: the copy is byte for byte the page.
    const served = await (await fetch(url)).text()
    const [row] = await store.db.select().from(pageArchives).where(eq(pageArchives.id, fetched.archiveId))
    expect(row).toMatchObject({
      storyId: SEED_ID,
      reviewId: null,
      sourceId: null,
      requestedUrl: url,
      url,
      html: served,
      htmlSha256: sha256(served),
      text: fetched.fields.text,
      textSha256: sha256(fetched.fields.text),
      byline: 'Omar Farooq and Lena Hart',
      fetchedBy: EDITOR,
    })
    expect(row!.text).toContain('The talks will take place in Doha next week')
    expect(row!.text).not.toContain('We use cookies')
    expect(Math.abs(row!.fetchedAt.getTime() - Date.now())).toBeLessThan(60_000)
    const [change] = await entityHistory(store.db, SEED_ID, 'archive', fetched.archiveId)
    expect(change).toMatchObject({
      action: 'fetch',
      actor: EDITOR,
      after: { url, htmlSha256: sha256(served) },
    })
  })

  it('refuses a redirect to a private address in words, keeping nothing', async () => {
    const before = (await archiveRows()).length
    const refused = fetchAs(`${web.origin}/redirect/private`)
    await expect(refused).rejects.toMatchObject({ code: 'invalid', details: { field: 'url' } })
    await expect(refused).rejects.toThrow(/private network/)
    expect(await archiveRows()).toHaveLength(before)
  })

  it('refuses an address that is no web page before fetching anything', async () => {
    const seen = web.requests.length
    await expect(fetchAs('ftp://files.example.org/report.txt')).rejects.toThrow(
      'That address starts with “ftp:”; only web pages (http:// or https://) can be fetched.',
    )
    await expect(fetchAs(`${web.origin}/news/x`, 'no-such-story')).rejects.toMatchObject({
      code: 'not_found',
    })
    expect(web.requests.length).toBe(seen)
  })

  it('carries the copy through the review into the new source, and takes one copy into one review only', async () => {
    const fetched = await fetchAs(`${web.origin}/edited/trade-talks`)
    const article = fetched.fields.text
    const reviewId = await createReview(store.db, {
      storyId: SEED_ID,
      actor: EDITOR,
      article,
      source: {
        title: fetched.fields.title!,
        publisher: fetched.fields.publisher!,
        url: fetched.fields.url!,
      },
      drafts: extractStatements(article),
      archiveId: fetched.archiveId,
    })
    await expect(
      createReview(store.db, {
        storyId: SEED_ID,
        actor: EDITOR,
        article: `${article}\n\nAgain.`,
        source: {},
        drafts: [],
        archiveId: fetched.archiveId,
      }),
    ).rejects.toMatchObject({ code: 'conflict', details: { reviewId } })

    const [draft] = (await getReview(store.db, reviewId))!.drafts
    const set = await updateDraft(store.db, reviewId, draft!.id, draft!.version, {
      perspective: 'pakistani-officials',
      stance: { value: 'neutral', label: 'Wants the crossing open' },
    })
    await markReviewed(store.db, reviewId, draft!.id, set.version, true)
    const saved = await saveToStory(store.db, reviewId, EDITOR)

    const kept = (await archivedPage(store.db, SEED_ID, saved.sourceId))!
    expect(kept.id).toBe(fetched.archiveId)
    expect(kept.text).toBe(article)
    const source = (await readStory(store.db, SEED_ID))!.sources.find((s) => s.id === saved.sourceId)!
    expect(source.title).toBe('Kabul and Islamabad reopen trade talks')
    expect(source.text).toBe(article)
    const archive = await sourceArchive(store.db, SEED_ID, saved.sourceId)
    expect(archive).toMatchObject({
      url: `${web.origin}/edited/trade-talks`,
      htmlLength: kept.html.length,
      byline: 'Sana Qureshi',
    })
    // The byline stays with the page as fetched, never in the story's source.
    expect(await sourceByline(store.db, SEED_ID, saved.sourceId, archive)).toBe('Sana Qureshi')
    expect(Object.keys(source)).not.toContain('byline')

    // Fetched again after the publisher's edit: a word diff, and nothing kept changes.
    const compared = await compareSource(store.db, {
      storyId: SEED_ID,
      sourceId: saved.sourceId,
      fetch: { allow: LOOPBACK },
    })
    expect(compared.comparison.same).toBe(false)
    const added = compared.comparison
      .changes!.filter((c) => c.kind === 'added')
      .map((c) => c.text)
      .join(' ')
    const removed = compared.comparison
      .changes!.filter((c) => c.kind === 'removed')
      .map((c) => c.text)
      .join(' ')
    expect(added).toMatch(/difficult/)
    expect(added).toMatch(/A second round is planned for May/)
    expect(removed).toMatch(/useful/)
    expect(compared.archivedAt).toBe(kept.fetchedAt.toISOString())
    expect((await archivedPage(store.db, SEED_ID, saved.sourceId))!.text).toBe(article)
    const after = (await readStory(store.db, SEED_ID))!.sources.find((s) => s.id === saved.sourceId)!
    expect(after.text).toBe(article)
  })

  it('refuses a copy it does not hold, and a comparison for a source not added by its address', async () => {
    const other = await fetchAs(`${web.origin}/2024/03/04/traders-count-losses-as-torkham-reopens/`)
    await expect(
      createReview(store.db, {
        storyId: SEED_ID,
        actor: EDITOR,
        article: other.fields.text,
        source: {},
        drafts: [],
        archiveId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ code: 'invalid', details: { field: 'archiveId' } })
    const seedSource = (await readStory(store.db, SEED_ID))!.sources[0]!
    await expect(
      compareSource(store.db, { storyId: SEED_ID, sourceId: seedSource.id, fetch: { allow: LOOPBACK } }),
    ).rejects.toThrow('This source was not added by its address')
  })
})

describe('opening a file', () => {
  const pages = path.join(__dirname, '..', '..', '..', 'e2e', 'web-fixtures', 'pages')
  const asFile = (name: string, type: string | null) =>
    readArticleFile(
      parseInput(articles.readArticleFile, {
        name,
        type,
        base64: readFileSync(path.join(pages, name)).toString('base64'),
      }),
    )

  it('reads a saved page’s title, publisher and date, and a text file’s headline out of its body', () => {
    const page = asFile('wordpress-article.html', 'text/html')
    expect(page.title).toBeTruthy()
    expect(page.text).not.toContain('<p>')
    const text = asFile('plain-article.txt', 'text/plain')
    const firstLine = readFileSync(path.join(pages, 'plain-article.txt'), 'utf8').split('\n')[0]!.trim()
    expect(text.title).toBe(firstLine)
    expect(text.text.startsWith(firstLine)).toBe(false)
  })

  it('keeps a saved page’s byline with the review that adds it, for the source it becomes', async () => {
    const fields = asFile('wordpress-article.html', 'text/html')
    expect(fields.byline).toBeTruthy()
    const reviewId = await createReview(store.db, {
      storyId: SEED_ID,
      actor: EDITOR,
      article: fields.text,
      source: { title: fields.title!, byline: fields.byline! },
      drafts: extractStatements(fields.text),
    })
    const [draft] = (await getReview(store.db, reviewId))!.drafts
    const set = await updateDraft(store.db, reviewId, draft!.id, draft!.version, {
      perspective: 'pakistani-officials',
      stance: { value: 'neutral', label: 'Says the crossing reopened' },
    })
    await markReviewed(store.db, reviewId, draft!.id, set.version, true)
    const saved = await saveToStory(store.db, reviewId, EDITOR)
    expect(await sourceArchive(store.db, SEED_ID, saved.sourceId)).toBeNull()
    expect(await sourceByline(store.db, SEED_ID, saved.sourceId, null)).toBe(fields.byline)
    const source = (await readStory(store.db, SEED_ID))!.sources.find((s) => s.id === saved.sourceId)!
    expect(Object.keys(source)).not.toContain('byline')
  })

  it('refuses a file that is no article, naming it', () => {
    expect(() =>
      readArticleFile(
        parseInput(articles.readArticleFile, { name: 'empty.txt', type: 'text/plain', base64: '' }),
      ),
    ).toThrow(/empty\.txt/)
  })
})
