import { describe, expect, it } from 'vitest'
import { speakerIndex } from './speaker-counts'
import { likelyVariants, speakerStancesByClaim, speakerStatements, type StoryRows } from './speakers'
import type { ClaimView } from './claims'
import { makeRow } from './testing-rows'

const row = (id: string, speaker: string, iso: string | null, extra = {}) =>
  makeRow({ id, speaker, date: { iso, inferred: false, display: iso ?? 'Date unknown' }, ...extra })

const claim = (id: string, wording: string, main = true): ClaimView => ({
  id,
  slug: id,
  wording,
  notes: [],
  main,
})

const stories: StoryRows[] = [
  {
    storyId: 'dam',
    storyTitle: 'Dam',
    claims: [claim('dam-question', 'The dam causes the floods.')],
    rows: [
      row('d1', 'Ilsa Varden', '2024-04-02'),
      row('d2', 'Tomas Reyl', '2024-04-02', { perspectiveLabel: 'Downstream', stance: 'rejects' }),
    ],
  },
  {
    storyId: 'reservoir',
    storyTitle: 'Reservoir',
    claims: [claim('reservoir-question', 'The reservoir’s gates cause the floods.')],
    rows: [
      row('r1', 'Varden', '2024-05-06'),
      row('r2', 'Ilsa Varden', '2024-02-05'),
      row('r3', 'Ilsa Varden', null),
      row('r4', 'The Taliban', '2024-01-01'),
      row('r5', 'Dr. Kaya Lund', '2024-01-01'),
    ],
  },
]

describe('speakerIndex', () => {
  it('lists everyone once, by surname, with counts by story and camp', () => {
    const index = speakerIndex(stories, new Map())
    expect(index.map((s) => s.name)).toEqual([
      'Dr. Kaya Lund',
      'Tomas Reyl',
      'The Taliban',
      // A one-word name files before the people who share it as a surname.
      'Varden',
      'Ilsa Varden',
    ])
    const varden = index.find((s) => s.slug === 'ilsa-varden')!
    expect(varden.total).toBe(3)
    expect(varden.stories).toEqual([
      { storyId: 'dam', title: 'Dam', count: 1 },
      { storyId: 'reservoir', title: 'Reservoir', count: 2 },
    ])
    expect(varden.camps).toEqual([{ label: 'City officials', count: 3 }])
  })

  it('folds a merged variant into its canonical name', () => {
    const index = speakerIndex(stories, new Map([['Varden', 'Ilsa Varden']]))
    const varden = index.find((s) => s.slug === 'ilsa-varden')!
    expect(varden.total).toBe(4)
    expect(varden.names).toEqual(['Ilsa Varden', 'Varden'])
    expect(index.some((s) => s.slug === 'varden')).toBe(false)
  })
})

describe('speakerStatements', () => {
  it('gives every statement across stories in date order, the undated last', () => {
    const found = speakerStatements(stories, 'ilsa-varden', new Map([['Varden', 'Ilsa Varden']]))
    expect(found.map((s) => [s.storyId, s.row.id])).toEqual([
      ['reservoir', 'r2'],
      ['dam', 'd1'],
      ['reservoir', 'r1'],
      ['reservoir', 'r3'],
    ])
  })
})

describe('likelyVariants', () => {
  const index = speakerIndex(
    [
      ...stories,
      {
        storyId: 'x',
        storyTitle: 'X',
        claims: [claim('x-question', 'X happened.')],
        rows: [
          row('x1', 'Anna Varden', null),
          row('x2', 'Spokesman Zabihullah Mujahid', null),
          row('x3', 'Mujahid', null),
        ],
      },
    ],
    new Map(),
  )
  const of = (slug: string) =>
    likelyVariants(
      index.find((s) => s.slug === slug)!,
      index,
    ).map((s) => s.name)

  it('suggests the same surname and names contained in one another, without merging', () => {
    expect(of('ilsa-varden')).toEqual(['Varden', 'Anna Varden'])
    expect(of('mujahid')).toEqual(['Spokesman Zabihullah Mujahid'])
    expect(of('tomas-reyl')).toEqual([])
    expect(of('the-taliban')).toEqual([])
  })
})

describe('stances by claim', () => {
  // As on /speakers/jan-achakzai: statements in two stories, measured against two questions.
  const two: StoryRows[] = [
    {
      storyId: 'dam',
      storyTitle: 'Dam',
      claims: [
        claim('dam-question', 'The dam causes the floods.'),
        claim('money', 'The dam saves money.', false),
      ],
      rows: [
        row('d1', 'Jan Achakzai', '2024-01-02', { stance: 'supports' }),
        row('d2', 'Jan Achakzai', '2024-01-03', {
          stance: null,
          stanceLabel: null,
          claimStances: [{ claim: 'money', value: 'rejects', label: 'Costly' }],
        }),
      ],
    },
    {
      storyId: 'reservoir',
      storyTitle: 'Reservoir',
      claims: [
        claim('reservoir-question', 'The reservoir causes the floods.'),
        claim('money', 'The dam saves money.', false),
      ],
      rows: [
        row('r1', 'Jan Achakzai', '2024-02-01', {
          stance: 'rejects',
          claimStances: [{ claim: 'money', value: 'rejects', label: 'Costly too' }],
        }),
      ],
    },
  ]

  it('never adds up stances measured against different claims; a claim shared by stories is one', () => {
    const [achakzai] = speakerIndex(two, new Map())
    expect(achakzai!.claims.map((c) => [c.claimId, c.counts, c.stories.map((s) => s.storyId)])).toEqual([
      ['dam-question', { supports: 1, mixed: 0, neutral: 0, rejects: 0 }, ['dam']],
      ['money', { supports: 0, mixed: 0, neutral: 0, rejects: 2 }, ['dam', 'reservoir']],
      ['reservoir-question', { supports: 0, mixed: 0, neutral: 0, rejects: 1 }, ['reservoir']],
    ])
  })

  it('groups a speaker page’s statements by claim, each showing its stance on that claim', () => {
    const groups = speakerStancesByClaim(speakerStatements(two, 'jan-achakzai', new Map()), two)
    expect(groups.map((g) => [g.wording, g.rows.map((r) => [r.id, r.stance, r.stanceLabel])])).toEqual([
      ['The dam causes the floods.', [['d1', 'supports', 'Safety first']]],
      [
        'The dam saves money.',
        [
          ['d2', 'rejects', 'Costly'],
          ['r1', 'rejects', 'Costly too'],
        ],
      ],
      ['The reservoir causes the floods.', [['r1', 'rejects', 'Safety first']]],
    ])
  })
})
