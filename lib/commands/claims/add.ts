import '../server-only'
import { and, eq, sql } from 'drizzle-orm'
import { claimChoices } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { StoreDb } from '../../store/db'
import * as t from '../../store/tables'
import { slugify, uniqueId } from '../../story/values'
import { invalid, notFound } from '../errors'
import { recordStoryChange } from '../history'
import { inTransaction } from '../transaction'
import type { ClaimChoice } from './schema'

/**
 * Adds a further claim to a story, in one transaction with its history entry: a claim
 * from the shared list, or a new one (its id and slug made from its wording, unique in
 * the store). Claims are shared: a wording the store already holds is that claim, never
 * a second one. The story's version moves on, so open pages see the new claim.
 */
export async function addStoryClaim(
  db: StoreDb,
  input: { storyId: string; actor: string; claimId?: string; wording?: string },
): Promise<{ claim: ClaimChoice; claims: ClaimChoice[] }> {
  const { storyId, actor } = input
  return inTransaction(db, async (tx) => {
    const [story] = await tx
      .select({ id: t.stories.id })
      .from(t.stories)
      .where(eq(t.stories.id, storyId))
      .for('update')
    if (!story) throw notFound(`There is no story “${storyId}”.`)
    let claim: ClaimChoice | undefined
    let created = false
    if (input.claimId !== undefined) {
      ;[claim] = await tx
        .select({ id: c.claims.id, wording: c.claims.wording })
        .from(c.claims)
        .where(eq(c.claims.id, input.claimId))
      if (!claim) throw notFound('That claim is not in the store: choose one from the list.')
    } else {
      const text = input.wording!.trim()
      ;[claim] = await tx
        .select({ id: c.claims.id, wording: c.claims.wording })
        .from(c.claims)
        .where(eq(c.claims.wording, text))
      if (!claim) {
        claim = await insertSharedClaim(tx, text)
        created = true
      }
    }
    const position = await appendStoryClaim(tx, storyId, claim)
    await recordStoryChange(tx, {
      storyId,
      entity: 'claim',
      entityId: claim.id,
      action: created ? 'create' : 'add',
      actor,
      after: { ...claim, position },
    })
    return { claim, claims: await claimChoices(tx, storyId) }
  })
}

/** A new shared claim with these words: its id and slug made from them, unique in the store. */
export async function insertSharedClaim(tx: StoreDb, text: string): Promise<ClaimChoice> {
  const taken = new Set(
    (await tx.select({ id: c.claims.id, slug: c.claims.slug }).from(c.claims)).flatMap((r) => [r.id, r.slug]),
  )
  const id = uniqueId(slugify(text) || 'claim', taken)
  await tx.insert(c.claims).values({ id, slug: id, wording: text, notes: [] })
  return { id, wording: text }
}

/** Puts a claim at the end of the story's claims, at the position returned; refused if the story has it already. */
export async function appendStoryClaim(tx: StoreDb, storyId: string, claim: ClaimChoice): Promise<number> {
  const [already] = await tx
    .select({ claimId: c.storyClaims.claimId })
    .from(c.storyClaims)
    .where(and(eq(c.storyClaims.storyId, storyId), eq(c.storyClaims.claimId, claim.id)))
  if (already) throw invalid('wording', `This story already has the claim “${claim.wording}”.`)
  const [{ position }] = (await tx
    .select({ position: sql<number>`coalesce(max(${c.storyClaims.position}), -1)::int + 1` })
    .from(c.storyClaims)
    .where(eq(c.storyClaims.storyId, storyId))) as [{ position: number }]
  await tx.insert(c.storyClaims).values({ storyId, claimId: claim.id, position, main: position === 0 })
  return position
}
