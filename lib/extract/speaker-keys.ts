import { BODY_WORDS } from './lexicon'

/**
 * How mentions of speakers are compared: titles word by word ("spokesman" is
 * "spokesperson"), bodies with "the" and an "(ACRONYM)" folded, names word by word.
 */
import { foldName } from './names'

const ROLE_WORD = new Map<string, string>()

/**
 * Spokesman, spokesperson and spokeswoman are one office; "(COAS)" is the word COAS.
 * Memoised: it runs on every word of every description and title, and words recur.
 */
export function roleWord(w: string): string {
  let k = ROLE_WORD.get(w)
  if (k === undefined) {
    // A country's adjective is its possessive: "Iranian" is "Iran’s", "Pakistani" "Pakistan’s".
    const demonym = /^\p{Lu}\p{Ll}+(?:stani|ian)$/u.test(w) ? w.replace(/(?<=stan)i$|ian$/, '') : w
    k = demonym
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}-]/gu, '')
      .replace(/^spokes(?:man|woman|person|people|men|women)$/, 'spokesperson')
      .replace(/^official$/, 'officer')
    if (ROLE_WORD.size > 50_000) ROLE_WORD.clear()
    ROLE_WORD.set(w, k)
  }
  return k
}

/** A description that points back at the person just named: "the 23-year-old", "his brother". */
export const KIN =
  /^(?:\d+-)?year-old$|^(?:brother|sister|son|daughter|father|mother|husband|wife|man|woman|boy|girl)$/

/** "the statement", "the ISPR statement": the document stands for whoever issued it. */
export const DOCUMENT =
  /^(?:the|a|an)\s+(?:(.+?)\s+)?(?:statement|press\s+release|release|communiqu[eé]|notification|readout|handout)$/i

/** A body's name as a key: case, a leading "the" and an "(ACRONYM)" folded. */
export const bodyKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()

/** "Iran's state-run Nour News agency" is the Nour News agency. */
export const stripDescriptors = (name: string) =>
  name.replace(/^\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+)+(?=\p{Lu})/u, '')

/** The words of a folded name: a short mention is one of them ("Khalid" for "AFM Khalid Hossain"). */
export const ends = (name: string) => new Set(foldName(name).split(' '))

export const roleWords = (role: string) =>
  role
    .split(/[\s,]+/)
    .map(roleWord)
    .filter(Boolean)

/** "the foreign minister" → ["foreign", "minister"]: the words a matching title must hold. */
export function descriptionWords(description: string): string[] {
  return roleWords(description).filter((w) => !/^(?:the|a|an|of|for|in|on|to|and|country|country's)$/.test(w))
}

/** The words name a body: an acronym ("ISPR"), or a body word ends them ("Foreign Office (FO)"). */
function namesBody(words: string): boolean {
  const bare = words.replace(/\s*\(\p{Lu}{2,8}\)$/u, '')
  if (/^\p{Lu}{2,8}$/u.test(bare)) return true
  return BODY_WORDS.has(bare.split(/\s+/).pop()!.toLowerCase())
}

/** "the Foreign Office (FO) spokesperson", "the ISPR spokesman": a named body's spokesperson. */
const BODY_SPOKESPERSON =
  /^[Tt]he\s+((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and)\s+)?)*(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}{2,8}\)))\s+(spokes(?:person|man|woman))$/u

/**
 * The article gives someone the title: "Tahir Andrabi, the Foreign Office spokesperson" or
 * "Foreign Office spokesperson Tahir Andrabi". Only asked when a description matched no one.
 */
function titlesSomeone(text: string, title: string): boolean {
  const t = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  return new RegExp(`\\p{L},\\s+(?:the\\s+)?${t},|${t},?\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}`, 'u').test(text)
}

/** "the Ministry of External Affairs" → "MEA": the initials of its capitalised words. */
export const initials = (name: string) =>
  name
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w))
    .map((w) => w.charAt(0))
    .join('')

/**
 * "the Foreign Office (FO) spokesperson" where the article gives no one that title (no
 * "Tahir Andrabi, the Foreign Office spokesperson", even later): the body speaks, its
 * spokesperson the role, as "a spokesperson for X" (codebook: a body is a speaker).
 */
export function unheldOffice(description: string, text: string): { body: string; role: string } | null {
  const office = BODY_SPOKESPERSON.exec(description)
  if (!office || !namesBody(office[1]!)) return null
  if (titlesSomeone(text, description.replace(/^the\s+/i, ''))) return null
  return { body: office[1]!, role: office[2]! }
}
