import { readFileSync } from 'node:fs'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, type PostgresServer } from '../../scripts/postgres-server'
import { authUsers } from '../store/auth-tables'
import { campList } from '../store/camp-list'
import { openStore, type Store } from '../store/db'
import { storyHistory } from '../store/history'
import { getReview } from '../store/reviews'
import { readAliases } from '../store/speakers'
import { readStatement } from '../store/statement-rows'
import { addCamp, deleteCamp } from './camps/commands'
import { CommandError } from './errors'
import { mergeSpeaker, splitSpeaker } from './speakers/commands'
import { importStoryText } from './stories/import'
import { REVIEW_DRAFTS_MAX } from './reviews/schema'
import { SEED_ID, addDraftAs, createReviewAs, editStatementAs, removeDraftAs } from './testing'
import { fromStoreError } from './transaction'
import { setDisabled, setRole } from './users/commands'

/**
 * Two app instances on one PostgreSQL server, racing: each instance is a store of its own
 * (its own pool of connections, as `openStore` gives every app process), and each try sends
 * the two commands at the same moment, one through each, the second a few random
 * milliseconds behind so that either may win. After every try the invariant is checked on
 * the server: an admin remains; no speaker is merged into a merged name (so no alias
 * cycle); a camp deleted while a statement moves into it ends in one success and one 409
 * in words, never a 500, with the statement in a camp that exists; a review never passes
 * its most drafts. Outcomes are counted as the route wrapper answers them (route.ts).
 */

const TRIES = 30
const root = path.join(__dirname, '..', '..')
const SEED = path.join(root, 'data', 'stories', `${SEED_ID}.json`)
const ACTOR = 'user:editor@example.org'

let server: PostgresServer | undefined
let one: Store
let two: Store

beforeAll(async () => {
  server = await startPostgres()
  // Opened at once, as two instances start: each migrates under the advisory lock.
  ;[one, two] = await Promise.all([
    openStore({ databaseUrl: server.url }),
    openStore({ databaseUrl: server.url }),
  ])
  await importStoryText(one.db, 'seed.json', readFileSync(SEED, 'utf8'), { actor: 'seed' })
})

afterAll(async () => {
  await Promise.allSettled([one?.close(), two?.close()])
  if (server) {
    // pg's pool.end() resolves before its connections have said goodbye: wait for them, so
    // the server's shutdown does not reach a closing connection as an uncaught error.
    const client = new pg.Client({ connectionString: server.url })
    await client.connect()
    const others = async () =>
      (
        await client.query(
          "select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
        )
      ).rows[0].n as number
    for (const until = Date.now() + 30_000; Date.now() < until && (await others()) > 0;) await pause(100)
    await client.end()
    await server.stop()
  }
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sends the two at once, one a few random milliseconds behind, so either may win. */
async function atOnce<A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  const lag = Math.random() * 20
  return Math.random() < 0.5
    ? Promise.all([first(), pause(lag).then(second)])
    : Promise.all([pause(lag).then(first), second()])
}

interface Outcome {
  status: number
  code?: string
  message?: string
}

/** What the route wrapper would answer for the command's result or refusal. */
async function outcome(work: Promise<unknown>): Promise<Outcome> {
  try {
    await work
    return { status: 200 }
  } catch (caught) {
    const error = fromStoreError(caught)
    if (error instanceof CommandError)
      return { status: error.status, code: error.code, message: error.message }
    return { status: 500, message: String(error) }
  }
}

/** "200 + 409 conflict" and the like, counted over the tries, for the report. */
function tally(rounds: Outcome[][]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const round of rounds) {
    const key = round
      .map((o) => (o.code ? `${o.status} ${o.code}` : String(o.status)))
      .sort()
      .join(' + ')
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

function report(name: string, rounds: Outcome[][], started: number) {
  console.log(
    `${name}: ${rounds.length} tries in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    JSON.stringify(tally(rounds)),
  )
}

/** A refusal a person can read: a sentence, no object, no SQL state. */
function inWords(o: Outcome) {
  expect(o.status, o.message).not.toBe(500)
  if (o.status === 200) return
  expect(o.message).toMatch(/^[A-Z“].{20,}[.!?]$/)
  expect(o.message).not.toMatch(/\[object|SQLSTATE|violates|deadlock|serializ/i)
}

const activeAdmins = async () =>
  (
    await one.db
      .select({ id: authUsers.id })
      .from(authUsers)
      .where(and(eq(authUsers.role, 'admin'), eq(authUsers.disabled, false)))
  ).map((row) => row.id)

describe('two instances racing on one PostgreSQL', () => {
  it(`keeps an admin when two admins disable or demote each other at once (${TRIES} tries each)`, async () => {
    const started = Date.now()
    const rounds: Outcome[][] = []
    for (let i = 0; i < TRIES * 2; i++) {
      // Two admins, and no other active one: each takes the other out at the same moment.
      // Accounts as addUser makes them (without the password, slow to hash and not raced here).
      const [a, b] = [`admin-a-${i}`, `admin-b-${i}`] as const
      await one.db.insert(authUsers).values(
        [a, b].map((id) => ({
          id,
          email: `${id}@example.org`,
          name: id,
          role: 'admin' as const,
          emailVerified: true,
        })),
      )
      for (const id of await activeAdmins()) if (id !== a && id !== b) await setDisabled(one.db, id, true)
      expect((await activeAdmins()).sort()).toEqual([a, b])
      // The first half disable each other; the second half demote each other.
      const round =
        i < TRIES
          ? await atOnce(
              () => outcome(setDisabled(one.db, b, true)),
              () => outcome(setDisabled(two.db, a, true)),
            )
          : await atOnce(
              () => outcome(setRole(one.db, b, 'editor')),
              () => outcome(setRole(two.db, a, 'reader')),
            )
      rounds.push(round)
      round.forEach(inWords)
      // One of them remains, whoever won; the one refused says why.
      const left = await activeAdmins()
      expect(left.length, JSON.stringify(round)).toBeGreaterThan(0)
      expect(left).toHaveLength(round.filter((o) => o.status !== 200).length)
    }
    report('admins taking each other out', rounds, started)
  })

  it(`never leaves an alias cycle or a chain when A→B and B→A (or B→C) merge at once (${TRIES} tries each)`, async () => {
    const [A, B, C] = ['Jan Achakzai', 'Gen. Asim Munir', 'Mohammad Radmanesh']
    const started = Date.now()
    const rounds: Outcome[][] = []
    for (let i = 0; i < TRIES * 2; i++) {
      const round = await atOnce(
        () => outcome(mergeSpeaker(one.db, { name: A, into: B, actor: ACTOR })),
        () => outcome(mergeSpeaker(two.db, { name: B, into: i < TRIES ? A : C, actor: ACTOR })),
      )
      rounds.push(round)
      round.forEach(inWords)
      const aliases = await readAliases(one.db)
      // Merges stay one level deep: no name is merged into a name that is itself merged.
      for (const [name, canonical] of aliases)
        expect(aliases.has(canonical), `${name} → ${canonical}`).toBe(false)
      expect(aliases.size).toBeGreaterThan(0)
      // Back to no merges for the next try.
      for (const name of aliases.keys()) await splitSpeaker(one.db, { name, actor: ACTOR })
      expect((await readAliases(one.db)).size).toBe(0)
    }
    report('speaker merges crossing', rounds, started)
  })

  it(`answers 200 or a 409 in words when a camp is deleted as a statement moves into it (${TRIES} tries)`, async () => {
    const statementId = 'munir-guterres'
    const home = (await readStatement(one.db, SEED_ID, statementId))!.perspective
    const started = Date.now()
    const rounds: Outcome[][] = []
    for (let i = 0; i < TRIES; i++) {
      const camp = await addCamp(one.db, {
        storyId: SEED_ID,
        actor: ACTOR,
        label: `Passing camp ${i}`,
        definition: 'Here for one try.',
      })
      const before = (await readStatement(one.db, SEED_ID, statementId))!
      const [deleted, moved] = await atOnce(
        () =>
          outcome(
            deleteCamp(one.db, {
              storyId: SEED_ID,
              actor: ACTOR,
              campId: camp.id,
              expectedVersion: camp.version,
            }),
          ),
        () =>
          outcome(
            editStatementAs(two.db, {
              storyId: SEED_ID,
              statementId,
              actor: ACTOR,
              expectedVersion: before.version,
              changes: { perspective: camp.id },
            }),
          ),
      )
      rounds.push([deleted, moved])
      inWords(deleted)
      inWords(moved)
      // Exactly one wins; the other is a 409 saying why.
      expect([deleted.status, moved.status].sort(), JSON.stringify([deleted, moved])).toEqual([200, 409])
      const after = (await readStatement(one.db, SEED_ID, statementId))!
      const camps = (await campList(one.db, SEED_ID)).map((c) => c.id)
      expect(camps).toContain(after.perspective)
      if (moved.status === 200) {
        expect(deleted.code).toBe('in_use')
        expect(after).toMatchObject({ perspective: camp.id, version: before.version + 1 })
        expect(camps).toContain(camp.id)
        // Back home, and the camp goes, for the next try.
        await editStatementAs(one.db, {
          storyId: SEED_ID,
          statementId,
          actor: ACTOR,
          expectedVersion: after.version,
          changes: { perspective: home },
        })
        await deleteCamp(one.db, { storyId: SEED_ID, actor: ACTOR, campId: camp.id })
      } else {
        expect(moved.code).toBe('conflict')
        expect(after).toMatchObject({ perspective: home, version: before.version })
        expect(camps).not.toContain(camp.id)
      }
      // The log holds what happened, and nothing that did not.
      const log = await storyHistory(one.db, SEED_ID)
      const deletes = log.filter(
        (e) => e.entity === 'perspective' && e.entityId === camp.id && e.action === 'delete',
      )
      expect(deletes).toHaveLength(1)
    }
    report('camp deleted while a statement moves in', rounds, started)
  })

  it(`keeps a review at ${REVIEW_DRAFTS_MAX} drafts when two are added at once to one that holds ${REVIEW_DRAFTS_MAX - 1} (${TRIES} tries)`, async () => {
    const sentence = 'He said it. '
    const span = (i: number) => ({ start: i * sentence.length, end: (i + 1) * sentence.length - 1 })
    const id = await createReviewAs(one.db, {
      storyId: SEED_ID,
      actor: ACTOR,
      article: sentence.repeat(REVIEW_DRAFTS_MAX + 1),
      source: {},
      drafts: Array.from({ length: REVIEW_DRAFTS_MAX - 1 }, (_, i) => ({
        speaker: 'He',
        role: null,
        kind: 'paraphrase',
        text: 'He said it.',
        ...span(i),
        attribution: 'said',
        channel: 'firsthand',
        cue: 'said',
      })),
    })
    const started = Date.now()
    const rounds: Outcome[][] = []
    for (let i = 0; i < TRIES; i++) {
      const round = await atOnce(
        () => outcome(addDraftAs(one.db, id, span(REVIEW_DRAFTS_MAX - 1))),
        () => outcome(addDraftAs(two.db, id, span(REVIEW_DRAFTS_MAX))),
      )
      rounds.push(round)
      round.forEach(inWords)
      const drafts = (await getReview(one.db, id))!.drafts
      expect(drafts, JSON.stringify(round)).toHaveLength(REVIEW_DRAFTS_MAX)
      expect(round.filter((o) => o.status === 200)).toHaveLength(1)
      // Back to one short of full for the next try.
      const added = drafts.at(-1)!
      await removeDraftAs(one.db, id, added.id, added.version)
    }
    report('drafts added to a nearly full review', rounds, started)
  })
})
