/**
 * The noun phrase that opens a clause, where a speaker is named before the verb: the
 * name with its appositives ("Jan Achakzai, the Interim Minister of Information of
 * Balochistan,"), stopped by the first verb.
 */
import { BODY_WORDS, ED_ADJECTIVES, HONORIFIC, NP_STOP, ROLE_WORDS } from './lexicon'
import { bareToken as bare } from './names'
import { commaParts, isProperName, splitTitle } from './name-phrases'

const words = (s: string) => s.split(/\s+/).filter(Boolean)

/** A word that can stand inside a speaker's noun phrase before its verb. */
const NP_CONNECTOR = /^(?:of|the|and|for|de|bin|ibn|ul|ud|al|el|van|von|at|to)$/i

/**
 * The noun phrase at the start of a clause: "Jan Achakzai, the Interim Minister of
 * Information of Balochistan," in "Jan Achakzai, the Interim …, addressed the media".
 */
export function leadingNounPhrase(clause: string): string {
  const parts = commaParts(clause)
  if (parts.length === 0) return ''
  const head = npPrefix(parts[0] ?? '')
  if (head.length === 0) return ''
  if (head !== (parts[0] ?? '')) return head
  // Appositives: ", the Interim Minister …," or ", Gen. Asim Munir,".
  let phrase = head
  for (let i = 1; i < Math.min(parts.length - 1, 3); i++) {
    const part = parts[i] ?? ''
    if (/^(?:the|a|an)\s/i.test(part) || isProperName(part) || splitTitle(part)) phrase += `, ${part}`
    else if (/^(?:who|which|whose)\s/i.test(part)) continue
    else break
  }
  return phrase
}

function npPrefix(segment: string): string {
  const tokens = words(segment)
  const kept: string[] = []
  for (let i = 0; i < tokens.length && i < 14; i++) {
    const t = tokens[i] ?? ''
    const next = tokens[i + 1] ?? ''
    if (/^[\p{Lu}\p{N}(]/u.test(t) || HONORIFIC.test(t)) kept.push(t)
    // "Bayan News – Zabihullah Mujahid, …": a credit line's dash (left out by the parser).
    else if (/^[-–—]$/.test(t) && i > 0 && i < 5 && /^\p{Lu}/u.test(next)) kept.push(t)
    else if (i === 0 && /^(?:the|a|an)$/i.test(t)) kept.push(t)
    // "chief adviser’s Press Secretary X", "deputy minister X": a title in lower case opens it.
    else if (i === 0 && /^\p{Ll}+$/u.test(t) && /^\p{Ll}/u.test(next) && ROLE_WORDS.has(bare(next)))
      kept.push(t)
    else if (NP_STOP.test(t) || (/ed$/.test(t) && !ED_ADJECTIVES.test(t))) break
    else if (t === 'in' && next && /^\p{Lu}/u.test(next)) kept.push(t)
    else if (NP_CONNECTOR.test(t) && next && /^[\p{Lu}(]|^(?:the|a)$/u.test(next)) kept.push(t)
    else if (/^\p{Ll}/u.test(t) && i + 1 < tokens.length && kept.length > 0) kept.push(t)
    else if (/^\p{Ll}/u.test(t) && kept.length > 0 && (ROLE_WORDS.has(bare(t)) || BODY_WORDS.has(bare(t))))
      kept.push(t)
    else break
    if (
      /^\p{Ll}/u.test(t) &&
      (ROLE_WORDS.has(bare(t)) || BODY_WORDS.has(bare(t))) &&
      !(next && /^[\p{Lu}(]/u.test(next))
    ) {
      // "External affairs ministry spokesperson Syed Akbaruddin": an office before its title word.
      // "chief adviser’s Press Secretary": a title word before another.
      const title = (BODY_WORDS.has(bare(t)) || ROLE_WORDS.has(bare(t))) && next && ROLE_WORDS.has(bare(next))
      if (!(next && (NP_CONNECTOR.test(next) || next === 'in' || title))) break
    }
  }
  return kept.join(' ')
}
