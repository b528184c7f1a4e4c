import { and, asc, eq, sql } from 'drizzle-orm'
import type { Claim } from '../story/schema'
import * as c from './claim-tables'
import type { StoreDb } from './db'
import * as t from './tables'

/** Reading claims back out of the store: a story's claims, stances and non-responses, and lists for editors. */

/** The stories that use a claim, by id. */
export async function storiesUsingClaim(db: StoreDb, claimId: string): Promise<string[]> {
  const rows = await db
    .select({ storyId: c.storyClaims.storyId })
    .from(c.storyClaims)
    .where(eq(c.storyClaims.claimId, claimId))
    .orderBy(asc(c.storyClaims.storyId))
  return rows.map((row) => row.storyId)
}

/** A story's claims in order, the main claim first. */
export async function readStoryClaims(db: StoreDb, storyId: string): Promise<Claim[]> {
  const rows = await db
    .select({ id: c.claims.id, slug: c.claims.slug, wording: c.claims.wording, notes: c.claims.notes })
    .from(c.storyClaims)
    .innerJoin(c.claims, eq(c.claims.id, c.storyClaims.claimId))
    .where(eq(c.storyClaims.storyId, storyId))
    .orderBy(asc(c.storyClaims.position))
  return rows
}

/**
 * The stances on further claims of a story's live statements, by statement id, each
 * statement's in its story's claim order: one JSON text from the server, as the
 * statements themselves are read.
 */
export async function readStatementStances(
  db: StoreDb,
  storyId: string,
): Promise<Map<string, { claim: string; value: string; label: string }[]>> {
  const result = await db.execute<{ rows: string | null }>(sql`
    select json_agg(json_build_array(ss.statement_id, ss.claim_id, ss.value, ss.label)
      order by ss.statement_id, sc.position)::text as rows
    from ${c.statementStances} ss
    join ${c.storyClaims} sc on sc.story_id = ss.story_id and sc.claim_id = ss.claim_id
    where ss.story_id = ${storyId}`)
  const text = (result as unknown as { rows: { rows: string | null }[] }).rows[0]?.rows
  const byStatement = new Map<string, { claim: string; value: string; label: string }[]>()
  for (const [statementId, claim, value, label] of text
    ? (JSON.parse(text) as [string, string, string, string][])
    : []) {
    const list = byStatement.get(statementId)
    if (list) list.push({ claim, value, label })
    else byStatement.set(statementId, [{ claim, value, label }])
  }
  return byStatement
}

/** One statement's stances on further claims, in its story's claim order. */
export async function stancesOfStatement(
  db: StoreDb,
  storyId: string,
  statementId: string,
): Promise<{ claim: string; value: string; label: string }[]> {
  return db
    .select({
      claim: c.statementStances.claimId,
      value: c.statementStances.value,
      label: c.statementStances.label,
    })
    .from(c.statementStances)
    .innerJoin(
      c.storyClaims,
      and(
        eq(c.storyClaims.storyId, c.statementStances.storyId),
        eq(c.storyClaims.claimId, c.statementStances.claimId),
      ),
    )
    .where(and(eq(c.statementStances.storyId, storyId), eq(c.statementStances.statementId, statementId)))
    .orderBy(asc(c.storyClaims.position))
}

/** A story's claims to code a stance on: its further claims (the main one is the statement's `stance`). */
export async function claimChoices(db: StoreDb, storyId: string) {
  return (await readStoryClaims(db, storyId))
    .slice(1)
    .map((claim) => ({ id: claim.id, wording: claim.wording }))
}

/** The store's claims a story does not have yet, by wording: the shared list an editor picks from. */
export async function sharedClaimChoices(db: StoreDb, storyId: string) {
  return db
    .select({ id: c.claims.id, wording: c.claims.wording })
    .from(c.claims)
    .where(
      sql`not exists (select 1 from ${c.storyClaims} sc where sc.story_id = ${storyId} and sc.claim_id = ${c.claims.id})`,
    )
    .orderBy(asc(c.claims.wording))
}

export async function readNonResponses(db: StoreDb, storyId: string) {
  return db
    .select()
    .from(c.nonResponses)
    .where(eq(c.nonResponses.storyId, storyId))
    .orderBy(asc(c.nonResponses.position))
}

/** A claim's rewordings, oldest first. */
export async function claimRewordingsOf(db: StoreDb, claimId: string) {
  return db
    .select()
    .from(c.claimRewordings)
    .where(eq(c.claimRewordings.claimId, claimId))
    .orderBy(asc(c.claimRewordings.id))
}

/**
 * A story's main-claim `neutral` stances still to be confirmed (listed by the migration
 * that brought claims): statement id, speaker and label, in story order.
 */
export async function neutralStancesToConfirm(db: StoreDb, storyId: string) {
  return db
    .select({
      statementId: t.statements.id,
      speaker: t.statements.speakerName,
      label: t.statements.stanceLabel,
    })
    .from(c.neutralToConfirm)
    .innerJoin(
      t.statements,
      and(
        eq(t.statements.storyId, c.neutralToConfirm.storyId),
        eq(t.statements.id, c.neutralToConfirm.statementId),
      ),
    )
    .where(
      and(
        eq(c.neutralToConfirm.storyId, storyId),
        eq(t.statements.stanceValue, 'neutral'),
        sql`${t.statements.deletedAt} is null`,
      ),
    )
    .orderBy(asc(t.statements.position))
}

/**
 * The non-responses that name a camp or a source: like a statement, each keeps its camp
 * and its source from being deleted under it.
 */
export async function nonResponsesCiting(
  db: StoreDb,
  storyId: string,
  by: { perspective: string } | { source: string },
): Promise<number> {
  const column = 'perspective' in by ? c.nonResponses.perspectiveId : c.nonResponses.sourceId
  const value = 'perspective' in by ? by.perspective : by.source
  const [row] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(c.nonResponses)
    .where(and(eq(c.nonResponses.storyId, storyId), eq(column, value)))) as [{ n: number }]
  return row.n
}

/** "1 record that it gave no public response", for a refusal. */
export const nonResponseCount = (n: number): string =>
  `${n} record${n === 1 ? '' : 's'} that it gave no public response`

/** A claim by its slug (its page's address), with its version; undefined when none has it. */
export async function claimBySlug(db: StoreDb, slug: string) {
  const [row] = await db
    .select({
      id: c.claims.id,
      slug: c.claims.slug,
      wording: c.claims.wording,
      notes: c.claims.notes,
      version: c.claims.version,
    })
    .from(c.claims)
    .where(eq(c.claims.slug, slug))
  return row
}

/** The stories that use a claim, by id, with their titles and whether it is their main claim. */
export async function claimStories(
  db: StoreDb,
  claimId: string,
): Promise<{ id: string; title: string; main: boolean }[]> {
  return db
    .select({ id: t.stories.id, title: t.stories.title, main: c.storyClaims.main })
    .from(c.storyClaims)
    .innerJoin(t.stories, eq(t.stories.id, c.storyClaims.storyId))
    .where(eq(c.storyClaims.claimId, claimId))
    .orderBy(asc(c.storyClaims.storyId))
}

/** Where a merged claim's old slug leads: the surviving claim's slug; undefined when none was merged under it. */
export async function redirectedSlug(db: StoreDb, slug: string): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: c.claims.slug })
    .from(c.claimRedirects)
    .innerJoin(c.claims, eq(c.claims.id, c.claimRedirects.into))
    .where(eq(c.claimRedirects.slug, slug))
  return row?.slug
}

/** The surviving claim's id for a merged claim's old id; undefined when it was not merged. */
export async function redirectedClaimId(db: StoreDb, claimId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ into: c.claimRedirects.into })
    .from(c.claimRedirects)
    .where(eq(c.claimRedirects.claimId, claimId))
  return row?.into
}

/** The claims merged into a claim, by wording (its page lists them). */
export async function claimsMergedInto(db: StoreDb, claimId: string) {
  return db
    .select({
      id: c.claimRedirects.claimId,
      slug: c.claimRedirects.slug,
      wording: c.claimRedirects.wording,
      at: c.claimRedirects.at,
    })
    .from(c.claimRedirects)
    .where(eq(c.claimRedirects.into, claimId))
    .orderBy(asc(c.claimRedirects.wording))
}
