import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergeSpeaker } from '../commands/speakers/commands'
import { setDeleted } from '../commands/statements/edit'
import { importStoryText } from '../commands/stories/import'
import type { Story } from '../story/story-check'
import { claimViews } from '../view/claims'
import { speakerSlug } from '../view/speaker-slug'
import { speakerIndex, speakerIndexOf } from '../view/speaker-counts'
import { speakerStancesByClaim, speakerStatements, type StoryRows } from '../view/speakers'
import { statementRows } from '../view/view-model'
import type { Store } from './db'
import { readStory, storyStamps } from './read'
import { readSpeakerCounts, readSpeakerParts } from './speaker-counts'
import { readAliases } from './speakers'
import { tempStore } from './testing'

/**
 * The speakers read by SQL aggregates give what a count over every story read whole gives.
 * The oracle below counts straight from the stories' statements (their `stance` on the
 * main claim, their `stances` on further claims), with none of lib/view's folding code.
 */

type Tally = Record<'supports' | 'mixed' | 'neutral' | 'rejects', number>
interface Counted {
  names: Set<string>
  total: number
  stories: Map<string, number>
  camps: Map<string, number>
  /** By claim id: stance counts and the stories they were taken in. */
  claims: Map<string, { counts: Tally; stories: Set<string> }>
}

function countWhole(stories: readonly Story[], aliases: ReadonlyMap<string, string>): Map<string, Counted> {
  const bySlug = new Map<string, Counted>()
  for (const story of stories) {
    const label = new Map(story.perspectives.map((p) => [p.id, p.label]))
    for (const statement of story.statements) {
      const name = aliases.get(statement.speaker.name) ?? statement.speaker.name
      const slug = speakerSlug(name)
      if (!bySlug.has(slug))
        bySlug.set(slug, {
          names: new Set(),
          total: 0,
          stories: new Map(),
          camps: new Map(),
          claims: new Map(),
        })
      const one = bySlug.get(slug)!
      one.names.add(statement.speaker.name).add(name)
      one.total++
      one.stories.set(story.id, (one.stories.get(story.id) ?? 0) + 1)
      const camp = label.get(statement.perspective)!
      one.camps.set(camp, (one.camps.get(camp) ?? 0) + 1)
      const taken = [
        ...(statement.stance ? [{ claim: story.claims[0]!.id, value: statement.stance.value }] : []),
        ...statement.stances,
      ]
      for (const { claim, value } of taken) {
        if (!one.claims.has(claim))
          one.claims.set(claim, {
            counts: { supports: 0, mixed: 0, neutral: 0, rejects: 0 },
            stories: new Set(),
          })
        one.claims.get(claim)!.counts[value]++
        one.claims.get(claim)!.stories.add(story.id)
      }
    }
  }
  return bySlug
}

const root = path.join(__dirname, '..', '..')
let temp: Awaited<ReturnType<typeof tempStore>>
let store: Store
let scratch: string

/** A generated story with `claims` claims, its speakers reworked so names cross stories and camps. */
function generated(
  id: string,
  seed: number,
  statements: number,
  claims: number,
  rename: (i: number) => string | undefined,
) {
  const out = path.join(scratch, id)
  const args = ['scripts/generate-story.mjs', '--statements', String(statements), '--seed', String(seed)]
  const run = spawnSync(process.execPath, [...args, '--claims', String(claims), '--id', id, '--out', out], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(run.stderr)
  const story = JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8'))
  story.statements.forEach((statement: { speaker: { name: string } }, i: number) => {
    const name = rename(i)
    if (name) statement.speaker.name = name
  })
  return JSON.stringify(story)
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'reader-speaker-counts-'))
  temp = await tempStore()
  store = temp.store
  // Two stories of 900 share their main claim (the generator names it by the count) and
  // their further claims; the story of 600 has a main claim of its own and a fourth claim.
  const stories = [
    generated('archive-b10', 2, 900, 3, (i) =>
      i % 9 === 0 ? 'Ilsa Varden' : i % 13 === 0 ? 'Zoë Ahmadi' : undefined,
    ),
    generated('archive-a', 1, 900, 3, (i) =>
      i % 11 === 0 ? 'Varden' : i % 7 === 0 ? 'Zoe Ahmadi' : undefined,
    ),
    generated('archive-b-2', 3, 600, 4, (i) => (i % 5 === 0 ? 'Ilsa Varden' : undefined)),
    readFileSync(path.join(root, 'data', 'stories', 'pakistan-afghanistan-militancy-2023.json'), 'utf8'),
    readFileSync(path.join(root, 'e2e', 'fixtures', 'stories', 'fictional-bridge-claims.json'), 'utf8'),
  ]
  for (const [i, text] of stories.entries())
    await importStoryText(store.db, `story-${i}.json`, text, { actor: 'seed' })
  for (const statementId of ['s1', 's7', 's22', 's400'])
    await setDeleted(store.db, {
      storyId: 'archive-a',
      statementId,
      actor: 'user:editor@example.org',
      deleted: true,
    })
  await mergeSpeaker(store.db, { name: 'Varden', into: 'Ilsa Varden', actor: 'user:editor@example.org' })
}, 240_000)

afterAll(async () => {
  await temp?.done()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** Every story read whole, in the store's order. */
async function wholeStories(): Promise<Story[]> {
  const stamps = await storyStamps(store.db)
  return Promise.all(stamps.map(async ({ id }) => (await readStory(store.db, id))!))
}

const rowsOf = (stories: readonly Story[]): StoryRows[] =>
  stories.map((story) => ({
    storyId: story.id,
    storyTitle: story.title,
    claims: claimViews(story),
    rows: statementRows(story),
  }))

describe('the speakers read by SQL aggregates', () => {
  it('count each speaker’s statements, stories, camps and stances by claim as the whole stories do', async () => {
    const stories = await wholeStories()
    const aliases = await readAliases(store.db)
    expect(aliases.get('Varden')).toBe('Ilsa Varden')
    const expected = countWhole(stories, aliases)
    const index = speakerIndexOf(await readSpeakerCounts(store.db), aliases)
    expect(new Set(index.map((s) => s.slug))).toEqual(new Set(expected.keys()))
    for (const speaker of index) {
      const want = expected.get(speaker.slug)!
      expect(new Set(speaker.names), speaker.name).toEqual(want.names)
      expect(speaker.total, speaker.name).toBe(want.total)
      expect(new Map(speaker.stories.map((s) => [s.storyId, s.count])), speaker.name).toEqual(want.stories)
      expect(new Map(speaker.camps.map((c) => [c.label, c.count])), speaker.name).toEqual(want.camps)
      expect(
        new Map(
          speaker.claims.map((c) => [
            c.claimId,
            { counts: c.counts, stories: new Set(c.stories.map((s) => s.storyId)) },
          ]),
        ),
        speaker.name,
      ).toEqual(want.claims)
      for (const claim of speaker.claims)
        expect(claim.total).toBe(Object.values(claim.counts).reduce((a, b) => a + b, 0))
    }
    // The fixture holds what the test is for: a merged name, stances on further claims, a
    // main claim shared by two stories and one that is not, a deleted statement.
    const varden = index.find((s) => s.slug === 'ilsa-varden')!
    expect(varden.names).toEqual(['Ilsa Varden', 'Varden'])
    const claimIds = varden.claims.map((c) => c.claimId)
    expect(claimIds).toEqual(
      expect.arrayContaining(['synthetic-900-question', 'synthetic-600-question', 'claim-1']),
    )
    expect(varden.claims.find((c) => c.claimId === 'synthetic-900-question')!.stories).toHaveLength(2)
    expect(varden.claims.find((c) => c.claimId === 'synthetic-600-question')!.stories).toEqual([
      { storyId: 'archive-b-2', title: expect.any(String) },
    ])
    expect(stories.find((s) => s.id === 'archive-a')!.statements).toHaveLength(896)
  }, 60_000)

  it('give the index, in order and in full, that whole stories give', async () => {
    const stories = await wholeStories()
    const aliases = await readAliases(store.db)
    expect(speakerIndexOf(await readSpeakerCounts(store.db), aliases)).toEqual(
      speakerIndex(rowsOf(stories), aliases),
    )
  }, 60_000)

  it('read a speaker’s page from that speaker’s statements alone, as whole stories give it', async () => {
    const stories = rowsOf(await wholeStories())
    const aliases = await readAliases(store.db)
    const index = speakerIndex(stories, aliases)
    for (const slug of ['ilsa-varden', 'zoe-ahmadi', index[0]!.slug, index.at(-1)!.slug]) {
      const speaker = index.find((s) => s.slug === slug)!
      const parts = (await readSpeakerParts(store.db, speaker.names)).map((part) => ({
        storyId: part.id,
        storyTitle: part.title,
        claims: claimViews(part),
        rows: statementRows(part),
      }))
      // Only the stories the speaker speaks in, and only their statements.
      expect(parts.map((p) => p.storyId)).toEqual(speaker.stories.map((s) => s.storyId))
      for (const part of parts)
        expect(part.rows.every((row) => speaker.names.includes(row.speaker))).toBe(true)
      const items = speakerStatements(parts, slug, aliases)
      const whole = speakerStatements(stories, slug, aliases)
      expect(items).toEqual(whole)
      expect(items).toHaveLength(speaker.total)
      expect(speakerStancesByClaim(items, parts)).toEqual(speakerStancesByClaim(whole, stories))
    }
  }, 60_000)
})
