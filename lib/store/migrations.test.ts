import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { afterAll, describe, expect, it } from 'vitest'
import { valuesToMend } from '../story/mend'
import * as authTables from './auth-tables'
import * as claimTables from './claim-tables'
import { migrationsDir, openStore } from './db'
import * as historyTables from './history-tables'
import { readStory } from './read'
import * as reviewTables from './review-tables'
import { getReview } from './reviews'
import * as speakerTables from './speaker-tables'
import * as archiveTables from './archive-tables'
import * as feedTables from './feed-tables'
import { readAliases } from './speakers'
import * as tables from './tables'

/**
 * The migrations as drizzle-kit keeps them: the hand-written ones (0000–0005) never
 * change, each has a snapshot whose difference from the one before is its SQL, the last
 * snapshot is tables.ts, a store migrated from nothing is tables.ts to the column, and a
 * store made by main before this change migrates and still loads.
 */

const dir = migrationsDir()
const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[]
}
const snapshot = (idx: number) =>
  JSON.parse(readFileSync(path.join(dir, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8'))
const schema = {
  ...tables,
  ...claimTables,
  ...authTables,
  ...historyTables,
  ...reviewTables,
  ...speakerTables,
  ...archiveTables,
  ...feedTables,
}
const temp = mkdtempSync(path.join(tmpdir(), 'reader-migrations-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** Landed migrations are never edited: their text as it landed. */
const LANDED: Record<string, string> = {
  '0000_init': '2119895ae35c62a98ae2708942fa369d558f769d9fc1fd9f4c05093d18e7ba88',
  '0001_auth': '4668953b0837b6c53637906e5b302dacdb43ab7ddb8c8bf68ec929fdeeda1733',
  '0002_history': '7075c575abbcbc8f72abb82b4387cec9f6e3c5ae5b06822b303004b5d67d24cd',
  '0003_reviews': '578590cce45054984cd09a4f72442146bba6a6c42f7522d20883f8d7ab7b8537',
  '0004_timeline_speakers': '0e498b6872621e2d2d5629a59a032477048b83610c4640e9d46d5e774f210bb0',
  '0005_draft_statement_date': '3026a0ece162e0fb5d0cb0699759f2cf8abcfda52f3a537e046e2c3014aa2b5a',
  '0006_speaker_names': 'b9a9c38910c481fb615696856a822f0d10e961f867e63cfdd735b8b769936040',
}

const statementsOf = (text: string) =>
  text
    .split('--> statement-breakpoint')
    .map((s) =>
      s
        .replace(/--[^\n]*\n/g, '')
        .replace(/\s+/g, ' ')
        .replace(/;\s*$/, '')
        .trim(),
    )
    .filter(Boolean)

/** Every column, constraint and index of the store's tables, as PostgreSQL itself describes them. */
async function catalog(db: PGlite): Promise<string[]> {
  const rows = async (query: string) => (await db.query<{ line: string }>(query)).rows.map((r) => r.line)
  return [
    ...(await rows(`
      select c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
        || case when a.attnotnull then ' not null' else '' end
        || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as line
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`)),
    ...(await rows(`
      select c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) as line
      from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public'`)),
    ...(await rows(`select indexdef as line from pg_indexes where schemaname = 'public'`)),
  ].sort()
}

describe('the migrations', () => {
  it('keep the landed ones (0000–0006) byte for byte, and every one has its snapshot in the journal', () => {
    for (const [tag, hash] of Object.entries(LANDED))
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(dir, `${tag}.sql`)))
          .digest('hex'),
        tag,
      ).toBe(hash)
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql'))
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files.sort())
    for (const entry of journal.entries) {
      const shot = snapshot(entry.idx)
      if (entry.idx > 0) expect(shot.prevId, entry.tag).toBe(snapshot(entry.idx - 1).id)
    }
  })

  it('have snapshots that differ from each other by exactly their SQL (data statements aside)', async () => {
    for (const entry of journal.entries.filter((e) => e.idx > 0)) {
      const generated = await generateMigration(snapshot(entry.idx - 1), snapshot(entry.idx))
      const written = statementsOf(readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8'))
      for (const statement of generated)
        expect(written, `${entry.tag} lacks: ${statement}`).toContain(statementsOf(statement)[0])
      // Every other statement of the file moves data, not the schema.
      for (const statement of written.filter((w) => !generated.map((g) => statementsOf(g)[0]).includes(w)))
        expect(statement, entry.tag).toMatch(
          /^(INSERT|UPDATE|DELETE|CREATE FUNCTION pg_temp|DROP FUNCTION pg_temp)\b/,
        )
    }
  })

  it('end at tables.ts: drizzle-kit would generate nothing, and a store migrated from nothing matches it', async () => {
    const last = snapshot(journal.entries.at(-1)!.idx)
    const now = generateDrizzleJson(schema, last.id)
    expect(await generateMigration(last, now)).toEqual([])
    // One store through the migrations, one made straight from tables.ts: the same catalog.
    const migrated = await PGlite.create()
    const direct = await PGlite.create()
    try {
      await migrate(drizzle(migrated), { migrationsFolder: dir })
      for (const statement of await generateMigration(generateDrizzleJson({}), now))
        await direct.exec(statement)
      const expected = await catalog(direct)
      expect(expected.length).toBeGreaterThan(100)
      expect(await catalog(migrated)).toEqual(expected)
    } finally {
      await migrated.close()
      await direct.close()
    }
  }, 120_000)
})

describe('a store made by main before this change', () => {
  const fixture = JSON.parse(
    readFileSync(path.join(__dirname, '__fixtures__', 'main-store.json'), 'utf8'),
  ) as {
    migrations: { n: number }
    tables: Record<string, Record<string, unknown>[]>
  }
  const STORY = 'pakistan-afghanistan-militancy-2023'

  /** Main's store: its six migrations, then its rows as main's commands wrote them. */
  async function mainStore(folder: string) {
    const old = path.join(temp, 'main-migrations')
    mkdirSync(path.join(old, 'meta'), { recursive: true })
    const entries = journal.entries.slice(0, fixture.migrations.n)
    for (const entry of entries)
      cpSync(path.join(dir, `${entry.tag}.sql`), path.join(old, `${entry.tag}.sql`))
    writeFileSync(path.join(old, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }))
    const pglite = await PGlite.create(folder)
    const db = drizzle(pglite)
    await migrate(db, { migrationsFolder: old })
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const json = new Set(
        (
          await pglite.query<{ column_name: string }>(
            `select column_name from information_schema.columns where table_name = $1 and data_type = 'jsonb'`,
            [table],
          )
        ).rows.map((r) => r.column_name),
      )
      for (const row of rows) {
        const columns = Object.keys(row)
        const values = columns.map((c) => (json.has(c) && row[c] !== null ? JSON.stringify(row[c]) : row[c]))
        await pglite.query(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          values,
        )
      }
    }
    await pglite.query(
      `select setval(pg_get_serial_sequence('changes', 'id'), (select max(id) from changes))`,
    )
    await pglite.close()
  }

  it('migrates, keeps every story, review and merge, and lists the values today’s rules refuse', async () => {
    const folder = path.join(temp, 'main-store')
    await mainStore(folder)
    const previous = process.env.PGLITE_DIR
    process.env.PGLITE_DIR = folder
    const store = await openStore({ waitMs: 0 })
    try {
      const story = (await readStory(store.db, STORY))!
      expect(story.statements).toHaveLength(fixture.tables.statements!.length)
      // Stored before the rules: a source dated a day that does not exist still loads…
      expect(story.sources[0]!.date).toBe('2024-02-31')
      // …and is listed to mend, with the speaker of invisible characters and the look-alike camps.
      const toMend = valuesToMend(story).map((m) => `${m.kind} ${m.id} ${m.field}`)
      expect(toMend).toEqual(
        expect.arrayContaining([
          'source seed-article Date',
          'statement taliban-soil Speaker',
          'camp independent-analysts Name',
          'camp the-taliban Name',
        ]),
      )
      // Speaker names in another form now read as the name written today: one speaker page.
      // Claims came after: the question is the main claim, each stance its stance on it.
      const [stories] = [fixture.tables.stories as { id: string; question: string }[]]
      expect(story.claims).toEqual([
        {
          id: `${STORY}-question`,
          slug: `${STORY}-question`,
          wording: stories!.find((s) => s.id === STORY)!.question,
          notes: [],
        },
      ])
      expect(story.statements.filter((s) => s.stance === undefined)).toEqual([])
      expect(story.nonResponses).toEqual([])
      const achakzai = story.statements.filter((s) => s.id.startsWith('achakzai-')).map((s) => s.speaker.name)
      expect(new Set(achakzai)).toEqual(new Set(['Jan Achakzai']))
      expect(await readAliases(store.db)).toEqual(new Map())
      const [review] = fixture.tables.reviews as { id: string }[]
      expect((await getReview(store.db, review!.id))!.drafts[0]!.speaker.name).toBe('Anwaar-ul-Haq Kakar')
      const applied = await store.pglite!.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      )
      expect(applied.rows[0]!.n).toBe(journal.entries.length)
    } finally {
      await store.close()
      if (previous === undefined) delete process.env.PGLITE_DIR
      else process.env.PGLITE_DIR = previous
    }
  }, 120_000)
})
