import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { readStory } from './read'
import { getReview, openReviews } from './reviews'
import { checkForStore, writeStory } from '../commands/stories/import'
import { lendClaimTables, returnClaimTables, storeBefore } from './testing'

// Migration 0003 on a store written just before it (migrations up to 0002): the drafts of an imported article leave
// the story for a review, with no stance and no "unassigned" camp.
const dir = mkdtempSync(path.join(tmpdir(), 'reader-migrate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('migration 0003 (reviews)', () => {
  it('moves a story’s draft rows into a review and drops the draft mark', async () => {
    const { db, upgrade, close } = await storeBefore(3, dir)

    const raw = JSON.parse(readFileSync(path.join(__dirname, '__fixtures__', 'old-drafts.json'), 'utf8'))
    const draftIds: string[] = raw.statements
      .filter((s: { review?: string }) => s.review)
      .map((s: { id: string }) => s.id)
    for (const s of raw.statements) delete s.review
    // Today's writer also fills a column and tables from later migrations (0004's statement
    // date, 0007's claims); lend them for the write, then take them away, leaving the store
    // as 0002 had it.
    await db.execute(sql`alter table statements add column statement_date text`)
    await lendClaimTables(db)
    await writeStory(db, checkForStore('old-drafts.json', JSON.stringify(raw)), { actor: 'seed' })
    await returnClaimTables(db)
    await db.execute(sql`alter table statements drop column statement_date`)
    await db.execute(sql`update statements set draft = true where id in ${draftIds}`)
    expect(draftIds).toHaveLength(7)

    await upgrade()
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
    await close()
  }, 120_000)
})
