import { describe, expect, it } from 'vitest'
import type { Stance } from '../story/codebook'
import { isPrivateClaim, moveStance, resolveClaim, settledStances, type PrivateClaim } from './private-claims'

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

  it('moves a stance to the claim kept or merged into, keeps one already there, and drops it with its claim', () => {
    const stances = [stance('soil-used'), stance('private:x', 'mixed')]
    expect(moveStance(stances, 'private:x', 'army-strategy')).toEqual([
      stance('soil-used'),
      { ...stance('private:x', 'mixed'), claim: 'army-strategy' },
    ])
    // The draft already takes a stance on the claim merged into: that one stays, alone.
    expect(moveStance(stances, 'private:x', 'soil-used')).toEqual([stance('soil-used')])
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
})
