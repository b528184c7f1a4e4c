import type { Claim, StoryFile } from './schema'

/**
 * A story's claims as the app works with them: the main claim (the question) first, then
 * the further claims in the story's order. A file without claims has one, the question,
 * under an id made from the story's: the store's migration names existing stories' main
 * claims the same way, so a file and a migrated store agree.
 */

export const mainClaimId = (storyId: string): string => `${storyId}-question`

/** The main claim a story file without claims has: its question, under mainClaimId. */
export function derivedMainClaim(story: Pick<StoryFile, 'id' | 'question'>): Claim {
  const id = mainClaimId(story.id)
  return { id, slug: id, wording: story.question, notes: [] }
}

/** The story's claims, main first: the file's own, or the question alone. */
export function claimsOf(story: Pick<StoryFile, 'id' | 'question' | 'claims'>): Claim[] {
  return story.claims && story.claims.length > 0 ? story.claims : [derivedMainClaim(story)]
}

/**
 * Whether a story's claims are only the main claim a file without claims gets: such a
 * story is written back without a `claims` list, so its file stays as it was.
 */
export function onlyDerivedClaim(
  story: Pick<StoryFile, 'id' | 'question'>,
  claims: readonly Claim[],
): boolean {
  if (claims.length !== 1) return false
  const [claim] = claims as [Claim]
  const derived = derivedMainClaim(story)
  return (
    claim.id === derived.id &&
    claim.slug === derived.slug &&
    claim.wording === derived.wording &&
    claim.notes.length === 0
  )
}
