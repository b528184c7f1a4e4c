import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { readStoryClaims } from '../../store/claim-reads'
import * as c from '../../store/claim-tables'
import type { Store } from '../../store/db'
import { entityHistory } from '../../store/history'
import { codingInputs, settledFields } from '../../store/codings'
import { privateClaimsOf } from '../../store/private-claims'
import { UNSETTLED_OWN_CLAIM } from '../../coding/private-claims'
import { reviewClaims, reviews } from '../../store/review-tables'
import { getReview, reviewNonResponsesOf } from '../../store/reviews'
import { finishCoding } from '../coding/finish'
import { settleDifference } from '../coding/settle'
import { updateDraft } from '../drafts/commands'
import { draftKey } from '../drafts/rows'
import { addNonResponse } from '../non-responses/commands'
import { oneQuoteReview } from '../reviews/one-quote'
import { saveToStory } from '../reviews/save'
import { addUserAs, createReviewAs, SEED_ID, seededStore, storeForFile } from '../testing'
import { createPrivateClaim } from './create'
import { settlePrivateClaim } from './settle'

/**
 * The commands of private claims on a store: who may create one and when, the checks of
 * a settlement (keep, merge, drop), what the settlement's drafts become, and that "Save
 * to story" lets nothing private through.
 */

let store: Store
storeForFile((s) => (store = s), seededStore)

// Named so that the second coder sorts first by email: the settlement must still take the
// first coder as the one named first.
const A = 'user:zed.first@example.org'
const B = 'user:amy.second@example.org'
const QUOTE = 'The army’s own strategy in the tribal districts has failed again and again'
const STRATEGY = 'pakistani-military-strategy-shares-blame'
let copies = 0
let users = false

/** A blind coding of a one-quote article: both coders' reviews and the draft's id. */
async function blindCoding() {
  if (!users) {
    for (const email of [A, B])
      await addUserAs(store.db, { email: email.slice(5), role: 'editor', password: 'a long password 1' })
    users = true
  }
  const article = `Peshawar, Tuesday. A retired general said: “${QUOTE}.” Copy ${++copies}.`
  const a = await createReviewAs(store.db, {
    storyId: SEED_ID,
    actor: A,
    ...oneQuoteReview(article, QUOTE),
    coders: [A.slice(5), B.slice(5)],
  } as Parameters<typeof createReviewAs>[1])
  const [head] = await store.db.select().from(reviews).where(eq(reviews.id, a))
  const [other] = (await store.db.select().from(reviews).where(eq(reviews.codingId, head!.codingId!))).filter(
    (r) => r.id !== a && r.coder !== null,
  )
  return { a, b: other!.id, draftId: (await getReview(store.db, a))!.drafts[0]!.id }
}

/** The coder codes the draft (camp, kind, channel, these stances) and marks it reviewed. */
async function code(reviewId: string, draftId: string, actor: string, stances: object[], main = true) {
  const draft = (await getReview(store.db, reviewId))!.drafts.find((d) => d.id === draftId)!
  return updateDraft(store.db, {
    reviewId,
    draftId,
    version: draft.version,
    actor,
    changes: {
      perspective: 'analysts',
      kind: 'direct',
      channel: 'firsthand',
      ...(main ? { stance: { value: 'supports', label: 'Blames the army' } } : {}),
      stances: stances as never,
      reviewed: true,
    },
  })
}

/** The editor takes the first coder's side on one difference of the article's one pair. */
async function takeFirst(settlement: string, field: `claim:${string}`) {
  const pair = (await getReview(store.db, settlement))!.drafts[0]!
  return settleDifference(store.db, {
    reviewId: settlement,
    draftId: pair.id,
    version: pair.version,
    field,
    side: 'first',
    actor: 'user:editor@example.org',
  })
}

async function bothDone(coding: { a: string; b: string }) {
  await finishCoding(store.db, coding.a, A)
  const { settlementId } = await finishCoding(store.db, coding.b, B)
  return settlementId!
}

describe('creating a private claim', () => {
  it('is for the coder of a blind review alone, while they code', async () => {
    const coding = await blindCoding()
    await expect(
      createPrivateClaim(store.db, { reviewId: coding.a, actor: B, wording: 'X is so.' }),
    ).rejects.toThrow(/coded blind by another editor/)
    const plain = await createReviewAs(store.db, {
      storyId: SEED_ID,
      actor: A,
      ...oneQuoteReview(`Peshawar, Monday. A retired general said: “${QUOTE}.” Plain.`, QUOTE),
    })
    await expect(
      createPrivateClaim(store.db, { reviewId: plain, actor: A, wording: 'X is so.' }),
    ).rejects.toThrow(/not coded blind: add the claim to the story’s claims/)
    const made = await createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording: ' X is so. ' })
    expect(made.claim.wording).toBe('X is so.')
    expect(made.claim.id).toMatch(/^private:/)
    // Nothing of it in the shared claims, nor in the story's change log.
    expect(await store.db.select().from(c.claims).where(eq(c.claims.wording, 'X is so.'))).toEqual([])
    const log = await entityHistory(store.db, SEED_ID, 'claim', made.claim.id)
    expect(log).toEqual([])
    await code(coding.a, coding.draftId, A, [])
    await finishCoding(store.db, coding.a, A)
    await expect(
      createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording: 'Y is so.' }),
    ).rejects.toThrow(/marked this coding done/)
  })
})

describe('settling private claims', () => {
  it('refuses to keep words the shared list holds, to merge into the question or itself, and to settle twice', async () => {
    const coding = await blindCoding()
    const [strategy] = await store.db.select().from(c.claims).where(eq(c.claims.id, STRATEGY))
    const same = (
      await createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording: strategy!.wording })
    ).claim.id
    const own = (await createPrivateClaim(store.db, { reviewId: coding.b, actor: B, wording: 'Z is so.' }))
      .claim.id
    await code(coding.a, coding.draftId, A, [{ claim: same, value: 'supports', label: 'Blames the army' }])
    await code(coding.b, coding.draftId, B, [{ claim: own, value: 'rejects', label: 'Denies it' }])
    // Before both are done there is nothing to settle.
    await expect(
      settlePrivateClaim(store.db, { reviewId: coding.a, claimId: same, actor: A, outcome: 'keep' }),
    ).rejects.toThrow(/Only the settlement/)
    const settlement = await bothDone(coding)
    // Each coder addressed only their own claim: a difference, open until the editor takes
    // the first coder's stance on theirs, as on any difference.
    await takeFirst(settlement, `claim:${same}`)
    const settle = (claimId: string, outcome: 'keep' | 'merge' | 'drop', into?: string) =>
      settlePrivateClaim(store.db, {
        reviewId: settlement,
        claimId,
        actor: 'user:editor@example.org',
        outcome,
        into,
      })
    await expect(settle(same, 'keep')).rejects.toThrow(/already has a claim worded .*merge into it instead/)
    const question = (await readStoryClaims(store.db, SEED_ID))[0]!.id
    await expect(settle(same, 'merge', question)).rejects.toThrow(/question is each statement’s own stance/)
    await expect(settle(same, 'merge', same)).rejects.toThrow(/cannot be merged into itself/)
    await expect(settle(same, 'merge', 'no-such-claim')).rejects.toThrow(/Choose a claim from the list/)
    await expect(settle('private:elsewhere', 'drop')).rejects.toThrow(
      /not one the coders of this article created/,
    )
    // Merged into the shared claim with the same words: the stance moves there.
    expect(await settle(same, 'merge', STRATEGY)).toMatchObject({ outcome: 'merged', claimId: STRATEGY })
    await expect(settle(same, 'drop')).rejects.toThrow(/settled meanwhile/)
    const [pair] = (await getReview(store.db, settlement))!.drafts
    expect(pair!.stances).toEqual([{ claim: STRATEGY, value: 'supports', label: 'Blames the army' }])
    // The draft's history records the move under the editor's name.
    const log = await entityHistory(store.db, SEED_ID, 'draft', draftKey(settlement, pair!.id))
    expect(log[0]).toMatchObject({
      action: 'settle',
      actor: 'user:editor@example.org',
      before: { stances: [{ claim: same }] },
      after: { stances: [{ claim: STRATEGY }] },
    })
    // The second coder's claim, merged into the first coder's claim that is merged already: refused.
    await expect(settle(own, 'merge', same)).rejects.toThrow(/settled already/)
    expect((await settle(own, 'drop')).outcome).toBe('dropped')
    const rows = await privateClaimsOf(store.db, [coding.a, coding.b])
    expect(rows.map((r) => [r.outcome, r.outcomeClaimId, r.settledBy])).toEqual([
      ['merged', STRATEGY, 'user:editor@example.org'],
      ['dropped', null, 'user:editor@example.org'],
    ])
    // The agreement report measures each coder on the claim their own one was settled as:
    // the first coder's stance on the shared claim it went into, the second's dropped.
    const measured = (await codingInputs(store.db, SEED_ID)).codings.find((x) => x.a.reviewId === coding.a)!
    expect(measured.a.drafts[0]!.stances).toEqual([
      { claim: STRATEGY, value: 'supports', label: 'Blames the army' },
    ])
    expect(measured.b.drafts[0]!.stances).toEqual([])
  })

  it('takes the reviewed mark from a draft whose only stance is dropped, and saves nothing private', async () => {
    const coding = await blindCoding()
    const onlyA = (await createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording: 'W is so.' }))
      .claim.id
    await code(coding.a, coding.draftId, A, [{ claim: onlyA, value: 'supports', label: 'Says W' }], false)
    await code(
      coding.b,
      coding.draftId,
      B,
      [{ claim: STRATEGY, value: 'supports', label: 'Blames the army' }],
      false,
    )
    const settlement = await bothDone(coding)
    // Not settled yet: the report (which readers see) names the claim without its words.
    const { claimWordings } = await codingInputs(store.db, SEED_ID)
    expect(claimWordings[onlyA]).toBe(UNSETTLED_OWN_CLAIM)
    expect(JSON.stringify(claimWordings)).not.toContain('W is so.')
    // The coders differ on both claims; the editor takes the first coder's side on each: the
    // stance on their own claim, and none on the shared one, which they did not address.
    await takeFirst(settlement, `claim:${onlyA}`)
    await takeFirst(settlement, `claim:${STRATEGY}`)
    const before = (await getReview(store.db, settlement))!.drafts[0]!
    expect(before.stances.map((s) => s.claim)).toEqual([onlyA])
    await expect(saveToStory(store.db, settlement, 'user:editor@example.org')).rejects.toThrow(
      /Settle the coders’ own claims first .*“W is so\.”/,
    )
    await settlePrivateClaim(store.db, {
      reviewId: settlement,
      claimId: onlyA,
      actor: 'user:editor@example.org',
      outcome: 'drop',
    })
    const after = (await getReview(store.db, settlement))!.drafts[0]!
    expect(after).toMatchObject({ stances: [], reviewed: false, version: before.version + 1 })
    expect(await store.db.select().from(reviewClaims).where(eq(reviewClaims.id, onlyA))).toMatchObject([
      { outcome: 'dropped', createdBy: A },
    ])
  })
})

describe('taking a coder’s stance on their own claim, before or after the claim is settled', () => {
  const EDITOR = 'user:editor@example.org'
  const SAYS = { value: 'supports', label: 'Says the army failed' }
  const DENIES = { value: 'rejects', label: 'Denies it' }

  /**
   * The first coder creates a claim and takes a stance on it (SAYS); the second does not
   * address it and, when `onShared`, takes the stance DENIES on the story's claim STRATEGY.
   * Camp, kind, channel and the question are the same for both: the claims are the only
   * differences of the article's one pair.
   */
  async function twoCodings(onShared: boolean) {
    const coding = await blindCoding()
    const wording = `The army failed in the districts, copy ${copies}.`
    const own = (await createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording })).claim.id
    await code(coding.a, coding.draftId, A, [{ claim: own, ...SAYS }])
    await code(coding.b, coding.draftId, B, onShared ? [{ claim: STRATEGY, ...DENIES }] : [])
    return { settlement: await bothDone(coding), own }
  }
  const take = async (settlement: string, field: `claim:${string}`, side: 'first' | 'second') => {
    const pair = (await getReview(store.db, settlement))!.drafts[0]!
    return settleDifference(store.db, {
      reviewId: settlement,
      draftId: pair.id,
      version: pair.version,
      field,
      side,
      actor: EDITOR,
    })
  }
  const settleOwn = (
    settlement: string,
    claimId: string,
    outcome: 'keep' | 'merge' | 'drop',
    into?: string,
  ) => settlePrivateClaim(store.db, { reviewId: settlement, claimId, actor: EDITOR, outcome, into })
  const pairOf = async (settlement: string) => (await getReview(store.db, settlement))!.drafts[0]!
  const lastSettle = async (settlement: string) => {
    const log = await entityHistory(store.db, SEED_ID, 'draft', draftKey(settlement, 'p1'))
    return log.find((e) => e.action === 'settle')!
  }

  it('keep, then take: the stance goes onto the claim the coder’s became, as take then keep does', async () => {
    const keepFirst = await twoCodings(false)
    const kept = (await settleOwn(keepFirst.settlement, keepFirst.own, 'keep')).claimId!
    expect(kept).not.toMatch(/^private:/)
    // Refused before this fix: the take looked for the stance on the coder's claim, settled already.
    const after = await take(keepFirst.settlement, `claim:${keepFirst.own}`, 'first')
    expect(after).toMatchObject({ stances: [{ claim: kept, ...SAYS }], reviewed: true })
    expect(await lastSettle(keepFirst.settlement)).toMatchObject({
      actor: EDITOR,
      before: { stances: [] },
      after: {
        settled: `claim:${keepFirst.own}`,
        stances: [{ claim: kept, ...SAYS }],
        note: expect.stringMatching(
          /was settled before its stance: the take went onto the claim it became\.$/,
        ),
      },
    })

    const takeFirst = await twoCodings(false)
    await take(takeFirst.settlement, `claim:${takeFirst.own}`, 'first')
    const kept2 = (await settleOwn(takeFirst.settlement, takeFirst.own, 'keep')).claimId!
    expect(await pairOf(takeFirst.settlement)).toMatchObject({
      stances: [{ claim: kept2, ...SAYS }],
      reviewed: true,
    })
    // Both saved to the story the same way: the statement supports the kept claim.
    for (const [settlement, claim] of [
      [keepFirst.settlement, kept],
      [takeFirst.settlement, kept2],
    ] as const) {
      await saveToStory(store.db, settlement, EDITOR)
      const [row] = await store.db.select().from(reviews).where(eq(reviews.id, settlement))
      expect(row!.status).toBe('done')
      expect((await readStoryClaims(store.db, SEED_ID)).map((x) => x.id)).toContain(claim)
    }
  })

  it('merge, then take: the take replaces the stance the statement had on the claim merged into, as take then merge does', async () => {
    // The second coder's stance on the shared claim is taken first: the draft holds DENIES there.
    const mergeFirst = await twoCodings(true)
    await take(mergeFirst.settlement, `claim:${STRATEGY}`, 'second')
    expect((await pairOf(mergeFirst.settlement)).stances).toEqual([{ claim: STRATEGY, ...DENIES }])
    await settleOwn(mergeFirst.settlement, mergeFirst.own, 'merge', STRATEGY)
    // The merge moved nothing: the coder's claim was not settled on the draft yet.
    expect((await pairOf(mergeFirst.settlement)).stances).toEqual([{ claim: STRATEGY, ...DENIES }])
    const after = await take(mergeFirst.settlement, `claim:${mergeFirst.own}`, 'first')
    expect(after).toMatchObject({ stances: [{ claim: STRATEGY, ...SAYS }], reviewed: true })
    expect(await lastSettle(mergeFirst.settlement)).toMatchObject({
      actor: EDITOR,
      before: { stances: [{ claim: STRATEGY, ...DENIES }] },
      after: {
        settled: `claim:${mergeFirst.own}`,
        note: expect.stringContaining('It replaced the stance the statement had there (rejects: Denies it).'),
      },
    })

    const takeFirst = await twoCodings(true)
    await take(takeFirst.settlement, `claim:${STRATEGY}`, 'second')
    await take(takeFirst.settlement, `claim:${takeFirst.own}`, 'first')
    expect((await pairOf(takeFirst.settlement)).stances).toEqual([
      { claim: STRATEGY, ...DENIES },
      { claim: takeFirst.own, ...SAYS },
    ])
    await settleOwn(takeFirst.settlement, takeFirst.own, 'merge', STRATEGY)
    expect(await pairOf(takeFirst.settlement)).toMatchObject({
      stances: [{ claim: STRATEGY, ...SAYS }],
      reviewed: true,
    })
  })

  it('merge, then take the side that did not address it: the claim merged into keeps its stance', async () => {
    const coding = await twoCodings(true)
    await take(coding.settlement, `claim:${STRATEGY}`, 'second')
    await settleOwn(coding.settlement, coding.own, 'merge', STRATEGY)
    const after = await take(coding.settlement, `claim:${coding.own}`, 'second')
    expect(after).toMatchObject({ stances: [{ claim: STRATEGY, ...DENIES }], reviewed: true })
    expect((await lastSettle(coding.settlement)).after).toMatchObject({
      note: expect.stringMatching(/this coder did not address it: the claim it became keeps the stance/),
    })
  })

  it('drop, then take: nothing to write, and the difference is closed as dropped, as take then drop does', async () => {
    const dropFirst = await twoCodings(false)
    await settleOwn(dropFirst.settlement, dropFirst.own, 'drop')
    const before = await pairOf(dropFirst.settlement)
    const after = await take(dropFirst.settlement, `claim:${dropFirst.own}`, 'first')
    expect(after).toMatchObject({ stances: [], reviewed: true, version: before.version + 1 })
    expect(await lastSettle(dropFirst.settlement)).toMatchObject({
      actor: EDITOR,
      after: {
        settled: `claim:${dropFirst.own}`,
        note: expect.stringMatching(
          /was dropped with its stances: the take had nothing to write, and the difference is closed as dropped\.$/,
        ),
      },
    })
    // Closed: the settled fields name it.
    const settled = await settledFields(store.db, SEED_ID, dropFirst.settlement)
    expect(settled.get('p1')).toEqual([`claim:${dropFirst.own}`])

    const takeFirst = await twoCodings(false)
    await take(takeFirst.settlement, `claim:${takeFirst.own}`, 'first')
    await settleOwn(takeFirst.settlement, takeFirst.own, 'drop')
    expect(await pairOf(takeFirst.settlement)).toMatchObject({ stances: [], reviewed: true })
  })
})

describe('a non-response on a coder’s own claim, merged at the settlement', () => {
  it('is re-pointed to the claim merged into, or removed where the settlement records that one already', async () => {
    const coding = await blindCoding()
    const article = (await getReview(store.db, coding.a))!.article
    const own = (n: number) =>
      createPrivateClaim(store.db, { reviewId: coding.a, actor: A, wording: `Copy ${copies}, claim ${n}.` })
    const [twin, lone] = [(await own(1)).claim.id, (await own(2)).claim.id]
    const span = { start: 0, end: article.indexOf(',') }
    const silence = (reviewId: string, actor: string, perspective: string, claim: string) =>
      addNonResponse(store.db, { reviewId, actor, span, perspective, claim })
    // The first coder: the Taliban did not respond to their claim `twin`, the analysts to `lone`;
    // the second coder: the Taliban did not respond to the story's claim STRATEGY.
    await silence(coding.a, A, 'taliban', twin)
    await silence(coding.a, A, 'analysts', lone)
    await silence(coding.b, B, 'taliban', STRATEGY)
    await code(coding.a, coding.draftId, A, [])
    await code(coding.b, coding.draftId, B, [])
    const settlement = await bothDone(coding)
    const claimsOf = async () =>
      (await reviewNonResponsesOf(store.db, settlement, article)).map((n) => [n.perspective, n.claim])
    expect(await claimsOf()).toEqual([
      ['taliban', twin],
      ['analysts', lone],
      ['taliban', STRATEGY],
    ])
    const merge = (claimId: string) =>
      settlePrivateClaim(store.db, {
        reviewId: settlement,
        claimId,
        actor: 'user:editor@example.org',
        outcome: 'merge',
        into: STRATEGY,
      })
    // The Taliban's silence on `twin` is the one on STRATEGY already there: removed, once.
    await merge(twin)
    expect(await claimsOf()).toEqual([
      ['analysts', lone],
      ['taliban', STRATEGY],
    ])
    // The analysts' on `lone`: none on STRATEGY yet, so it is re-pointed.
    await merge(lone)
    expect(await claimsOf()).toEqual([
      ['analysts', STRATEGY],
      ['taliban', STRATEGY],
    ])
    const saved = await saveToStory(store.db, settlement, 'user:editor@example.org')
    expect(saved.nonResponses).toHaveLength(2)
  })
})
