/**
 * Verb-led reports: a reporting verb with an object or an infinitive and no content
 * clause ("denied reports of a deal", "urged Kabul to act", "described the claims as
 * baseless", "vowed to respond"). The codebook makes each a paraphrase statement whose
 * span is the verb phrase, verb included. Each verb comes with what must follow it, so
 * that the same verb used for an act ("denied entry", "asked for a visa" … ) is not taken.
 */

/** Nouns for something said or held: what "denied …" and "rejected …" must be about. */
const SAID_NOUNS =
  '(?:reports?|claims?|allegations?|accusations?|charges?|remarks?|statements?|comments?|assertions?|suggestions?|rumou?rs?|speculation|news|notion|impression|criticism|demands?|proposals?|propaganda|narrative|involvement|role|responsibility|links?|presence|knowledge|wrongdoing|interference|support|assistance|complicity|ties|contacts?|meddling)\\b'

/** Verdicts that make "called X …" a judgement: "called the claims baseless". */
const VERDICTS =
  '(?:baseless|unfounded|unacceptable|unjustified|illegal|unlawful|illegitimate|absurd|ridiculous|irresponsible|false|fabricated|misleading|provocative|unprovoked|regrettable|unfortunate|deplorable|shameful|cowardly|heinous|historic|positive|constructive|fruitful|productive|successful|important|significant|necessary|essential|premature|biased|politically\\s+motivated)\\b'

/**
 * A verdict in a word the closed list lacks: an adjective negated by its prefix
 * ("unilateral", "inhumane", "illogical", "irrational", "disproportionate", "non-binding"),
 * ending its clause, so that the object before it may run long ("called the decision by the
 * council to close the schools unilateral"). The suffixes are adjectives'; the object comes
 * first, so "called the individual" or "called the injured" is no verdict.
 */
const NEGATED_VERDICT =
  '(?:un|in|il|im|ir|dis|non-?)\\p{Ll}{3,}(?:al|ous|ive|ful|able|ible|ic|ent|ant|ary|ory|ate|ed|ing)(?=\\s*(?:[,.;:!?]|$|\\s(?:and|but|saying|adding)\\b))'

/** An object noun phrase of up to this many words before the required word. */
const upTo = (n: number) => `(?:[^\\s,;]+\\s+){0,${n}}?`

const ANY_OBJECT = /^\s+(?!that\b|to\s+(?:reporters|journalists|the\s+media)\b)[\p{L}\p{N}"“‘'(]/u

interface VerbLed {
  verbs: string[]
  /** What must follow the verb for it to report something. */
  complement: RegExp
}

export const VERB_LED: VerbLed[] = [
  // "denied reports of …", "rejected the allegations", "dismissed the claims as …"
  {
    verbs: [
      'rejected',
      'rejects',
      'dismissed',
      'dismisses',
      'refuted',
      'refutes',
      'repudiated',
      'disputed',
      'contested',
    ],
    // A quotation as the object ("rejected Islamabad’s “preposterous statement”", masked) is
    // something said, as a said-noun is.
    complement: new RegExp(
      `^\\s+(?:(?:any\\s+|all\\s+|the\\s+|these\\s+|such\\s+|those\\s+|this\\s+)?${upTo(5)}(?:${SAID_NOUNS}|\u0001{3}))`,
      'iu',
    ),
  },
  // "denied" also with a gerund, an act denied ("denied carrying any strikes", "denied having
  // links"); "rejected voting" is no claim, and "denied entry" no gerund.
  {
    verbs: ['denied', 'denies', 'deny'],
    complement: new RegExp(
      `^\\s+(?:(?:any\\s+|all\\s+|the\\s+|these\\s+|such\\s+|those\\s+|this\\s+)?${upTo(5)}(?:${SAID_NOUNS}|\u0001{3})|(?:ever\\s+)?\\p{Ll}{2,}ing\\s+\\p{L})`,
      'iu',
    ),
  },
  // "denounced the strikes", "opposed the plan", "ruled out any talks", "thanked Pakistan"
  {
    verbs: [
      'denounced',
      'denounces',
      'opposed',
      'opposes',
      'resented',
      'questioned',
      'thanked',
      'ruled out',
      'rules out',
      'pointed out',
      'prayed for',
    ],
    complement: ANY_OBJECT,
  },
  // "claimed responsibility for the blast": a claim, however short, is a statement.
  {
    verbs: ['claimed', 'claims', 'took', 'takes', 'accepted', 'accepts'],
    complement: /^\s+(?:\p{Ll}+\s+)?(?:responsibility|credit)\b/u,
  },
  // "complained to Islamabad about …", "remarked on …", "reflected on …", "referred to X as …"
  {
    verbs: ['complained', 'complains', 'remarked', 'reflected', 'commented'],
    complement: /^\s+(?:to|about|of|on|over|against)\b/u,
  },
  { verbs: ['referred'], complement: new RegExp(`^\\s+to\\s+${upTo(8)}as\\b`, 'u') },
  // "made a unique statement against …", "extended its heartfelt condolences", "prayed for …"
  {
    verbs: ['made', 'makes', 'issued', 'gave'],
    complement:
      // Not "made this statement": that points back at words already reported.
      /^\s+(?:an?|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|remarks?|comments?|speech|appeal|announcement|pledge|promise|assurance|warning|demand)\b/u,
  },
  {
    verbs: ['extended', 'extends', 'conveyed', 'offered'],
    complement:
      /^\s+(?:(?:its|his|her|their|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:condolences|felicitations|greetings|sympathies|gratitude|thanks|support|congratulations|wishes)\b/u,
  },
  // "paid glowing tribute to …", "paid homage to …"
  {
    verbs: ['paid', 'pays', 'paying'],
    complement: /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:tributes?|homage|respects)\b/u,
  },
  // "attributed the problems to the previous government"
  { verbs: ['attributed', 'attributes'], complement: new RegExp(`^\\s+${upTo(8)}to\\b`, 'u') },
  // "raised concerns with …", "raised the issue of …"; not "raised funds", "raised the flag".
  {
    verbs: ['raised', 'raises'],
    complement:
      /^\s+(?:(?:his|her|its|their|the|serious|grave|deep|strong|several|some)\s+)*(?:concerns?|questions?|objections?|reservations?|apprehensions?|(?:the\s+)?(?:issue|matter)\s+of)\b/u,
  },
  // "provided updates on …", "shared details of …"; "briefed the government about …"
  {
    verbs: ['provided', 'provides', 'shared'],
    complement:
      /^\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+)?(?:updates?|briefing|details|assurances?|an?\s+account)\s+(?:on|about|of|regarding|that)\b/u,
  },
  { verbs: ['briefed', 'briefs'], complement: new RegExp(`^\\s+${upTo(5)}(?:on|about|regarding)\\b`, 'u') },
  // "condemned the attack", "welcomed the decision", "stressed the need for …"
  {
    verbs: [
      'condemned',
      'condemns',
      'commended',
      'commends',
      'welcomed',
      'welcomes',
      'praised',
      'praises',
      'hailed',
      'hails',
      'lauded',
      'appreciated',
      'deplored',
      'slammed',
      'censured',
      'stressed',
      'stresses',
      'emphasised',
      'emphasized',
      'emphasises',
      'emphasizes',
      'underlined',
      'underscored',
      'highlighted',
      'reiterated',
      'reiterates',
      'reaffirmed',
      'reaffirms',
      'expressed',
      'expresses',
      'voiced',
      'acknowledged',
      'demanded',
    ],
    complement: ANY_OBJECT,
  },
  // "vowed to respond", "pledged support", "threatened to quit"
  {
    verbs: ['vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'threatened', 'threatens'],
    complement: ANY_OBJECT,
  },
  // "urged Kabul to act", "urged restraint", "called on donors to …", "called for talks"
  {
    verbs: [
      'urged',
      'urges',
      'called on',
      'calls on',
      'called upon',
      'called for',
      'calls for',
      'appealed',
      'appeals',
      'pressed for',
      'pushed for',
      'insisted on',
      'stressed on',
      'emphasised on',
      'emphasized on',
    ],
    complement: ANY_OBJECT,
  },
  // "asked the Taliban to …", "advised residents to …", "directed officials to …"
  {
    verbs: [
      'asked',
      'asks',
      'advised',
      'encouraged',
      'requested',
      'directed',
      'instructed',
      'implored',
      'exhorted',
      'told',
    ],
    complement: new RegExp(`^\\s+${upTo(7)}(?:to|not\\s+to)\\s+\\p{L}`, 'u'),
  },
  // "warned of …", "warned against …", "warned Kabul to …", "cautioned against …"
  {
    verbs: ['warned', 'warns', 'cautioned', 'cautions'],
    complement: new RegExp(`^\\s+(?:of|against|about|${upTo(4)}(?:of|against|to|not\\s+to))\\b`, 'u'),
  },
  // "described the claims as baseless", "termed the demands unjustified", "branded them …"
  {
    verbs: ['described', 'describes', 'characterised', 'characterized', 'portrayed'],
    complement: new RegExp(`^\\s+${upTo(8)}as\\b`, 'u'),
  },
  {
    verbs: ['termed', 'terms', 'labelled', 'labeled', 'branded', 'dubbed'],
    complement: ANY_OBJECT,
  },
  // "called the deportations “unlawful”", "called the claims baseless", "called the visit a
  // success", "called the decision to close the schools unilateral"; not "called the police",
  // "called a meeting", "called him an hour later".
  {
    verbs: ['called', 'calls'],
    complement: new RegExp(
      `^\\s+(?:the|this|these|those|such|his|her|its|their|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:${upTo(6)}(?:\u0001|an?\\s+(?!(?:hour|day|week|month|year|time|few|number|couple|meeting|press)\\b)[\\p{Ll}-]+|${VERDICTS})|(?:[^\\s,;]+\\s+){1,12}?${NEGATED_VERDICT})`,
      'u',
    ),
  },
  // "accused the government of …", "blamed Kabul for …", "criticised X for …"
  { verbs: ['accused', 'accuses'], complement: new RegExp(`^\\s+${upTo(8)}of\\b`, 'u') },
  { verbs: ['blamed', 'blames'], complement: new RegExp(`^\\s+${upTo(8)}(?:for|on|as)\\b`, 'u') },
  { verbs: ['criticised', 'criticized', 'criticises', 'criticizes'], complement: ANY_OBJECT },
  // "held Afghanistan responsible for …", a verdict as "blamed X for"; not "held talks".
  {
    verbs: ['held', 'holds'],
    // The object is a noun phrase: no clause ("held a meeting on who was responsible for …").
    complement:
      /^\s+(?:(?!(?:on|about|over|who|whether|that|which|was|were|is|are)\b)[^\s,;]+\s+){1,5}?(?:responsible|accountable|liable)\s+for\b/u,
  },
]

const BY_VERB = new Map<string, RegExp>()
for (const { verbs, complement } of VERB_LED) for (const v of verbs) BY_VERB.set(v, complement)

export const VERB_LED_VERBS = [...BY_VERB.keys()]

/** Whether `rest` (the text after the verb) completes a verb-led report. */
export function leadsReport(verb: string, rest: string): boolean {
  const complement = BY_VERB.get(verb.toLowerCase().replace(/\s+/g, ' '))
  return complement !== undefined && complement.test(rest.slice(0, 200))
}
