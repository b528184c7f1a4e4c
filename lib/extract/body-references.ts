import type { Entity } from './entity'

/**
 * What a bare noun for a body refers back to: "the ministry", "the department", "the group".
 * Bounded: the last 50 bodies the article named.
 */

/** "the ministry", "the department": an office noun alone, which names no body of its own. */
const BARE_OFFICE = /^the\s+(ministry|department|office|directorate|commission)$/i
/** What "the ministry" may refer back to: a ministry, or a foreign or home office by name. */
const MINISTRY_NAME = /\bministry\b|\b(?:foreign|home)\s+office\b|\bMoFA\b/i
/** "the group", "the militant outfit": a group that spoke before. */
const BARE_GROUP =
  /^the\s+(?:(?:militant|armed|banned|outlawed|proscribed|terrorist|rebel)\s+)?(?:group|outfit|organi[sz]ation|movement)$/i
/** Offices of a state, which "the group" never means. */
const STATE_BODY =
  /\b(?:ministry|office|government|department|police|army|military|forces|council|commission|FO|ISPR|MoFA|MEA)\b/i

/**
 * "the ministry", "the department" after the article named "the Foreign Office (FO)" or
 * "Nepal's Ministry of Foreign Affairs": the body last named with that word in its name (a
 * foreign or home office is a ministry). "The group also accused …" after "TTP said …": the
 * body that last spoke, when its name is a group's (an acronym, or "group" in it), not a
 * state's office. Null when the name is no such noun or nothing fits.
 */
export function bodyReferredTo(
  name: string,
  bodies: readonly Entity[],
  lastBody: Entity | null,
): Entity | null {
  if (BARE_GROUP.test(name)) {
    const grouplike =
      lastBody && (/\(\p{Lu}{2,8}\)|^\p{Lu}{2,8}$/u.test(lastBody.name) || /\bgroup\b/i.test(lastBody.name))
    return grouplike && !STATE_BODY.test(lastBody.name) ? lastBody : null
  }
  const head = BARE_OFFICE.exec(name)?.[1]?.toLowerCase()
  if (!head) return null
  const fits = head === 'ministry' ? MINISTRY_NAME : new RegExp(`\\b${head}\\b`, 'i')
  for (let i = bodies.length - 1; i >= 0 && i >= bodies.length - 50; i--)
    if (fits.test(bodies[i]!.name)) return bodies[i]!
  return null
}

/**
 * "It said …": the body last named. "India called upon … It also asked …": a one-word name
 * with no title that just spoke is a country or a capital, which "it" means; a person never is.
 */
export function itRefersTo(lastSpeaker: Entity | null, lastBody: Entity | null): Entity | null {
  const place = lastSpeaker && !lastSpeaker.role && !/\s/.test(lastSpeaker.name)
  return (place ? lastSpeaker : lastBody) ?? lastSpeaker
}
