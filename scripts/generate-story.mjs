#!/usr/bin/env node
// Writes a synthetic story of N statements for load tests and benchmarks. Each source is
// a made-up wire report whose sentences quote or paraphrase made-up speakers; every
// statement's text is one of those sentences' quoted words or reported clause, so it
// anchors like real data. A seeded generator makes the same arguments give the same file.
// Sources are dated across a span of months, some statements carry a date of their own
// (a day or two before their report), and each camp's stance drifts over the span, so the
// timeline has something to show.
//
//   node scripts/generate-story.mjs --statements 50000 --out /tmp/stories [--seed 1]
//     [--per-source 250] [--months 12] [--claims N] [--id synthetic-50000]
//
// --claims N gives the story N claims, the question first, and spreads stances over them:
// most statements take a stance on one or two further claims, some on none but the
// question, and a few on further claims only (no stance on the question); now and then a
// report says a camp has not responded to a claim. Those come from a generator of their
// own, so the statements, speakers and texts are the same with or without --claims.
//
// Synthetic stories never go in data/stories/: build against them with
//   STORIES_DIR=/tmp/stories npm run build
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'per-source': { type: 'string', default: '250' },
    months: { type: 'string', default: '12' },
    claims: { type: 'string', default: '1' },
    // Several stories of one size need ids of their own (an archive for bench:archive).
    id: { type: 'string' },
  },
})
const total = Number(values.statements)
const perSource = Number(values['per-source'])
const months = Number(values.months)
const claimCount = Number(values.claims)
if (
  !Number.isInteger(total) ||
  total < 1 ||
  !values.out ||
  !(months > 0) ||
  !Number.isInteger(claimCount) ||
  claimCount < 1
) {
  console.error(
    'usage: generate-story.mjs --statements N --out DIR [--seed S] [--per-source K] [--months M] [--claims N]',
  )
  process.exit(2)
}

// mulberry32: small, fast and good enough to make varied, repeatable text.
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(Number(values.seed))
const pick = (list) => list[Math.floor(random() * list.length)]
// The claims' own draws, apart from the text's: --claims changes no statement's words.
const claimRandom = rng(Number(values.seed) * 7919 + 17)

const PERSPECTIVES = [
  { id: 'government', label: 'Government officials', definition: 'Serving officials of the government.' },
  { id: 'opposition', label: 'Opposition', definition: 'Opposition parties and their spokespeople.' },
  { id: 'foreign', label: 'Foreign governments', definition: 'Officials of other states.' },
  { id: 'analysts', label: 'Independent analysts', definition: 'People quoted only as experts or analysts.' },
]
const FIRST = [
  'Amina',
  'Bilal',
  'Chen',
  'Dana',
  'Elif',
  'Farid',
  'Gul',
  'Hamid',
  'Ines',
  'Jamal',
  'Kiran',
  'Laila',
  'Mehmet',
  'Nadia',
  'Omar',
  'Parisa',
  'Qasim',
  'Rana',
  'Samir',
  'Tahmina',
  'Umar',
  'Vera',
  'Wahid',
  'Yusuf',
  'Zara',
  'José',
  'Zoë',
  'Ma’ruf',
]
const LAST = [
  'Ahmadi',
  'Baig',
  'Chaudhry',
  'Durrani',
  'Ersoy',
  'Faizi',
  'Ghani',
  'Hussaini',
  'Iqbal',
  'Jalali',
  'Khattak',
  'Lodhi',
  'Mirza',
  'Nasiri',
  'Orakzai',
  'Popal',
  'Qureshi',
  'Rahimi',
  'Sadat',
  'Tareen',
  'Usmani',
  'Wardak',
  'Yousafzai',
  'Zaman',
]
const ROLES = {
  government: [
    'the interior minister',
    'a foreign ministry spokesperson',
    'the provincial information minister',
    'a military spokesman',
  ],
  opposition: ['an opposition senator', 'the opposition leader', 'a party spokesperson'],
  foreign: ['a State Department spokesperson', 'the visiting foreign minister', 'an EU envoy'],
  analysts: ['a security analyst', 'a political affairs analyst', 'a professor of international relations'],
}
const SUBJECTS = [
  'the border closure',
  'the ceasefire',
  'the new checkpoint policy',
  'the refugee registration drive',
  'the trade corridor',
  'the joint commission',
  'the security operation',
  'the aid convoy',
  'the prisoner exchange',
  'the peace talks',
]
const VERBS = [
  'has failed to stop',
  'will not end',
  'has reduced',
  'cannot explain',
  'was meant to address',
  'has worsened',
  'does nothing about',
  'has exposed',
  'will deepen',
  'has hidden',
]
const OBJECTS = [
  'attacks on civilians',
  'cross-border raids',
  'the smuggling of weapons',
  'recruitment by armed groups',
  'the displacement of families',
  'distrust between the capitals',
  'the flow of funds to militants',
  'local grievances',
]
const TAILS = [
  'this year',
  'in the north',
  'along the frontier',
  'since the spring',
  'in the tribal districts',
  'despite repeated warnings',
  'according to our own figures',
  'as everyone in the region knows',
]
const STANCES = [
  ['supports', 'Backs the official account'],
  ['mixed', 'Shares the blame'],
  ['neutral', 'Takes no side'],
  ['rejects', 'Blames the other side'],
]
// Each camp's weights over supports, mixed, neutral, rejects at the start of the span and
// at its end; a statement's stance is drawn from the mix at its source's place in between.
const STANCE_DRIFT = {
  government: [
    [6, 3, 1, 0],
    [2, 5, 2, 1],
  ],
  opposition: [
    [0, 2, 1, 7],
    [1, 4, 2, 3],
  ],
  foreign: [
    [2, 2, 5, 1],
    [1, 2, 2, 5],
  ],
  analysts: [
    [1, 4, 3, 2],
    [4, 3, 2, 1],
  ],
}
function driftedStance(camp, t) {
  const [from, to] = STANCE_DRIFT[camp]
  const weights = from.map((w, i) => w + (to[i] - w) * t)
  let r = random() * weights.reduce((a, b) => a + b, 0)
  for (const [i, w] of weights.entries()) {
    if ((r -= w) < 0) return i
  }
  return weights.length - 1
}

const QUESTION = 'The border closure is the main cause of the violence.'
const upperFirst = (text) => text[0].toUpperCase() + text.slice(1)
// Claim 0 is the question. Each further claim pairs a subject and an object, numbered so
// that every wording and slug is unique however many there are.
const claims = Array.from({ length: claimCount }, (_, k) =>
  k === 0
    ? { id: `synthetic-${total}-question`, slug: `synthetic-${total}-question`, wording: QUESTION, notes: [] }
    : {
        id: `claim-${k}`,
        slug: `claim-${k}`,
        wording: `Claim ${k}: ${upperFirst(SUBJECTS[k % SUBJECTS.length])} drives ${OBJECTS[(k * 3) % OBJECTS.length]}.`,
        notes: [],
      },
)
// Each camp leans one way on each further claim, so that some claims split the camps and
// others find them agreeing.
const leaning = new Map(
  claims.slice(1).flatMap((claim) =>
    PERSPECTIVES.map((p) => [`${claim.id}/${p.id}`, [6, 2, 1, 4].map((w) => w * claimRandom() + 0.2)]),
  ),
)
const CLAIM_LABELS = {
  supports: 'Says it does',
  mixed: 'Says it does in part',
  neutral: 'Addresses it without taking a side',
  rejects: 'Says it does not',
}
function leanedStance(claimId, camp) {
  const weights = leaning.get(`${claimId}/${camp}`)
  let r = claimRandom() * weights.reduce((a, b) => a + b, 0)
  for (const [i, w] of weights.entries()) if ((r -= w) < 0) return STANCES[i][0]
  return 'rejects'
}
/** A statement's stances on further claims: one or two for most, none for some. */
function furtherStances(camp) {
  if (claims.length < 2) return []
  const n = claimRandom() < 0.25 ? 0 : claimRandom() < 0.7 ? 1 : 2
  const chosen = new Set()
  while (chosen.size < Math.min(n, claims.length - 1)) chosen.add(1 + Math.floor(claimRandom() * (claims.length - 1)))
  return [...chosen]
    .sort((a, b) => a - b)
    .map((k) => {
      const value = leanedStance(claims[k].id, camp)
      return { claim: claims[k].id, value, label: CLAIM_LABELS[value] }
    })
}
const nonResponses = []

const DAY_MS = 86_400_000
const START = Date.UTC(2024, 0, 1)
const SPAN_DAYS = Math.round(months * 30.4)
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10)

// Each clause carries a fixed-width serial, so no clause is another's substring and every
// statement anchors exactly once.
function clause(serial) {
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, file ${String(serial).padStart(6, '0')}`
}
const capitalise = (text) => text[0].toUpperCase() + text.slice(1)

const speakers = Array.from({ length: Math.max(8, Math.ceil(total / 40)) }, (_, i) => {
  const camp = PERSPECTIVES[i % PERSPECTIVES.length].id
  return { name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES[camp]), camp }
})

const sourceCount = Math.ceil(total / perSource)
const sources = []
const statements = []
let serial = 0
for (let s = 0; s < sourceCount; s++) {
  const sourceId = `wire-${String(s + 1).padStart(4, '0')}`
  // Where this report falls in the span, 0 to 1: its date and its camps' drift.
  const t = sourceCount > 1 ? s / (sourceCount - 1) : 0
  const published = START + Math.round(t * SPAN_DAYS) * DAY_MS
  const lines = []
  const inThisSource = Math.min(perSource, total - serial)
  for (let i = 0; i < inThisSource; i++) {
    serial += 1
    const speaker = pick(speakers)
    const direct = random() < 0.5
    const words = clause(serial)
    // A quarter of statements were made a day or two before the report, which says when.
    const ownDate = random() < 0.25 ? isoDay(published - (1 + Math.floor(random() * 2)) * DAY_MS) : undefined
    const when = ownDate ? ` on ${ownDate}` : ''
    const text = direct ? capitalise(words) : words
    lines.push(
      direct
        ? `“${text},” said ${speaker.name}, ${speaker.role}${when ? `,${when}` : ''}.`
        : `${speaker.name}, ${speaker.role}, said${when} that ${text}.`,
    )
    // Narration between statements, as in a real report.
    if (random() < 0.2) lines.push(`Reporters saw ${pick(OBJECTS)} ${pick(TAILS)}.`)
    const [value, label] = STANCES[driftedStance(speaker.camp, t)]
    const secondhand = random() < 0.15
    const stances = furtherStances(speaker.camp)
    // A few statements address further claims only: no stance on the question.
    const onQuestion = stances.length === 0 || claimRandom() >= 0.1
    statements.push({
      id: `s${serial}`,
      perspective: speaker.camp,
      speaker: { name: speaker.name, role: speaker.role },
      text,
      kind: direct ? 'direct' : 'paraphrase',
      attribution: secondhand ? 'as reported by local media' : 'press briefing',
      channel: secondhand ? 'secondhand' : 'firsthand',
      ...(onQuestion ? { stance: { value, label } } : {}),
      ...(stances.length > 0 ? { stances } : {}),
      source: sourceId,
      ...(ownDate ? { date: ownDate } : {}),
      caveats: secondhand ? ['Known only through local media.'] : [],
    })
  }
  // Now and then a report says a camp has not responded to a claim.
  if (claims.length > 1 && claimRandom() < 0.3) {
    const camp = PERSPECTIVES[Math.floor(claimRandom() * PERSPECTIVES.length)]
    const claim = claims[1 + Math.floor(claimRandom() * (claims.length - 1))]
    const text = `${camp.label} had not responded to ${claim.wording.split(':')[0].toLowerCase()} by the time of report ${s + 1}`
    lines.push(`${text}.`)
    nonResponses.push({
      id: `no-response-${s + 1}`,
      perspective: camp.id,
      claim: claim.id,
      text,
      source: sourceId,
      notes: [],
    })
  }
  sources.push({
    id: sourceId,
    publisher: `Synthetic Wire ${(s % 5) + 1}`,
    title: `Report ${s + 1}`,
    date: isoDay(published),
    url: 'unknown',
    text: lines.join('\n'),
    notes: ['Synthetic text for load testing.'],
  })
}

const id = values.id ?? `synthetic-${total}`
const story = {
  id,
  title: values.id
    ? `Synthetic story ${id} with ${total.toLocaleString('en')} statements`
    : `Synthetic story with ${total.toLocaleString('en')} statements`,
  question: QUESTION,
  ...(claims.length > 1 ? { claims } : {}),
  summary: 'Generated for load tests; every statement is drawn from its own synthetic source text.',
  perspectives: PERSPECTIVES,
  sources,
  events: [],
  statements,
  ...(nonResponses.length > 0 ? { nonResponses } : {}),
}

mkdirSync(values.out, { recursive: true })
const file = path.join(values.out, `${id}.json`)
writeFileSync(file, JSON.stringify(story))
console.log(`${file}: ${statements.length} statements in ${sources.length} sources`)
