/**
 * The pieces of a speaker's phrase: proper names, titles before a name ("Caretaker
 * Information Minister Jan Achakzai"), asides set off by commas. Word shapes only, never a
 * rule about one person.
 */
import { BODY_WORDS, GROUP_WORDS, HONORIFIC, NAME_PARTICLE, ROLE_WORDS } from './lexicon'
import { PORTFOLIO_WORDS } from './portfolio'
import { bareToken, isHonorific } from './names'

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|\p{Lu}\.)$/u
const words = (s: string) => s.split(/\s+/).filter(Boolean)
const bare = bareToken

export function isProperName(phrase: string): boolean {
  const tokens = words(phrase)
  if (tokens.length === 0 || tokens.length > 7) return false
  if (/^(?:the|a|an)$/i.test(tokens[0] ?? '')) return false
  let capitals = 0
  // "Major General Asif Ghafoor": a leading run of ranks is the name's, as written.
  let leading = true
  for (const t of tokens) {
    leading &&= isHonorific(t)
    if (NAME_PARTICLE.test(t) || HONORIFIC.test(t) || leading) continue
    if (!NAME_TOKEN.test(t)) return false
    const b = bare(t)
    if (BODY_WORDS.has(b) || GROUP_WORDS.has(b) || ROLE_WORDS.has(b)) return false
    capitals++
  }
  return capitals > 0
}

/** "MEA said", "UNAMA stated": an acronym alone names a body, unless it is a title ("COAS"). */
export const isAcronym = (name: string) => /^\p{Lu}{2,8}$/u.test(name) && !ROLE_WORDS.has(bare(name))

/** Split at commas that are not inside parentheses. */
export function commaParts(phrase: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charAt(i)
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === ',' && depth === 0) {
      parts.push(phrase.slice(start, i))
      start = i + 1
    }
  }
  parts.push(phrase.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}

/**
 * A relative or circumstantial clause set off by commas ("…, who leads X, …",
 * "…, in a statement sent to the media, …", "…, however, …") says how or who, not who is speaking.
 */
export function stripAsides(phrase: string): string {
  return phrase
    .replace(
      /,\s*(?:who|which|whose|whom|in\s+an?|in\s+his|in\s+her|in\s+their|speaking|while|when|on\s+condition|citing|quoting|according|during|addressing|talking|at\s+(?:a|an|the)|on\s+(?:a|an|the)|however|meanwhile|too|though|also|instead|nonetheless|nevertheless|likewise|similarly|in\s+turn|for\s+(?:his|her|its|their)\s+part|among\s+others|and\s+others|also\s+comprising|comprising|including)\b[^,]*(?=,|$)/gi,
      '',
    )
    .replace(/\s*,\s*$/, '')
    .trim()
}

/** A word that can stand in a personal name: capitalised, a particle, or a rank. */
const nameWord = (t: string) =>
  (NAME_TOKEN.test(t) || NAME_PARTICLE.test(t) || HONORIFIC.test(t)) &&
  !/\)$/.test(t) &&
  !BODY_WORDS.has(bare(t)) &&
  !ROLE_WORDS.has(bare(t)) &&
  !GROUP_WORDS.has(bare(t))

/**
 * "Caretaker Information Minister Jan Achakzai" → title and name; null if no title.
 * The name is the run of name words at the end, after the last title word; a rank or
 * honorific inside that run starts the name ("Federal Minister for IT and
 * Telecommunication Syed Amin Ul Haque"), and a run after "of" gives the title its
 * place first ("Deputy Commissioner of Chaman Raja Athar Abbas").
 */
/** "(Retd)", "(R)" after a rank. */
const RETIRED = /^\((?:retd?|r)\.?\)$/i

export function splitTitle(phrase: string): { role: string; name: string } | null {
  const tokens = words(phrase)
  let last = -1
  tokens.forEach((t, i) => {
    // "Lieutenant General", "General (Retd)": a rank, not a title's last word.
    const prev = tokens[i - 1] ?? ''
    const rank =
      isHonorific(t) &&
      ((isHonorific(prev) && !ROLE_WORDS.has(bare(prev))) || RETIRED.test(tokens[i + 1] ?? ''))
    if (ROLE_WORDS.has(bare(t)) && !HONORIFIC.test(t) && !rank) last = i
  })
  if (last < 0 || last === tokens.length - 1) return null
  let start = tokens.length
  // "Minister for Human Rights Shireen Mazari": a portfolio's words are the title's.
  while (
    start > last + 1 &&
    nameWord(tokens[start - 1] ?? '') &&
    !PORTFOLIO_WORDS.has(bare(tokens[start - 1]!))
  )
    start--
  if (start === tokens.length) return null
  const marker = tokens.findIndex((t, i) => i > start && i < tokens.length - 1 && isHonorific(t))
  const afterPreposition = /^(?:of|for|to|in|at)$/i.test(tokens[start - 1] ?? '')
  const afterPortfolio = PORTFOLIO_WORDS.has(bare(tokens[start - 1] ?? ''))
  if (marker > start) start = marker
  else if (afterPreposition && !afterPortfolio) {
    // One word after "of" is the title's place, not a name: "Minister for IT".
    if (tokens.length - start < 3) return null
    start++
  }
  // "Home adviser Lieutenant General (Retd) Md Jahangir Alam": ranks and honorifics right
  // before the name are the name's, as written; the title before them is the role.
  const own = tokens.slice(start).join(' ')
  // "the spokesman of the proscribed TTP": an acronym alone is the title's body, not a name.
  if (!isProperName(own) || /^\p{Lu}{2,8}$/u.test(own)) return null
  while (start > last + 1 && (isHonorific(tokens[start - 1]!) || RETIRED.test(tokens[start - 1]!))) start--
  const name = tokens.slice(start).join(' ')
  return { role: tokens.slice(0, start).join(' '), name }
}
