import '../server-only'
import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import { StoryDataError, type Story } from '../../story/story-check'
import { storiesUsingClaim } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import { insertJson } from '../stories/bulk-insert'

/**
 * Claims in the store: a story's claims, its statements' stances on the further claims
 * and its non-responses, written with the story and read back with it. Claims are global,
 * so a story's write may meet a claim another story already uses: the same id must then
 * carry the same wording (a rewording is its own, recorded change).
 */

/**
 * Puts a story's claims in the store before its rows are written. A claim id the store
 * holds with other wording is refused, naming both wordings, unless this story alone uses
 * it: then the file rewords it, and the rewording is recorded. A slug another claim holds
 * is refused too. Returns the rewordings made.
 */
export async function putClaims(
  db: StoreDb,
  story: Pick<Story, 'id' | 'claims'>,
  actor: string,
): Promise<{ claimId: string; before: string; after: string }[]> {
  const ids = story.claims.map((claim) => claim.id)
  const known = new Map(
    (await db.select().from(c.claims).where(inArray(c.claims.id, ids)).for('update')).map((row) => [
      row.id,
      row,
    ]),
  )
  const problems: string[] = []
  // A claim merged into another is gone: its old id in a file would bring it back as a
  // second claim beside the one it was merged into.
  const merged = await db
    .select({ id: c.claimRedirects.claimId, into: c.claimRedirects.into, wording: c.claims.wording })
    .from(c.claimRedirects)
    .innerJoin(c.claims, eq(c.claims.id, c.claimRedirects.into))
    .where(inArray(c.claimRedirects.claimId, ids))
  for (const m of merged)
    problems.push(
      `claim ${m.id}: it was merged into claim ${m.into} (“${m.wording}”). Use that claim's id and wording instead`,
    )
  const reworded: { claimId: string; before: string; after: string }[] = []
  for (const claim of story.claims) {
    const stored = known.get(claim.id)
    const [slugOwner] = await db
      .select({ id: c.claims.id })
      .from(c.claims)
      .where(and(eq(c.claims.slug, claim.slug), ne(c.claims.id, claim.id)))
    if (slugOwner)
      problems.push(`claim ${claim.id}: slug "${claim.slug}" is already the slug of claim ${slugOwner.id}`)
    if (!stored) continue
    if (stored.wording === claim.wording) continue
    const others = (await storiesUsingClaim(db, claim.id)).filter((id) => id !== story.id)
    if (others.length > 0 || !(await usedBy(db, claim.id, story.id)))
      problems.push(
        `claim ${claim.id}: it is worded “${claim.wording}” here, but the store already holds it worded “${stored.wording}”` +
          (others.length > 0 ? ` (used by ${others.join(', ')})` : '') +
          '. A claim keeps one wording in every story: use its stored wording, or another id for another claim',
      )
    else reworded.push({ claimId: claim.id, before: stored.wording, after: claim.wording })
  }
  if (problems.length > 0) throw new StoryDataError(problems)
  for (const claim of story.claims) {
    const stored = known.get(claim.id)
    if (!stored) {
      await db
        .insert(c.claims)
        .values({ id: claim.id, slug: claim.slug, wording: claim.wording, notes: claim.notes })
      continue
    }
    if (
      stored.slug === claim.slug &&
      stored.wording === claim.wording &&
      sameNotes(stored.notes, claim.notes)
    )
      continue
    await db
      .update(c.claims)
      .set({
        slug: claim.slug,
        wording: claim.wording,
        notes: claim.notes,
        version: sql`${c.claims.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(c.claims.id, claim.id))
  }
  for (const change of reworded) await db.insert(c.claimRewordings).values({ ...change, actor })
  return reworded
}

const sameNotes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((note, i) => note === b[i])

async function usedBy(db: StoreDb, claimId: string, storyId: string): Promise<boolean> {
  const [row] = await db
    .select({ storyId: c.storyClaims.storyId })
    .from(c.storyClaims)
    .where(and(eq(c.storyClaims.claimId, claimId), eq(c.storyClaims.storyId, storyId)))
  return row !== undefined
}

/** A story's own claim rows: its claims in order, stances on the further ones, non-responses. */
export async function insertClaimRows(db: StoreDb, story: Story): Promise<void> {
  const storyId = story.id
  await db
    .insert(c.storyClaims)
    .values(
      story.claims.map((claim, position) => ({ storyId, claimId: claim.id, position, main: position === 0 })),
    )
  await insertJson(
    db,
    c.statementStances,
    story.statements.flatMap((s) =>
      s.stances.map((stance) => ({
        storyId,
        statementId: s.id,
        claimId: stance.claim,
        value: stance.value,
        label: stance.label,
      })),
    ),
  )
  if (story.nonResponses.length > 0)
    await db
      .insert(c.nonResponses)
      .values(story.nonResponses.map((n, position) => nonResponseRow(storyId, position, n)))
}

/** A checked non-response as its row. */
export const nonResponseRow = (storyId: string, position: number, n: Story['nonResponses'][number]) => ({
  storyId,
  id: n.id,
  position,
  perspectiveId: n.perspective,
  claimId: n.claim,
  sourceId: n.source,
  text: n.text,
  occurrence: n.occurrence ?? null,
  anchorStart: n.anchor.start,
  anchorEnd: n.anchor.end,
  asOf: n.asOf ?? null,
  notes: n.notes,
})

/** Before a story's rows are replaced: its non-responses and claim list (stances go with their statements). */
export async function deleteClaimRows(db: StoreDb, storyId: string): Promise<void> {
  await db.delete(c.nonResponses).where(eq(c.nonResponses.storyId, storyId))
  await db.delete(c.statementStances).where(eq(c.statementStances.storyId, storyId))
  await db.delete(c.storyClaims).where(eq(c.storyClaims.storyId, storyId))
}
