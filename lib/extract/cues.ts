/**
 * Reporting cues: the verbs and phrases with which wire copy attributes words to a
 * speaker, and the tails with which it attributes a whole sentence to another outlet.
 */

import { REPORTING_VERBS } from './reporting-verbs'
import { VERB_LED_VERBS } from './verb-led'

const FINITE_VERBS = [...new Set([...REPORTING_VERBS, ...VERB_LED_VERBS])]

/** Verbs that report a clause even without "that": "Police said the bomber had …". */
const CLAUSE_WITHOUT_THAT = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'added',
  'adds',
  'stated',
  'states',
  'believes',
  'believed',
  'believe',
  'claimed',
  'claims',
  'warned',
  'warns',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'announced',
  'confirmed',
  'acknowledged',
  'admitted',
  'maintained',
  'asserted',
  'predicted',
  'estimated',
  'suggested',
  'wrote',
  'writes',
  'conceded',
  'informed',
  'replied',
  'responded',
  'revealed',
  'disclosed',
  'alleged',
  'alleges',
])

/** Verbs that take an object before their clause: "told reporters …", "informed the house …". */
export const TAKES_OBJECT = new Set(['told', 'tells', 'tell', 'assured', 'informed', 'accused', 'accuses'])

/**
 * Verbs whose content is their object and its complement, not a clause: "accused the
 * government of hiding …", "blamed construction for the damage". The preposition is required.
 */
export const OBJECT_COMPLEMENT: Record<string, RegExp> = {
  accused: /\bof\b/,
  accuses: /\bof\b/,
  blamed: /\b(?:for|on)\b/,
  blames: /\b(?:for|on)\b/,
  criticised: /\bfor\b/,
  criticized: /\bfor\b/,
}

export const PARTICIPLES = [
  'saying',
  'adding',
  'emphasizing',
  'emphasising',
  'stressing',
  // "underscoring the need for …": as "stressing". Not "highlighting", which elaborates
  // the statement before it ("accused India of …, highlighting its support for …").
  'underscoring',
  'noting',
  'warning',
  'insisting',
  'claiming',
  'arguing',
  'asserting',
  'explaining',
  'alleging',
  'stating',
  'declaring',
  'maintaining',
  'contending',
  'accusing',
  'remarking',
  'observing',
  'reiterating',
  'telling',
  'calling',
  'urging',
  'describing',
  'terming',
  // "portraying it as evidence of …", "branding the raid …": a verdict, as "describing".
  'portraying',
  'branding',
  'vowing',
  'pledging',
  'expressing',
  'condemning',
  'rejecting',
  'denying',
  'asking',
  'appealing',
  'pointing out',
  'ruling out',
  'recalling',
  'suggesting',
  'assuring',
  'indicating',
]

/** Participles that report only a "that" clause: "indicating that …", "assuring them that …". */
const THAT_ONLY = new Set(['assuring', 'indicating'])

/**
 * The "that" after a participle cue, with the person told before it ("assuring them that"):
 * its length, 0 when there is none, or -1 when the cue reports nothing without one
 * (", indicating a shift" is the reporter's reading, not speech).
 */
/** Whether the text opens with a participle that reports only a "that" clause. */
export const reportsOnlyThat = (text: string) => THAT_ONLY.has(/^\p{L}+/u.exec(text)?.[0].toLowerCase() ?? '')

export function thatAfterParticiple(cue: string, rest: string): number {
  const that = /^\s+(?:(?:them|him|her|us|you|reporters|journalists|the\s+media)\s+)?that\b/.exec(rest)
  if (that) return that[0].length
  return THAT_ONLY.has(cue.toLowerCase()) ? -1 : 0
}

// Adverbs by their endings too ("has unanimously said", "officially raised"), not nouns in
// -ly ("the family said", "a rally", "an ally").
const ADVERBS =
  'also|further|later|earlier|again|then|once|had|has|have|would|will|had\\s+also|has\\s+also|have\\s+also|not|even|strongly|firmly|flatly|publicly|clearly|openly|directly|briefly|jointly|formally|sharply|strictly|plainly|[a-z]{3,}(?:ally|ously|ently|antly|ively|ately|edly|ingly|fully|lessly)'

const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|')

/** A finite reporting verb, with any auxiliary and adverbs before it. */
export const FINITE_CUE = new RegExp(`\\b((?:(?:${ADVERBS})\\s+)*)(${alternation(FINITE_VERBS)})\\b`, 'g')
export const PARTICIPLE_WORDS = alternation(PARTICIPLES)
export const PARTICIPLE_CUE = new RegExp(`\\b(${PARTICIPLE_WORDS})\\b`, 'g')

/**
 * Where a second cue by the same speaker begins: ", adding that …", "and urged …", "but
 * said …", and a participle right after a quotation (`as “grim,” noting that …`: the comma
 * sits inside the marks, which are masked).
 */
export const NEXT_CUE = new RegExp(
  `(?:,\\s*(?:(?:and|but)\\s+(?:(?:has|have|had)\\s+)?)?|\\s+(?:and|but)\\s+(?:(?:has|have|had)\\s+)?|\\s+as\\s+(?:he|she|they|it)\\s+(?:\\p{Ll}+ly\\s+)?|\\s+(?=adding\\b|saying\\b))(?:also\\s+)?(?=(?:${alternation(PARTICIPLES)}|${alternation(FINITE_VERBS)})\\b)|(?<=\u0001)\\s+(?=(?:${alternation(PARTICIPLES)})\\b)`,
  'gu',
)

export const clauseWithoutThat = (verb: string) =>
  CLAUSE_WITHOUT_THAT.has(verb.toLowerCase().replace(/\s+/g, ' '))

const REPORTING = new Set(REPORTING_VERBS)
/** Verbs that report a "that" clause; after "condemned an attack that killed …" the "that" is relative. */
export const takesThat = (verb: string) => REPORTING.has(verb.toLowerCase().replace(/\s+/g, ' '))

/** Cues that start a second statement inside a reported clause: the speaker's own next words. */
export const SPEECH_CUE = new RegExp(
  `^(?:${PARTICIPLE_WORDS}|said|says|added|adds|told|stated|noted|stressed|emphasi[sz]ed|insisted|maintained|asserted|reiterated|explained|remarked|warned|urged|called\\s+(?:on|for))\\b`,
)

/** Words that make a tail name an outlet rather than a speaker. */
const OUTLET =
  /\b(?:media|reports?|reported|news|newspapers?|daily|television|tv|channels?|agency|agencies|outlets?|radio|broadcaster|wire|press\s+trust|state\s+media|dawn|geo|tolonews|reuters|afp|ap|bbc|al\s+jazeera|xinhua|ariana|pajhwok|mirror|times|tribune|express|post|hindu|guardian)\b/i

export const isOutlet = (phrase: string) => OUTLET.test(phrase)

/**
 * Tails that say the report came through another outlet: ", as reported by Pakistani
 * media", ", according to Pakistani media reports", ", Dawn reported", ", citing …".
 * Each match is the whole tail, to be cut from the end of the sentence.
 */
export const OUTLET_TAILS: RegExp[] = [
  /,?\s+(?:as\s+reported\s+(?:by|in)|as\s+quoted\s+by|citing|quoting)\s+[^,]+$/i,
  /,\s+(?:according\s+to)\s+[^,]+$/i,
  /,\s+(?:the\s+)?[^,]{1,60}?\s+(?:reported|reports|quoted\s+[^,]+\s+as\s+saying)$/i,
  /,\s+(?:reported|reports)\s+[^,]{1,60}$/i,
]

const AUXILIARIES = new Set(
  'is are was were be been being has have had will would can could should must may might shall did does do not'.split(
    ' ',
  ),
)

/**
 * Irregular past tenses, which end in neither -ed nor -s: "said cargo traffic fell by 12 per
 * cent", "said the militants fled", "said talks broke down".
 */
const IRREGULAR_PAST = new Set(
  'arose ate beat became began bent bit bled blew bore bought bound broke brought built burnt caught chose clung came cost crept cut dealt dug drew drank drove fed fell felt fled flew forbade forgave forgot fought found froze gave got grew hung heard hid held hit hurt kept knew laid lay led left lent let lit lost made meant met overcame oversaw paid put quit ran rang rode rose sank sat saw sent set shook shot shrank shut slept slid sold sought spent split spoke spread sprang stood stole struck stuck swept swore swung taught thought threw told took tore understood undertook went wept withdrew woke won wore wound wrote'.split(
    ' ',
  ),
)

/** A subject pronoun opens a clause whatever its verb: "said we need more time", "said they want peace". */
const SUBJECT_PRONOUN = /^(?:i|we|they|he|she|you)\s+\p{Ll}/u

/**
 * A clause must carry a verb to be a statement: "responsibility for the assault" is not one.
 * Word by word with an early exit: it runs on every candidate clause, some of them long.
 */
export function looksLikeClause(text: string): boolean {
  // A masked quotation inside the clause counts as words, not as punctuation.
  const t = text.replace(/\u0001+/g, ' quoted ').trim()
  if (!/^\S+\s+\S+\s+\S/.test(t)) return false
  if (SUBJECT_PRONOUN.test(t)) return true
  // Any word after the first that is an auxiliary, "no longer", or ends like a verb (-ed, -s),
  // within the first 60: no subject is longer, and the bound keeps each call short.
  const rest = t.slice(t.search(/\s/), 1000)
  const word = /\w+/g
  let count = 0
  for (let m = word.exec(rest); m && count < 60; m = word.exec(rest), count++) {
    const w = m[0].toLowerCase()
    if (
      AUXILIARIES.has(w) ||
      IRREGULAR_PAST.has(w) ||
      (w.length > 2 && w.endsWith('ed')) ||
      (w.length > 1 && w.endsWith('s'))
    )
      return true
    if (w === 'no' && /^\s+longer\b/i.test(rest.slice(word.lastIndex, word.lastIndex + 12))) return true
  }
  return false
}

/** A clause after a verb with no "that" must not open as an adverbial: "said in Quetta". */
export const opensWithPreposition = (text: string) =>
  !/^at\s+(?:least|most)\b/i.test(text.trim()) &&
  /^(?:in|on|at|during|after|before|to|from|with|by|for|about|of|outside|inside|while|when|late|early)\b/i.test(
    text.trim(),
  )

/** Auxiliaries between a verb and "that" mean the "that" belongs to another clause. */
export const hasAuxiliary = (text: string) =>
  /\b(?:is|are|was|were|had|has|have|been|be|will|would|could|should|can|must|may|might|did|does|do)\b/i.test(
    text,
  )

/**
 * A short setting between a verb and its clause: "said in a statement it had …",
 * "said on Tuesday the …", "said in 2004, the …". Returns its length, or 0 when what
 * follows is not a clause start.
 */
export function settingLength(text: string): number {
  const m =
    /^\s+(?:in|on|at|during|after|via|through|from)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|conference|briefing|address|speech|post|message|letter|note|video|session|meeting|rally|parliament|assembly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|night|morning|evening|\p{Lu}[\p{L}-]*|\d{4}),?(?=\s+(?:it|he|she|they|we|there|the|a|an|this|its|his|her|their|all|no|some|\p{Lu}|\p{N}))/u.exec(
      text,
    )
  return m ? m[0].length : 0
}
