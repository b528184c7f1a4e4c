import { readFileSync } from 'node:fs'

/**
 * The seed story read straight from its data file, so the tests compare the pages and
 * downloads with the data itself rather than with the app's own view model.
 */
interface SeedStatement {
  id: string
  perspective: string
  speaker: { name: string; role: string | null }
  text: string
  kind: 'direct' | 'paraphrase'
  attribution: string
  channel: string
  stance?: { value: string; label: string }
  stances?: { claim: string; value: string; label: string }[]
  source: string
  date?: string
  caveats: string[]
}
interface SeedStory {
  id: string
  title: string
  question: string
  claims: { id: string; slug: string; wording: string }[]
  perspectives: { id: string; label: string }[]
  sources: { id: string; text: string }[]
  statements: SeedStatement[]
  nonResponses: { id: string; perspective: string; claim: string; text: string; source: string }[]
}

export const SLUG = 'pakistan-afghanistan-militancy-2023'
export const STORY_PATH = `/stories/${SLUG}`

export const seed: SeedStory = JSON.parse(
  readFileSync(new URL(`../data/stories/${SLUG}.json`, import.meta.url), 'utf8'),
)

export const statement = (id: string): SeedStatement => {
  const found = seed.statements.find((s) => s.id === id)
  if (!found) throw new Error(`no statement ${id} in the seed`)
  return found
}

export const perspectiveLabel = (id: string) => seed.perspectives.find((p) => p.id === id)!.label

/** Offsets found here by a plain indexOf: the seed's statements contain no folded space. */
export function expectedAnchor(s: SeedStatement): [number, number] {
  const text = seed.sources.find((src) => src.id === s.source)!.text
  const start = text.indexOf(s.text)
  if (start === -1 || text.indexOf(s.text, start + 1) !== -1) throw new Error(`${s.id} does not anchor once`)
  return [start, start + s.text.length]
}

export const idsOf = (perspective: string) =>
  seed.statements.filter((s) => s.perspective === perspective).map((s) => s.id)

/** A statement's stance on a claim, as the data file gives it (the main claim's is `stance`). */
export function stanceOn(s: SeedStatement, claimId: string) {
  return claimId === seed.claims[0]!.id ? s.stance : s.stances?.find((x) => x.claim === claimId)
}
