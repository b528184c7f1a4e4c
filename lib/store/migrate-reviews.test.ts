import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { afterAll, describe, expect, it } from 'vitest'
import type { StoreDb } from './db'
import { migrationsDir } from './db'
import { readStory } from './read'
import { getReview, openReviews } from './reviews'
import { checkForStore, writeStory } from '../commands/stories/import'

// Migration 0003 on a store written just before it (migrations up to 0002): the drafts of an imported article leave
// the story for a review, with no stance and no "unassigned" camp.
const dir = mkdtempSync(path.join(tmpdir(), 'reader-migrate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0003 (reviews)', () => {
  it('moves a story’s draft rows into a review and drops the draft mark', async () => {
    const old = path.join(dir, 'old')
    cpSync(migrationsDir(), old, { recursive: true })
    const journal = JSON.parse(readFileSync(path.join(old, 'meta', '_journal.json'), 'utf8'))
    journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 3)
    writeFileSync(path.join(old, 'meta', '_journal.json'), JSON.stringify(journal))
    const pglite = await PGlite.create()
    const db = drizzle(pglite) as unknown as StoreDb
    await migrate(db as never, { migrationsFolder: old })

    const raw = JSON.parse(readFileSync(path.join(__dirname, '__fixtures__', 'old-drafts.json'), 'utf8'))
    const draftIds: string[] = raw.statements
      .filter((s: { review?: string }) => s.review)
      .map((s: { id: string }) => s.id)
    for (const s of raw.statements) delete s.review
    // Today's writer also fills a column from a later migration (0004's statement date);
    // lend it that column for the write, then take it away, leaving the store as 0002 had it.
    await db.execute(sql`alter table statements add column statement_date text`)
    await writeStory(db, checkForStore('old-drafts.json', JSON.stringify(raw)), { actor: 'seed' })
    await db.execute(sql`alter table statements drop column statement_date`)
    await db.execute(sql`update statements set draft = true where id in ${draftIds}`)
    expect(draftIds).toHaveLength(7)

    await migrate(db as never, { migrationsFolder: migrationsDir() })
    const story = (await readStory(db, 'imported-drafts'))!
    expect(story.statements.map((s) => s.id)).toEqual(
      raw.statements.map((s: { id: string }) => s.id).filter((id: string) => !draftIds.includes(id)),
    )
    expect(story.perspectives.map((p) => p.id)).toEqual(['pakistani-officials', 'taliban', 'analysts'])
    const [summary] = await openReviews(db, 'imported-drafts')
    expect(summary).toMatchObject({ drafts: 7, reviewed: 0 })
    const review = (await getReview(db, summary!.id))!
    expect(review.sourceId).toBe('kakar-says-kabul-took-no-concrete-steps')
    expect(review.drafts.map((d) => d.id).sort()).toEqual([...draftIds].sort())
    expect(review.drafts.every((d) => d.stance === null && !d.reviewed)).toBe(true)
    expect(
      review.drafts
        .filter((d) => d.perspective === null)
        .map((d) => d.id)
        .sort(),
    ).toEqual([
      'durrani-kakar-says-kabul-took-no-concrete-steps',
      'durrani-kakar-says-kabul-took-no-concrete-steps-2',
    ])
    for (const d of review.drafts) {
      const was = raw.statements.find((s: { id: string }) => s.id === d.id)
      expect(d.text.replace(/\s+/g, ' ')).toBe(was.text.replace(/\s+/g, ' '))
    }
    const columns = await db.execute(
      sql`select column_name from information_schema.columns where table_name = 'statements' and column_name = 'draft'`,
    )
    expect((columns as unknown as { rows: unknown[] }).rows).toEqual([])
    await pglite.close()
  }, 120_000)
})
