import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { authUsers } from '../store/auth-tables'
import { campList } from '../store/camp-list'
import type { Store } from '../store/db'
import { storyHistory } from '../store/history'
import { getReview } from '../store/reviews'
import { readAliases } from '../store/speakers'
import { readStatement } from '../store/statement-rows'
import { addCamp, deleteCamp } from './camps/commands'
import { atOnce, inWords, outcome, report, twoInstances, type Outcome } from './race-testing'
import { REVIEW_DRAFTS_MAX } from './reviews/schema'
import { mergeSpeaker, splitSpeaker } from './speakers/commands'
import { SEED_ID, addDraftAs, createReviewAs, editStatementAs, removeDraftAs } from './testing'
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
const ACTOR = 'user:editor@example.org'

let one: Store
let two: Store
twoInstances((a, b) => ([one, two] = [a, b]))

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
