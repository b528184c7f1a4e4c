import { asc, inArray, sql } from 'drizzle-orm'
import type { Claim, SourceDate } from '../story/schema'
import type { AnchoredStatement, Story } from '../story/story-check'
import type { SpeakerCounts } from '../view/speaker-counts'
import type { RowsSource, SourceMeta } from '../view/view-model'
import { jsonRows } from './archive'
import * as c from './claim-tables'
import type { StoreDb } from './db'
import { anchoredStatement, statementTuples } from './read'
import * as t from './tables'

/**
 * The speakers read by SQL aggregates, so neither /speakers nor a speaker's page reads a
 * story whole: the index from counts grouped in the store, and a speaker's page from only
 * that speaker's statements (by the index on statements' speaker name). Stances keep their
 * claim: the main claim's on the statement's own row, the further claims' in
 * statement_stances; lib/view adds them up only within one claim.
 */

/**
 * Every speaker name's statements counted by story and camp, and its stances by story,
 * claim and value. Each group carries its first statement's position, so the groups come
 * in the order a walk through the stories (by id) and their statements would meet them.
 */
export async function readSpeakerCounts(db: StoreDb): Promise<SpeakerCounts> {
  return db.transaction(async (tx) => {
    const heads = await tx.select({ id: t.stories.id, title: t.stories.title }).from(t.stories)
    // Grouped on the statements alone, then joined: the joins run on the groups, not the rows.
    const camps = await jsonRows<[string, string, string, number]>(
      tx,
      sql`select json_agg(json_build_array(g.story_id, g.speaker_name, p.label, g.n)
            order by g.story_id, g.first)::text as rows from (
          select story_id, speaker_name, perspective_id, count(*)::int as n, min(position) as first
          from ${t.statements} where deleted_at is null
          group by story_id, speaker_name, perspective_id) g
        join ${t.perspectives} p on p.story_id = g.story_id and p.id = g.perspective_id`,
    )
    // The main claim's stances (on the statement's row), then the further claims'; within
    // a statement the main claim first, the further ones in the story's claim order.
    const stances = await jsonRows<
      [string, string, string, SpeakerCounts['stances'][number]['stance'], number]
    >(
      tx,
      sql`select json_agg(json_build_array(g.story_id, g.speaker_name, g.claim_id, g.value, g.n)
            order by g.story_id, g.first, g.claim_position)::text as rows from (
          select m.story_id, m.speaker_name, sc.claim_id, m.value, m.n, m.first, 0 as claim_position from (
            select story_id, speaker_name, stance_value as value, count(*)::int as n, min(position) as first
            from ${t.statements} where deleted_at is null and stance_value is not null
            group by story_id, speaker_name, stance_value) m
          join ${c.storyClaims} sc on sc.story_id = m.story_id and sc.position = 0
          union all
          select f.story_id, f.speaker_name, f.claim_id, f.value, f.n, f.first, sc.position from (
            select ss.story_id, s.speaker_name, ss.claim_id, ss.value, count(*)::int as n,
              min(s.position) as first
            from ${c.statementStances} ss
            join ${t.statements} s on s.story_id = ss.story_id and s.id = ss.statement_id
            where s.deleted_at is null
            group by ss.story_id, s.speaker_name, ss.claim_id, ss.value) f
          join ${c.storyClaims} sc on sc.story_id = f.story_id and sc.claim_id = f.claim_id) g`,
    )
    const claimIds = [...new Set(stances.map((row) => row[2]))]
    const wordings =
      claimIds.length === 0
        ? []
        : await tx
            .select({ id: c.claims.id, wording: c.claims.wording })
            .from(c.claims)
            .where(inArray(c.claims.id, claimIds))
    return {
      titles: new Map(heads.map((head) => [head.id, head.title])),
      wordings: new Map(wordings.map((claim) => [claim.id, claim.wording])),
      camps: camps.map(([storyId, speaker, perspectiveLabel, count]) => ({
        storyId,
        speaker,
        perspectiveLabel,
        count,
      })),
      stances: stances.map(([storyId, speaker, claimId, stance, count]) => ({
        storyId,
        speaker,
        claimId,
        stance,
        count,
      })),
    }
  })
}

/**
 * The part of a story a speaker's page shows: its claims and camps, its sources without
 * their text, and only the statements of the given names (with their stances on further
 * claims and their caveats), in the story's order.
 */
export type StoryPart = RowsSource & Pick<Story, 'id' | 'title'>

/** The stories the given speaker names have statements in, by id, cut to those statements. */
export async function readSpeakerParts(db: StoreDb, names: readonly string[]): Promise<StoryPart[]> {
  if (names.length === 0) return []
  return db.transaction(async (tx) => {
    const named = sql.join(
      names.map((name) => sql`${name}`),
      sql`, `,
    )
    const tuples = await statementTuples(tx, sql`s.speaker_name in (${named})`)
    if (tuples.length === 0) return []
    const ids = [...new Set(tuples.map((tuple) => tuple[15]))]
    const extras = await jsonRows<[storyId: string, statementId: string, kind: 'c' | 's', ...rest: string[]]>(
      tx,
      sql`select json_agg(x order by x->>0, x->>1, x->>2, (x->>3)::int)::text as rows from (
          select json_build_array(ss.story_id, ss.statement_id, 's', sc.position, ss.claim_id, ss.value, ss.label) as x
          from ${c.statementStances} ss
          join ${t.statements} s on s.story_id = ss.story_id and s.id = ss.statement_id
          join ${c.storyClaims} sc on sc.story_id = ss.story_id and sc.claim_id = ss.claim_id
          where s.speaker_name in (${named}) and s.deleted_at is null
          union all
          select json_build_array(cv.story_id, cv.statement_id, 'c', cv.position, cv.text)
          from ${t.caveats} cv
          join ${t.statements} s on s.story_id = cv.story_id and s.id = cv.statement_id
          where s.speaker_name in (${named}) and s.deleted_at is null) rows`,
    )
    const stancesOf = new Map<string, { claim: string; value: string; label: string }[]>()
    const caveatsOf = new Map<string, string[]>()
    for (const [storyId, statementId, kind, , ...rest] of extras) {
      const key = `${storyId}\u0000${statementId}`
      if (kind === 's') {
        const [claim, value, label] = rest as [string, string, string]
        const list = stancesOf.get(key)
        if (list) list.push({ claim, value, label })
        else stancesOf.set(key, [{ claim, value, label }])
      } else {
        const list = caveatsOf.get(key)
        if (list) list.push(rest[0]!)
        else caveatsOf.set(key, [rest[0]!])
      }
    }
    const heads = await tx
      .select({ id: t.stories.id, title: t.stories.title })
      .from(t.stories)
      .where(inArray(t.stories.id, ids))
    const claims = await tx
      .select({
        storyId: c.storyClaims.storyId,
        id: c.claims.id,
        slug: c.claims.slug,
        wording: c.claims.wording,
        notes: c.claims.notes,
      })
      .from(c.storyClaims)
      .innerJoin(c.claims, sql`${c.claims.id} = ${c.storyClaims.claimId}`)
      .where(inArray(c.storyClaims.storyId, ids))
      .orderBy(asc(c.storyClaims.storyId), asc(c.storyClaims.position))
    const perspectives = await tx
      .select()
      .from(t.perspectives)
      .where(inArray(t.perspectives.storyId, ids))
      .orderBy(asc(t.perspectives.storyId), asc(t.perspectives.position))
    const sources = await tx
      .select({
        storyId: t.sources.storyId,
        id: t.sources.id,
        publisher: t.sources.publisher,
        title: t.sources.title,
        date: t.sources.date,
        url: t.sources.url,
        notes: t.sources.notes,
      })
      .from(t.sources)
      .where(inArray(t.sources.storyId, ids))
      .orderBy(asc(t.sources.storyId), asc(t.sources.position))
    const titleOf = new Map(heads.map((head) => [head.id, head.title]))
    type Part = StoryPart & { claims: Claim[]; sources: SourceMeta[]; statements: AnchoredStatement[] }
    // In the order the statements came: stories by id, as the store sorts them.
    const parts = new Map<string, Part>(
      ids.map((id) => [
        id,
        { id, title: titleOf.get(id)!, claims: [], perspectives: [], sources: [], statements: [] },
      ]),
    )
    for (const { storyId, ...claim } of claims) parts.get(storyId)!.claims.push(claim)
    for (const p of perspectives)
      parts.get(p.storyId)!.perspectives.push({
        id: p.id,
        label: p.label,
        definition: p.definition,
        ...(p.match === null ? {} : { match: p.match }),
      })
    for (const { storyId, ...source } of sources)
      parts.get(storyId)!.sources.push({ ...source, date: source.date as SourceDate })
    for (const tuple of tuples) {
      const key = `${tuple[15]}\u0000${tuple[0]}`
      parts
        .get(tuple[15])!
        .statements.push(anchoredStatement(tuple, stancesOf.get(key) ?? [], caveatsOf.get(key) ?? []))
    }
    return [...parts.values()]
  })
}
