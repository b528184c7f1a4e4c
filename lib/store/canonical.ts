import { storySchema, type StoryFile } from '../story/schema'

/**
 * The canonical form of a story file: the schema's field order, every defaulted list
 * written out, optional fields left out when absent, two-space indentation and a final
 * line break. Export writes it; the round-trip tests compare files in it.
 */

type Entries = [string, unknown][]
const pick = (entries: Entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined))

export function canonicalStory(story: StoryFile): unknown {
  // A statement's stances follow the story's claim order, whatever order the file gave.
  const claimOrder = new Map((story.claims ?? []).map((claim, index) => [claim.id, index]))
  const inClaimOrder = (stances: StoryFile['statements'][number]['stances']) =>
    stances
      .map((stance, index) => ({ stance, index }))
      .sort(
        (a, b) =>
          (claimOrder.get(a.stance.claim) ?? Infinity) - (claimOrder.get(b.stance.claim) ?? Infinity) ||
          a.index - b.index,
      )
      .map(({ stance }) => ({ claim: stance.claim, value: stance.value, label: stance.label }))
  return pick([
    ['id', story.id],
    ['title', story.title],
    ['question', story.question],
    ['summary', story.summary],
    // Absent, empty lists of the claims' parts are left out: a file without claims is
    // written exactly as it was before stories had them.
    [
      'claims',
      story.claims?.map((c) =>
        pick([
          ['id', c.id],
          ['slug', c.slug],
          ['wording', c.wording],
          ['notes', c.notes],
        ]),
      ),
    ],
    [
      'perspectives',
      story.perspectives.map((p) =>
        pick([
          ['id', p.id],
          ['label', p.label],
          ['definition', p.definition],
          ['match', p.match],
        ]),
      ),
    ],
    [
      'sources',
      story.sources.map((s) =>
        pick([
          ['id', s.id],
          ['publisher', s.publisher],
          ['title', s.title],
          ['date', s.date],
          ['url', s.url],
          ['text', s.text],
          ['notes', s.notes],
        ]),
      ),
    ],
    [
      'events',
      story.events.map((e) =>
        pick([
          ['id', e.id],
          ['text', e.text],
          ['source', e.source],
          ['occurrence', e.occurrence],
          ['label', e.label],
          ['date', e.date],
          ['notes', e.notes],
        ]),
      ),
    ],
    [
      'statements',
      story.statements.map((s) =>
        pick([
          ['id', s.id],
          ['perspective', s.perspective],
          ['speaker', { name: s.speaker.name, role: s.speaker.role }],
          ['text', s.text],
          ['kind', s.kind],
          ['attribution', s.attribution],
          ['channel', s.channel],
          ['stance', s.stance ? { value: s.stance.value, label: s.stance.label } : undefined],
          ['stances', s.stances.length > 0 ? inClaimOrder(s.stances) : undefined],
          ['source', s.source],
          ['occurrence', s.occurrence],
          ['date', s.date],
          ['caveats', s.caveats],
        ]),
      ),
    ],
    [
      'nonResponses',
      story.nonResponses.length === 0
        ? undefined
        : story.nonResponses.map((n) =>
            pick([
              ['id', n.id],
              ['perspective', n.perspective],
              ['claim', n.claim],
              ['text', n.text],
              ['source', n.source],
              ['occurrence', n.occurrence],
              ['asOf', n.asOf],
              ['notes', n.notes],
            ]),
          ),
    ],
    [
      'relatedReports',
      story.relatedReports.map((r) => ({ publisher: r.publisher, url: r.url, summary: r.summary })),
    ],
  ])
}

/** A date object's fields in the schema's order. */
function sortDate(value: unknown): unknown {
  if (value && typeof value === 'object' && 'value' in value) {
    const { value: v, inferred, reason } = value as Record<string, unknown>
    return { value: v, inferred, reason }
  }
  return value
}

export function storyJson(story: StoryFile): string {
  return `${JSON.stringify(canonicalStory(story), (key, value) => (key === 'date' ? sortDate(value) : value), 2)}\n`
}

/** A story file's text in canonical form (it must already pass the schema). */
export function canonicalText(text: string): string {
  return storyJson(storySchema.parse(JSON.parse(text)))
}
