#!/usr/bin/env node
// Writes a synthetic story of N statements for load tests and benchmarks. Each source is
// a made-up wire report whose sentences quote or paraphrase made-up speakers; every
// statement's text is one of those sentences' quoted words or reported clause, so it
// anchors like real data. A seeded generator makes the same arguments give the same file.
//
//   node scripts/generate-story.mjs --statements 50000 --out /tmp/stories [--seed 1]
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
  },
})
const total = Number(values.statements)
const perSource = Number(values['per-source'])
if (!Number.isInteger(total) || total < 1 || !values.out) {
  console.error('usage: generate-story.mjs --statements N --out DIR [--seed S] [--per-source K]')
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
const STANCE_BY_CAMP = {
  government: [0, 0, 1],
  opposition: [3, 3, 1],
  foreign: [1, 2, 0],
  analysts: [1, 2, 3],
}

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
  const lines = []
  const inThisSource = Math.min(perSource, total - serial)
  for (let i = 0; i < inThisSource; i++) {
    serial += 1
    const speaker = pick(speakers)
    const direct = random() < 0.5
    const words = clause(serial)
    const text = direct ? capitalise(words) : words
    lines.push(
      direct
        ? `“${text},” said ${speaker.name}, ${speaker.role}.`
        : `${speaker.name}, ${speaker.role}, said that ${text}.`,
    )
    // Narration between statements, as in a real report.
    if (random() < 0.2) lines.push(`Reporters saw ${pick(OBJECTS)} ${pick(TAILS)}.`)
    const [value, label] = STANCES[pick(STANCE_BY_CAMP[speaker.camp])]
    const secondhand = random() < 0.15
    statements.push({
      id: `s${serial}`,
      perspective: speaker.camp,
      speaker: { name: speaker.name, role: speaker.role },
      text,
      kind: direct ? 'direct' : 'paraphrase',
      attribution: secondhand ? 'as reported by local media' : 'press briefing',
      channel: secondhand ? 'secondhand' : 'firsthand',
      stance: { value, label },
      source: sourceId,
      caveats: secondhand ? ['Known only through local media.'] : [],
    })
  }
  const day = String((s % 28) + 1).padStart(2, '0')
  sources.push({
    id: sourceId,
    publisher: `Synthetic Wire ${(s % 5) + 1}`,
    title: `Report ${s + 1}`,
    date: `2024-${String((s % 12) + 1).padStart(2, '0')}-${day}`,
    url: 'unknown',
    text: lines.join('\n'),
    notes: ['Synthetic text for load testing.'],
  })
}

const story = {
  id: `synthetic-${total}`,
  title: `Synthetic story with ${total.toLocaleString('en')} statements`,
  question: 'The border closure is the main cause of the violence.',
  summary: 'Generated for load tests; every statement is drawn from its own synthetic source text.',
  perspectives: PERSPECTIVES,
  sources,
  events: [],
  statements,
}

mkdirSync(values.out, { recursive: true })
const file = path.join(values.out, `synthetic-${total}.json`)
writeFileSync(file, JSON.stringify(story))
console.log(`${file}: ${statements.length} statements in ${sources.length} sources`)
