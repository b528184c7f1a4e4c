import { BODY_WORDS, GROUP_WORDS, ROLE_WORDS } from './lexicon'

/**
 * People's names as the codebook wants them: the fullest form the article gives, a rank
 * or honorific kept as written, never a day, a date or a title. Shared by the extractor
 * (to resolve "Qureshi" to "Amna Qureshi") and the evaluation (which compares names with
 * honorifics folded, as the issue asks).
 */

/** Ranks and honorifics, with or without their full stop, as wire copy writes them. */
const HONORIFIC_WORDS = new Set([
  'gen',
  'general',
  'lt',
  'lieutenant',
  'maj',
  'major',
  'brig',
  'brigadier',
  'col',
  'colonel',
  'capt',
  'captain',
  'cmdr',
  'commander',
  'adm',
  'admiral',
  'air',
  'marshal',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'professor',
  'sen',
  'senator',
  'hon',
  'sir',
  'dame',
  'mullah',
  'mulla',
  'maulana',
  'maulvi',
  'mawlawi',
  'mufti',
  'qari',
  'hafiz',
  'sheikh',
  'shaikh',
  'haji',
  'alhaj',
  'mian',
  'sardar',
  'makhdoom',
  'pir',
  'nawabzada',
  'sahibzada',
  'syed',
  'sayed',
  'barrister',
  'engr',
  'engineer',
  'justice',
  'retd',
  'retired',
  'r',
])

const BARE = new Map<string, string>()

/**
 * A word lower-cased without its possessive or punctuation. Memoised: the same few
 * thousand words recur throughout an article, and this runs on every one of them.
 */
export function bareToken(t: string): string {
  let b = BARE.get(t)
  if (b === undefined) {
    b = t
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/[^\p{L}\p{N}-]/gu, '')
    if (BARE.size > 50_000) BARE.clear()
    BARE.set(t, b)
  }
  return b
}

export const isHonorific = (token: string) => HONORIFIC_WORDS.has(bareToken(token))

/** Case, apostrophes, white space and honorifics folded: "Gen. Asim Munir" = "asim munir". */
export function foldName(name: string): string {
  const tokens = name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\((?:retd|r|retired)\.?\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  // Leading honorifics only: "Air Marshal X" folds, "X Khan" keeps every token.
  let i = 0
  // A leading article too: "the Taliban" is "The Taliban".
  while (i < tokens.length - 1 && (isHonorific(tokens[i]!) || tokens[i] === 'the')) i++
  return tokens.slice(i).join(' ').replace(/\.$/, '')
}

const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i
const TIME_WORDS = /^(?:today|yesterday|tonight|tomorrow|earlier|later|on|this|last)$/i
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

/**
 * A name with what the sentence glued to it cut off: "Amna Qureshi Sunday" (from "said
 * Amna Qureshi Sunday"), "Farid Ahmad on Monday", "Ali Khan March 4".
 */
export function cleanName(name: string): string {
  const tokens = name.trim().split(/\s+/)
  let end = tokens.length
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/[,.]$/, '')
    const next = tokens[i + 1] ?? ''
    if (WEEKDAYS.test(t) || TIME_WORDS.test(t) || (MONTHS.test(t) && /^\d/.test(next))) {
      end = i
      break
    }
  }
  return tokens.slice(0, end).join(' ')
}

const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u
const PARTICLE = /^(?:bin|ibn|ul|ud|ur|al|el|de|van|von)$/i
const NOT_NAME =
  /^(?:The|A|An|In|On|At|But|And|Yet|So|For|As|After|Before|While|When|If|This|That|These|Those|He|She|It|They|We|His|Her|Their|Our|Its|Mr|Ms|Mrs)$/

/** Capitalised only because they open a sentence: "Later Qureshi said" names Qureshi. */
const OPENING_WORD =
  /^(?:Later|Earlier|Meanwhile|However|Also|Separately|Moreover|Furthermore|Then|Still|Now|Today|Yesterday|Tonight|Again|Instead|Besides|Similarly|Likewise|Asked|Despite|During|Since|Under|Amid|Following|Addressing|Speaking|Talking|Responding|Commenting|Reacting|Dear|Both|Several|Many|Some|Other|Two|Three|Former|Acting|Caretaker|Interim|Senior|Top|Chief|Deputy|Federal|Provincial|Regional|Local|State|Opposition|Ruling|Afghan|Pakistani|Indian|Iranian|American|Chinese|British)$|(?:ly|ing)$/

function isNameWord(token: string): boolean {
  const b = bareToken(token)
  return (
    NAME_TOKEN.test(token.replace(/[’']s$/, '')) &&
    !NOT_NAME.test(token) &&
    !ROLE_WORDS.has(b) &&
    // "Senators Ali Khan, …": a title in the plural is no name either.
    !(b.endsWith('s') && ROLE_WORDS.has(b.slice(0, -1))) &&
    !BODY_WORDS.has(b) &&
    !GROUP_WORDS.has(b) &&
    !WEEKDAYS.test(b) &&
    !MONTHS.test(b) &&
    !isHonorific(token)
  )
}

/**
 * Every personal name of two to five words the article writes ("Amna Qureshi", "Zabihullah
 * Mujahid", "Shah Mehmood Qureshi"), each with the offset of its first mention. One pass
 * over the words, so linear. A run of capitals that holds a title or a body word is cut
 * there: "Interior Minister Mohsin Naqvi" gives "Mohsin Naqvi".
 */
export function fullNames(text: string): Map<string, { name: string; at: number }> {
  const names = new Map<string, { name: string; at: number }>()
  const re = /[^\s,;:()"“”]+/g
  let run: { token: string; at: number }[] = []
  const flush = () => {
    while (run.length > 0 && OPENING_WORD.test(run[0]!.token)) run.shift()
    while (run.length > 0 && PARTICLE.test(run.at(-1)!.token)) run.pop()
    if (run.length >= 2 && run.length <= 5) {
      const name = run.map((r) => r.token.replace(/[’']s$/, '')).join(' ')
      const key = foldName(name)
      if (!names.has(key)) names.set(key, { name, at: run[0]!.at })
    }
    run = []
  }
  let m: RegExpExecArray | null
  let previousEnd = 0
  while ((m = re.exec(text))) {
    const token = m[0]
    // Punctuation or a line break between two words ends a name: "Khan, Ali" is two.
    for (let k = previousEnd; k < m.index; k++) {
      const c = text.charCodeAt(k)
      if (c !== 32 && c !== 9) {
        flush()
        break
      }
    }
    previousEnd = m.index + token.length
    // Most words are not capitalised: skip them before any regex (this runs on every word).
    const first = token.charAt(0)
    if (first === first.toLowerCase() && !(run.length > 0 && PARTICLE.test(token))) {
      if (run.length > 0) flush()
      continue
    }
    const word = token.replace(/[.]$/, '')
    if (isNameWord(word) || (run.length > 0 && PARTICLE.test(word))) run.push({ token: word, at: m.index })
    else flush()
    // A possessive or a full stop ends the name at this word.
    if (/[’']s$|\.$/.test(token) && !/^\p{Lu}\.$/u.test(token)) flush()
  }
  flush()
  return names
}

export const lastToken = (name: string) => foldName(name).split(' ').at(-1) ?? ''
