/**
 * Who is speaking: the noun phrase before (or after) a reporting verb, split into the
 * name as the article gives it and the title as the article gives it. The rules are
 * about the shape of wire-copy bylines — title before name, name then appositive,
 * appositive then name — not about any particular person.
 */

import { BODY_WORDS, ED_ADJECTIVES, GROUP_WORDS, NP_STOP, ROLE_WORDS } from './lexicon'
import { commaParts, isAcronym, isProperName, splitTitle, stripAsides } from './name-phrases'
import { bareToken } from './names'

export type SpeakerKind = 'person' | 'body' | 'pronoun' | 'description' | 'joint'

export interface SpeakerPhrase {
  kind: SpeakerKind
  /** The name as given; for a pronoun the pronoun; for a description the phrase. */
  name: string
  role: string | null
  /** For a definite description ("the spokesperson"), its head noun. */
  head?: string
  /** For joint speakers ("Ali and his elder brother Asal Mir"), each of them. */
  parts?: SpeakerPhrase[]
  /** "his elder brother": the second of a pair is the first's elder (or younger) kin. */
  kin?: { rank: 'elder' | 'younger'; noun: string }
}

/** Subjects, and objects after "according to" ("According to him, …"). */
const PRONOUNS = /^(?:he|she|they|it|him|her|them)$/i

const words = (s: string) => s.split(/\s+/).filter(Boolean)
const bare = bareToken

/** The head noun: the last word before any "of/in/for/at …" complement. */
function headNoun(phrase: string): string {
  const tokens = words(phrase.replace(/\([^)]*\)/g, ''))
  const complement = tokens.findIndex((t, i) => i > 0 && /^(?:of|in|for|at|from|on|to|with)$/i.test(t))
  // "the Ministry of External Affairs spokesperson": a title word at the end is the head.
  const core =
    complement > 0 && !ROLE_WORDS.has(bare(tokens.at(-1) ?? '')) ? tokens.slice(0, complement) : tokens
  // "the 23-year-old" is a year-old.
  return bare(core.at(-1) ?? '').replace(/^\d+-/, '')
}

/** A lower-case verb inside a phrase means it is a clause, not a name. */
function containsVerb(phrase: string): boolean {
  const tokens = words(phrase)
  return tokens.some(
    (t, i) =>
      /^\p{Ll}/u.test(t) &&
      (NP_STOP.test(t) ||
        // "the elated Taliban spokesman": after an article an -ed word describes.
        (/ed$/.test(t) && !ED_ADJECTIVES.test(t) && !/^(?:the|a|an)$/i.test(tokens[i - 1] ?? '')) ||
        /^(?:claims|says|rejects|denies|wants|seeks|plans|aims|hopes|calls|urges|faces|makes|takes|gives|comes|follows|goes|means|marks|shows|remains|seems|appears)$/.test(
          t,
        )),
  )
}

/** Words that make an unnamed speaker borderline: a source, a witness. */
const UNNAMED_OBSERVER = /^(?:sources?|(?:eye)?witness(?:es)?|bystanders?|onlookers?|passers?-by|passer-by)$/
/** Unnamed media: "local media", "media reports", "media activists"; not "the media wing". */
const UNNAMED_MEDIA = /\bmedia(?:\s+(?:reports?|activists?|outlets?|users?))?$/i

const KIN_TITLE = /^(?:his|her|their)\s+(elder|older|eldest|younger|youngest)\s+(\p{L}+)$/iu

/** One named person of a joint subject: "Ali", "his elder brother Asal Mir", "Gen. Asim Munir". */
function namedPart(part: string): SpeakerPhrase | null {
  const titled = splitTitle(part)
  if (titled) {
    const kin = KIN_TITLE.exec(titled.role)
    const rank = /^(?:younger|youngest)$/i.test(kin?.[1] ?? '') ? 'younger' : 'elder'
    return {
      kind: 'person',
      name: titled.name,
      role: kin ? null : titled.role,
      ...(kin ? { kin: { rank, noun: kin[2]!.toLowerCase() } } : {}),
    }
  }
  return isProperName(part) ? { kind: 'person', name: part, role: null } : null
}

/**
 * "Committee members—Lalbabu Yadav, Pampha Bhusal, Rajendra Shrestha, Debendra Raj Kandel":
 * named people listed under one cue speak together, under the title before the list.
 */
function nameList(parts: string[]): SpeakerPhrase | null {
  const [first = '', ...rest] = parts
  // "Committee members—A", "Senators A", "Interior Minister A", or "A" alone.
  const led = /^(.+?)\s*[—–:]\s*(.+)$/.exec(first)
  const plural = /^((?:\p{Lu}[\p{L}-]*\s+)*?(\p{L}+)s)\s+(\p{Lu}.*)$/u.exec(first)
  const head = led
    ? { role: led[1]!, name: led[2]! }
    : plural && ROLE_WORDS.has(bare(plural[2]!))
      ? { role: plural[1]!, name: plural[3]! }
      : (splitTitle(first) ?? { role: null, name: first })
  const names = [head.name, ...rest.flatMap((p) => p.replace(/^and\s+/, '').split(/\s+and\s+/))]
  if (!names.every(isProperName)) return null
  const people = names.map((name): SpeakerPhrase => ({ kind: 'person', name, role: null }))
  return { kind: 'joint', name: names.join(', '), role: head.role, parts: people }
}

/** "Ali and his elder brother Asal Mir said": two named people speak together. */
function joint(p: string): SpeakerPhrase | null {
  const halves = p.split(/\s+and\s+/)
  if (halves.length !== 2) return null
  const parts = halves.map(namedPart)
  if (!parts[0] || !parts[1]) return null
  return { kind: 'joint', name: p, role: null, parts: parts as SpeakerPhrase[] }
}

const SPOKESPERSON_FOR =
  /^(?:[Aa]n?|[Tt]he)\s+(spokes(?:person|man|woman))\s+(?:for|of)\s+((?:the\s+)?\p{Lu}.*)$/u

function single(phrase: string): SpeakerPhrase | null {
  const p = phrase.trim()
  // A double title before a name ("the Government spokesperson and Minister for Communication
  // and Information Technology X") runs to 13 words and more; a clause has a verb (below).
  if (p.length === 0 || words(p).length > 16) return null
  if (containsVerb(p)) return null
  if (PRONOUNS.test(p)) return { kind: 'pronoun', name: p, role: null }
  const together = joint(p)
  if (together) return together
  // "A spokesperson for the TTP": an unnamed spokesperson speaks for the body, in that role.
  const forBody = SPOKESPERSON_FOR.exec(p)
  if (forBody) return { kind: 'body', name: forBody[2]!, role: forBody[1]! }
  const titled = splitTitle(p)
  if (titled) return { kind: 'person', name: titled.name, role: titled.role }
  if (isAcronym(p)) return { kind: 'body', name: p, role: null }
  if (isProperName(p)) return { kind: 'person', name: p, role: null }
  const first = words(p)[0] ?? ''
  const head = headNoun(p)
  // Unnamed sources, witnesses and media ("a Reuters witness", "eyewitness reports", "local
  // media") are borderline in the codebook, and say what was seen rather than a position.
  if (words(p).some((w) => UNNAMED_OBSERVER.test(bare(w))) || UNNAMED_MEDIA.test(p)) return null
  const personal = ROLE_WORDS.has(head)
  // "the spokesperson", "Federal Minister for IT": a title with no name is a description.
  if (personal && words(p).length <= 8 && (/^the$/i.test(first) || /^\p{Lu}/u.test(first))) {
    return { kind: 'description', name: p, role: null, head }
  }
  // Lower case only for a group or an office: "officials", "local traders".
  if (!/^[\p{Lu}\p{N}]/u.test(p) && !/^(?:the|a|an)\s/i.test(p) && !GROUP_WORDS.has(head) && !personal)
    return null
  if (/^\p{N}/u.test(p) && !personal) return null
  // A body or a group, as the article names it.
  return { kind: personal ? 'person' : 'body', name: p, role: null }
}

const TRAILING_TIME =
  /,?\s+(?:(?:on|late|early|last|this|earlier|later)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|month|year|morning|evening|night)(?:\s+(?:night|morning|evening))?$/i

const ISSUED_DOCUMENT =
  /^(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|new|latest|recent|annual|quarterly|monthly|separate|official|fresh)\s+)*(\p{Lu}.*?)\s+(?:report|survey|study|assessment|data|figures)(?:\s+(?:(?:published|released|issued|made\s+public|seen)\b.*|(?:on|last|this)\s+\p{Lu}\p{Ll}+day))?$/u

/**
 * The named issuer of a document ("a joint UNHCR and IOM report published on Thursday" →
 * "UNHCR and IOM"): what the document says, its issuer says. Null when it names none.
 */
export function documentIssuer(phrase: string): string | null {
  return ISSUED_DOCUMENT.exec(phrase.trim())?.[1] ?? null
}

const PARSED = new Map<string, SpeakerPhrase | null>()

/**
 * Parse the phrase that names a speaker, or null when it does not look like one.
 * Memoised ("he", "the minister", a name recur in every article); callers never change
 * the phrase they are given.
 */
export function parseSpeakerPhrase(phrase: string): SpeakerPhrase | null {
  let parsed = PARSED.get(phrase)
  if (parsed === undefined) {
    parsed = parse(phrase)
    if (PARSED.size > 20_000) PARSED.clear()
    PARSED.set(phrase, parsed)
  }
  return parsed
}

function parse(phrase: string): SpeakerPhrase | null {
  // Longer than any name with its title and an aside: not a speaker (and not worth the regexes).
  if (phrase.length > 300) return null
  const issuer = documentIssuer(phrase)
  if (issuer) return parseSpeakerPhrase(issuer)
  // "a statement from the Prime Minister's Office": the office is the speaker.
  const document =
    /^(?:an?|the)\s+(?:(?:joint|written|official|brief)\s+)?(?:statement|press\s+release|notification|readout|handout|communiqu[eé]|post)\s+(?:(?:issued|released|posted|sent)\s+)?(?:from|by)\s+/i
  const cleaned = stripAsides(
    phrase
      .trim()
      .replace(/^[,\s]+|[,\s]+$/g, '')
      .replace(document, '')
      // "Islamabad: The Foreign Office …", "Kathmandu - Home Minister …", "Bayan News – X",
      // "Tehran (IP) - Iranian …" (with the agency's credit): a
      // place or credit line before the subject is no part of it (a dash that pairs with a
      // later one sets off an aside instead: "Imran Khan – Pakistan's former premier – said").
      .replace(/^\p{Lu}[\p{L} .'-]{1,40}:\s+(?=\p{Lu})/u, '')
      .replace(
        /^\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*){0,3}(?:\s+\([\p{L}\s]{1,24}\))?\s+[-–—]\s+(?=\p{Lu}(?!.*\s[-–—]\s))/u,
        '',
      )
      // "The committee on Thursday resented …": the day is when, not who.
      .replace(TRAILING_TIME, ''),
  )
  if (cleaned.length === 0 || cleaned.length > 160) return null
  // "Ishaq Dar in his first interview since …", "the minister while addressing the media",
  // "and when the interviewer": where, when and how he spoke are not part of the name.
  const named = cleaned
    .replace(/\s+(?:in|during|at)\s+(?:his|her|its|their|a|an)\s+[^,]*$/i, '')
    .replace(/\s+(?:while|whilst|when|after|before)\s+\p{Ll}+ing\b.*$/u, '')
    .replace(
      /^(?:(?:and|but|or|so|when|while|whilst|as|after|before|if|then|because|since|though|although)\s+)+/i,
      '',
    )
  if (named !== cleaned) return parseSpeakerPhrase(named)
  // "Tensions soaring as TTP", "Officials respond as Pakistani Interior minister": a clause
  // and a conjunction before the subject; the speaker is the one after it.
  const subordinate =
    /^(.*\S)\s+(?:as|while|whilst|when)\s+(?=(?:the\s+)?\p{Lu})(?!.*\s(?:as|while|whilst|when)\s)/u.exec(
      cleaned,
    )
  if (
    subordinate &&
    !/\bas\s+well\s*$/.test(subordinate[1]!) &&
    /\s\p{Ll}+(?:ing|ed|s)\b/u.test(subordinate[1]!)
  )
    return parseSpeakerPhrase(cleaned.slice(subordinate[0].length))
  // "No group claimed …": nobody spoke.
  if (/^(?:no|none|nobody|neither)\b/i.test(cleaned)) return null
  // An age ("Khuda Bakhsh, 52,") is not a title.
  const parts = commaParts(cleaned).filter((part) => !/^\d{1,3}$/.test(part))
  if (parts.length === 1) return single(parts[0] ?? '')
  // "Minister for Land Management, Cooperatives and Poverty Alleviation Padma Aryal".
  const portfolio =
    /\s(?:for|of)\s+\p{Lu}/u.test(parts[0]!) &&
    parts.slice(1).every((p) => /^\p{Lu}/u.test(p)) &&
    !isProperName(parts.at(-1)!)
  const titled = portfolio ? splitTitle(cleaned) : null
  if (titled) return { kind: 'person', name: titled.name, role: titled.role }
  const listed = parts.length > 2 || /\sand\s/.test(parts.at(-1)!) ? nameList(parts) : null
  if (listed || parts.length !== 2) return listed
  const [a = '', b = ''] = parts
  const aName = splitTitle(a)?.name ?? (isProperName(a) ? a : null)
  const bIsRole = /^(?:the|a|an)\s/i.test(b) || /^\p{Ll}/u.test(b) || splitTitle(b) === null
  // "Name, the title of X" — the title at the statement wins over one before the name.
  if (aName && !isProperName(b) && bIsRole) return { kind: 'person', name: aName, role: b }
  // "Pakistan's Chief of Staff, Gen. Asim Munir"
  const bName = splitTitle(b)?.name ?? (isProperName(b) ? b : null)
  // "This comes after the Foreign Minister, Ishaq Dar": a clause before the name is no title.
  if (bName && !isProperName(a) && !containsVerb(a)) {
    if (isAcronym(bName)) return { kind: 'body', name: bName, role: null }
    // "In a post on X, formerly Twitter, spokesman Abdul Qahar Balkhi": an aside with no
    // title word in it is not the title; the title is the one before the name, if any.
    if (!words(a).some((w) => ROLE_WORDS.has(bare(w)) || BODY_WORDS.has(bare(w))))
      return { kind: 'person', name: bName, role: splitTitle(b)?.role ?? null }
    return { kind: 'person', name: bName, role: a }
  }
  return null
}
