import { describe, expect, it } from 'vitest'
import type { Stance } from '../story/codebook'
import {
  isPrivateClaim,
  moveStance,
  nowOn,
  resolveClaim,
  settledStances,
  takeStance,
  type PrivateClaim,
} from './private-claims'

const claim = (
  id: string,
  outcome: PrivateClaim['outcome'] = null,
  to: string | null = null,
): PrivateClaim => ({
  id,
  reviewId: 'r1',
  wording: `Words of ${id}`,
  createdBy: 'user:a@example.org',
  outcome,
  outcomeClaimId: to,
  settledBy: outcome ? 'user:e@example.org' : null,
  settledAt: outcome ? new Date(0) : null,
})

const stance = (id: string, value: Stance = 'supports') => ({ claim: id, value, label: `On ${id}` })

describe('private claims, settled', () => {
  it('tells a private claim from a shared one by its id alone', () => {
    expect(isPrivateClaim('private:1')).toBe(true)
    expect(isPrivateClaim('army-strategy')).toBe(false)
  })

  it('resolves a stance through keeps and merges, chains included, and stops at what is not settled', () => {
    const claims = new Map(
      [
        claim('private:kept', 'kept', 'army-strategy'),
        claim('private:into-kept', 'merged', 'private:kept'),
        claim('private:into-shared', 'merged', 'soil-used'),
        claim('private:gone', 'dropped'),
        claim('private:open'),
        claim('private:into-open', 'merged', 'private:open'),
      ].map((c) => [c.id, c]),
    )
    expect(resolveClaim('soil-used', claims)).toEqual({ claimId: 'soil-used' })
    expect(resolveClaim('private:kept', claims)).toEqual({ claimId: 'army-strategy' })
    expect(resolveClaim('private:into-kept', claims)).toEqual({ claimId: 'army-strategy' })
    expect(resolveClaim('private:into-shared', claims)).toEqual({ claimId: 'soil-used' })
    expect(resolveClaim('private:gone', claims)).toEqual({ dropped: true })
    expect(resolveClaim('private:into-open', claims)).toMatchObject({ unsettled: { id: 'private:open' } })
    // One the settlement does not know of is never let through.
    expect(resolveClaim('private:stranger', claims)).toMatchObject({ unsettled: { id: 'private:stranger' } })
  })

  it('never loops on merges that lead back to themselves', () => {
    const claims = new Map(
      [claim('private:a', 'merged', 'private:b'), claim('private:b', 'merged', 'private:a')].map((c) => [
        c.id,
        c,
      ]),
    )
    expect(resolveClaim('private:a', claims)).toHaveProperty('unsettled')
  })

  it('says which claim a coder’s record stands on now', () => {
    const claims = new Map(
      [
        claim('private:kept', 'kept', 'army-strategy'),
        claim('private:into-open', 'merged', 'private:open'),
        claim('private:open'),
        claim('private:gone', 'dropped'),
      ].map((c) => [c.id, c]),
    )
    expect(nowOn('private:kept', claims)).toBe('army-strategy')
    expect(nowOn('private:into-open', claims)).toBe('private:open')
    expect(nowOn('private:open', claims)).toBe('private:open')
    expect(nowOn('private:gone', claims)).toBe('private:gone')
    expect(nowOn('soil-used', claims)).toBe('soil-used')
  })

  it('moves a stance to the claim kept or merged into, replacing one already there, and drops it with its claim', () => {
    const stances = [stance('soil-used'), stance('private:x', 'mixed')]
    expect(moveStance(stances, 'private:x', 'army-strategy')).toEqual([
      stance('soil-used'),
      { claim: 'army-strategy', value: 'mixed', label: 'On private:x' },
    ])
    // The draft already takes a stance on the claim merged into: the editor's reading of the
    // coder's claim replaces it (the same as taking the side after the merge: takeStance).
    expect(moveStance(stances, 'private:x', 'soil-used')).toEqual([
      { claim: 'soil-used', value: 'mixed', label: 'On private:x' },
    ])
    expect(moveStance(stances, 'private:x', null)).toEqual([stance('soil-used')])
    expect(moveStance(stances, 'private:other', null)).toEqual(stances)
  })

  it('gives the stances as saved: shared claims only, one per claim, and lists what is not settled', () => {
    const claims = new Map(
      [
        claim('private:kept', 'kept', 'army-strategy'),
        claim('private:twin', 'merged', 'private:kept'),
        claim('private:gone', 'dropped'),
        claim('private:open'),
      ].map((c) => [c.id, c]),
    )
    const settled = settledStances(
      [stance('private:kept'), stance('private:twin', 'mixed'), stance('private:gone'), stance('soil-used')],
      claims,
    )
    expect(settled).toEqual({
      stances: [{ ...stance('private:kept'), claim: 'army-strategy' }, stance('soil-used')],
      unsettled: [],
    })
    const open = settledStances([stance('private:open'), stance('soil-used')], claims)
    expect(open.unsettled.map((c) => c.wording)).toEqual(['Words of private:open'])
  })

  describe('taking a coder’s stance on their own claim, before or after it is settled', () => {
    const taken = { claim: 'private:x', value: 'rejects' as Stance, label: 'Denies x' }
    const open = new Map([['private:x', claim('private:x')]])
    const kept = new Map([['private:x', claim('private:x', 'kept', 'x-kept')]])
    const merged = new Map([['private:x', claim('private:x', 'merged', 'soil-used')]])
    const intoOpen = new Map([
      ['private:x', claim('private:x', 'merged', 'private:y')],
      ['private:y', claim('private:y')],
    ])
    const dropped = new Map([['private:x', claim('private:x', 'dropped')]])
    const onto = [stance('soil-used', 'supports')]

    it('writes on the coder’s claim while it is not settled', () => {
      expect(takeStance(onto, 'private:x', taken, open)).toEqual({
        on: 'private:x',
        stances: [stance('soil-used'), taken],
        replaced: null,
      })
      expect(takeStance([...onto, taken], 'private:x', undefined, open)).toEqual({
        on: 'private:x',
        stances: [stance('soil-used')],
        replaced: null,
      })
    })

    it('writes on what it was kept as or merged into, replacing the stance there', () => {
      expect(takeStance(onto, 'private:x', taken, kept)).toEqual({
        on: 'x-kept',
        stances: [stance('soil-used'), { claim: 'x-kept', value: 'rejects', label: 'Denies x' }],
        replaced: null,
      })
      expect(takeStance(onto, 'private:x', taken, merged)).toEqual({
        on: 'soil-used',
        stances: [{ claim: 'soil-used', value: 'rejects', label: 'Denies x' }],
        replaced: stance('soil-used'),
      })
      // Merged into the other coder's claim not settled yet: onto that one, for its own settlement.
      expect(takeStance(onto, 'private:x', taken, intoOpen)).toEqual({
        on: 'private:y',
        stances: [stance('soil-used'), { claim: 'private:y', value: 'rejects', label: 'Denies x' }],
        replaced: null,
      })
      // The coder did not address it: the claim it went into stays as it was.
      expect(takeStance(onto, 'private:x', undefined, merged)).toEqual({
        on: 'soil-used',
        stances: onto,
        replaced: null,
      })
    })

    it('writes nothing once the claim is dropped', () => {
      expect(takeStance(onto, 'private:x', taken, dropped)).toEqual({ dropped: true, stances: onto })
    })

    it('gives the same stances whichever comes first, the take or the settlement of the claim', () => {
      for (const [settled, to] of [
        [kept, 'x-kept'],
        [merged, 'soil-used'],
        [dropped, null],
      ] as const)
        for (const side of [taken, undefined]) {
          const takeFirst = moveStance(takeStance(onto, 'private:x', side, open).stances, 'private:x', to)
          const settleFirst = takeStance(
            moveStance(onto, 'private:x', to),
            'private:x',
            side,
            settled,
          ).stances
          expect(settleFirst).toEqual(takeFirst)
        }
    })
  })
})
