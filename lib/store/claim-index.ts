import { sql, type SQL } from 'drizzle-orm'
import { jsonRows } from './archive'
import { STANCES, type Stance } from '../story/codebook'
import {
  noStances,
  type ClaimCampCounts,
  type ClaimStoryCounts,
  type ClaimSummary,
  type StanceCounts,
} from '../story/claim-counts'
import * as c from './claim-tables'
import type { StoreDb } from './db'
import * as t from './tables'

/**
 * Every claim with the stories that use it and, per story, each camp's stances on it: read
 * by SQL aggregates over the claim tables (story_claims by claim, statement_stances by
 * claim, both indexed), so the claims' page never reads a story whole. A stance on a
 * story's main claim is its statement's own `stance`; on a further claim, a row of
 * statement_stances. Deleted statements are left out, as every view leaves them out.
 */

type Count = [claimId: string, storyId: string, perspectiveId: string, value: string, n: number]

/**
 * The stance counts on `claimId`, or on every claim: a claim's stories come from
 * story_claims (indexed by claim), its further-claim stances from statement_stances
 * (indexed by claim), the main-claim ones from the statements of the stories whose main
 * claim it is.
 */
function countQueries(claimId: string | null) {
  const onClaim = (column: SQL) => (claimId === null ? sql`true` : sql`${column} = ${claimId}`)
  const main = sql`select json_agg(json_build_array(claim_id, story_id, perspective_id, value, n))::text as rows from (
      select sc.claim_id, st.story_id, st.perspective_id, st.stance_value as value, count(*)::int as n
      from ${c.storyClaims} sc
      join ${t.statements} st on st.story_id = sc.story_id
      where sc.main and ${onClaim(sql`sc.claim_id`)} and st.deleted_at is null and st.stance_value is not null
      group by sc.claim_id, st.story_id, st.perspective_id, st.stance_value) counted`
  const further = sql`select json_agg(json_build_array(claim_id, story_id, perspective_id, value, n))::text as rows from (
      select ss.claim_id, ss.story_id, st.perspective_id, ss.value, count(*)::int as n
      from ${c.statementStances} ss
      join ${t.statements} st on st.story_id = ss.story_id and st.id = ss.statement_id
      where ${onClaim(sql`ss.claim_id`)} and st.deleted_at is null
      group by ss.claim_id, ss.story_id, st.perspective_id, ss.value) counted`
  const silent = sql`select json_agg(json_build_array(claim_id, story_id, perspective_id, 'none', n))::text as rows from (
      select claim_id, story_id, perspective_id, count(*)::int as n from ${c.nonResponses}
      where ${onClaim(sql`claim_id`)}
      group by claim_id, story_id, perspective_id) counted`
  return [main, further, silent]
}

/** Every claim (or one, by id), with its stories and each camp's stance counts in each. */
export async function readClaimSummaries(
  db: StoreDb,
  claimId: string | null = null,
): Promise<ClaimSummary[]> {
  return db.transaction(async (tx) => {
    const where = claimId === null ? sql`` : sql`where c.id = ${claimId}`
    const claims = await jsonRows<[id: string, slug: string, wording: string]>(
      tx,
      sql`select json_agg(json_build_array(c.id, c.slug, c.wording))::text as rows
        from ${c.claims} c ${where}`,
    )
    const uses = await jsonRows<[claimId: string, storyId: string, title: string, main: boolean]>(
      tx,
      sql`select json_agg(json_build_array(sc.claim_id, sc.story_id, s.title, sc.main) order by sc.story_id)::text as rows
        from ${c.storyClaims} sc join ${t.stories} s on s.id = sc.story_id
        ${claimId === null ? sql`` : sql`where sc.claim_id = ${claimId}`}`,
    )
    const storyIds = [...new Set(uses.map(([, storyId]) => storyId))]
    const camps =
      storyIds.length === 0
        ? []
        : await jsonRows<[storyId: string, id: string, label: string]>(
            tx,
            sql`select json_agg(json_build_array(story_id, id, label) order by story_id, position)::text as rows
              from ${t.perspectives}
              where story_id in (${sql.join(
                storyIds.map((id) => sql`${id}`),
                sql`, `,
              )})`,
          )
    const counts: Count[] = []
    for (const query of countQueries(claimId)) counts.push(...(await jsonRows<Count>(tx, query)))
    return assemble(claims, uses, camps, counts)
  })
}

/** Puts the rows of the queries together: stories by id, camps in story order. */
export function assemble(
  claims: [string, string, string][],
  uses: [string, string, string, boolean][],
  camps: [string, string, string][],
  counts: Count[],
): ClaimSummary[] {
  const campsOf = new Map<string, { id: string; label: string }[]>()
  for (const [storyId, id, label] of camps) {
    const list = campsOf.get(storyId)
    if (list) list.push({ id, label })
    else campsOf.set(storyId, [{ id, label }])
  }
  const byClaim = new Map<string, ClaimSummary>(
    claims.map(([id, slug, wording]) => [id, { id, slug, wording, stories: [], total: 0 }]),
  )
  const cells = new Map<string, ClaimCampCounts>()
  for (const [claimId, storyId, title, main] of uses) {
    const claim = byClaim.get(claimId)
    if (!claim) continue
    const story: ClaimStoryCounts = { storyId, title, main, camps: [] }
    for (const camp of campsOf.get(storyId) ?? []) {
      const cell = { perspectiveId: camp.id, label: camp.label, counts: noStances(), nonResponses: 0 }
      story.camps.push(cell)
      cells.set(`${claimId}\u0000${storyId}\u0000${camp.id}`, cell)
    }
    claim.stories.push(story)
  }
  for (const [claimId, storyId, perspectiveId, value, n] of counts) {
    const cell = cells.get(`${claimId}\u0000${storyId}\u0000${perspectiveId}`)
    if (!cell) continue
    if (value === 'none') cell.nonResponses += n
    else if ((STANCES as readonly string[]).includes(value)) {
      cell.counts[value as Stance] += n
      byClaim.get(claimId)!.total += n
    }
  }
  // By wording, as a reader looks a claim up (sorted here, not by the server's collation).
  return [...byClaim.values()].sort(
    (a, b) => a.wording.localeCompare(b.wording, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  )
}

export { noStances, type ClaimCampCounts, type ClaimStoryCounts, type ClaimSummary, type StanceCounts }
