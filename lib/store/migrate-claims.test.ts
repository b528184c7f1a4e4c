import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { checkForStore, writeStory } from '../commands/stories/import'
import { canonicalText, storyJson } from './canonical'
import { neutralStancesToConfirm } from './claim-reads'
import { readStory, toStoryFile } from './read'
import { lendClaimTables, returnClaimTables, seedBeforeClaims, storeBefore } from './testing'

// The claims migrations (0007 tables, 0008 data) on a store as the app left it before claims
// (migrations up to 0006), holding stories written from files without claims.
const dir = mkdtempSync(path.join(tmpdir(), 'reader-migrate-claims-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const root = path.join(__dirname, '..', '..')
const fixture = (name: string) => readFileSync(path.join(root, 'e2e', 'fixtures', 'stories', name), 'utf8')

describe('migrations 0007 and 0008 (claims)', () => {
  it('makes each story’s question its main claim, keeps every stance, and lists neutral ones', async () => {
    const { db, upgrade, close } = await storeBefore(7, dir)

    const files = {
      'pakistan-afghanistan-militancy-2023': seedBeforeClaims(),
      'fictional-reservoir-timeline': fixture('fictional-reservoir-timeline.json'),
      'fictional-dam-4-camps': fixture('fictional-dam-4-camps.json'),
    }
    await lendClaimTables(db)
    for (const [id, text] of Object.entries(files))
      await writeStory(db, checkForStore(`${id}.json`, text), { actor: 'seed' })
    await returnClaimTables(db)
    // The old store's rows, to compare with after.
    const before = await db.execute(
      sql`select story_id, id, stance_value, stance_label from statements order by story_id, position`,
    )
    const neutral = (
      before as unknown as { rows: { story_id: string; id: string; stance_value: string }[] }
    ).rows
      .filter((row) => row.stance_value === 'neutral')
      .map((row) => `${row.story_id}/${row.id}`)
    expect(neutral.length).toBeGreaterThan(0)

    await upgrade()

    for (const [id, text] of Object.entries(files)) {
      const story = (await readStory(db, id))!
      const raw = JSON.parse(text) as { question: string; statements: { id: string; stance: object }[] }
      // The question is the main claim, under the id a file without claims gives it.
      expect(story.claims).toEqual([
        { id: `${id}-question`, slug: `${id}-question`, wording: raw.question, notes: [] },
      ])
      // Every stance is still there, now the stance on the main claim.
      expect(story.statements.map((s) => [s.id, s.stance])).toEqual(
        raw.statements.map((s) => [s.id, s.stance]),
      )
      // Nothing lost: the story exports byte for byte as its file's canonical form.
      expect(storyJson(toStoryFile(story))).toBe(canonicalText(text))
    }
    const after = await db.execute(
      sql`select story_id, id, stance_value, stance_label from statements order by story_id, position`,
    )
    expect((after as unknown as { rows: unknown[] }).rows).toEqual(
      (before as unknown as { rows: unknown[] }).rows,
    )

    // Every main-claim neutral stance is listed for an editor to confirm.
    const listed: string[] = []
    for (const id of Object.keys(files))
      for (const row of await neutralStancesToConfirm(db, id)) listed.push(`${id}/${row.statementId}`)
    expect(listed.sort()).toEqual(neutral.sort())
    await close()
  }, 180_000)
})
