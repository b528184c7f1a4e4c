import { describe, expect, it } from 'vitest'
import { loadStoryUrlState, parseAsSetOf, parseAsSorting, serializeStoryUrlState } from './url-state'

const PERSPECTIVES = ['pakistani-officials', 'taliban', 'analysts']

describe('parseAsSorting', () => {
  it('parses column.direction pairs in order', () => {
    expect(parseAsSorting.parse('speaker.asc,stance.desc')).toEqual([
      { id: 'speaker', desc: false },
      { id: 'stance', desc: true },
    ])
  })

  it('drops unknown columns, bad directions and repeats', () => {
    expect(parseAsSorting.parse('colour.asc,speaker.up,stance.desc,stance.asc,,source')).toEqual([
      { id: 'stance', desc: true },
    ])
    expect(parseAsSorting.parse('nonsense')).toBeNull()
  })

  it('serialises back to the same text', () => {
    expect(
      parseAsSorting.serialize([
        { id: 'source', desc: true },
        { id: 'perspective', desc: false },
      ]),
    ).toBe('source.desc,perspective.asc')
  })
})

describe('parseAsSetOf', () => {
  const parser = parseAsSetOf(['direct', 'paraphrase'])
  it('keeps known values once, in the given order', () => {
    expect(parser.parse('paraphrase,direct,paraphrase')).toEqual(['paraphrase', 'direct'])
  })
  it('gives null when nothing is usable', () => {
    expect(parser.parse('quote,,')).toBeNull()
  })
})

describe('loadStoryUrlState', () => {
  it('reads good values', () => {
    const state = loadStoryUrlState(PERSPECTIVES, {
      q: 'doha',
      perspective: 'taliban,analysts',
      stance: 'mixed',
      kind: 'direct',
      attribution: 'secondhand',
      review: 'draft',
      view: 'combined',
      sort: 'speaker.asc,stance.desc',
      'sort.taliban': 'statement.desc',
    })
    expect(state).toMatchObject({
      q: 'doha',
      perspective: ['taliban', 'analysts'],
      stance: ['mixed'],
      kind: ['direct'],
      channel: 'secondhand',
      view: 'combined',
      sort: [
        { id: 'speaker', desc: false },
        { id: 'stance', desc: true },
      ],
      'sort.taliban': [{ id: 'statement', desc: true }],
      'sort.analysts': [],
    })
    // An old link's review facet is ignored: stories hold reviewed statements only.
    expect(state).not.toHaveProperty('review')
  })

  it('falls back to the defaults for unknown or malformed values', () => {
    const state = loadStoryUrlState(PERSPECTIVES, {
      perspective: 'martians',
      stance: 'angry,,',
      kind: 'DIRECT',
      attribution: 'rumour',
      review: 'maybe',
      from: '2024-02-31',
      to: '31/12/2024',
      view: 'grid',
      sort: ';;drop table',
      'sort.taliban': 'speaker.sideways',
      unrelated: 'x',
    })
    expect(state).toEqual({
      q: '',
      perspective: [],
      stance: [],
      kind: [],
      channel: null,
      from: null,
      to: null,
      claim: null,
      view: 'side',
      sort: [],
      'sort.pakistani-officials': [],
      'sort.taliban': [],
      'sort.analysts': [],
    })
  })

  it('reads the timeline view and its date range', () => {
    const state = loadStoryUrlState(PERSPECTIVES, { view: 'timeline', from: '2024-03-01', to: '2024-04-30' })
    expect([state.view, state.from, state.to]).toEqual(['timeline', '2024-03-01', '2024-04-30'])
    expect(serializeStoryUrlState(PERSPECTIVES, { view: 'timeline', from: '2024-03-01' })).toBe(
      '?from=2024-03-01&view=timeline',
    )
  })

  it('takes the first of repeated parameters', () => {
    expect(loadStoryUrlState(PERSPECTIVES, { q: ['first', 'second'] }).q).toBe('first')
  })
})

describe('serializeStoryUrlState', () => {
  it('writes only what differs from the defaults, with the exact parameter names', () => {
    expect(
      serializeStoryUrlState(PERSPECTIVES, {
        q: 'doha',
        stance: ['supports', 'rejects'],
        channel: 'secondhand',
        view: 'side',
        'sort.analysts': [{ id: 'speaker', desc: true }],
      }),
    ).toBe('?q=doha&stance=supports,rejects&attribution=secondhand&sort.analysts=speaker.desc')
  })

  it('reads a claim as given, the Claims view and the blank stance', () => {
    const state = loadStoryUrlState(PERSPECTIVES, {
      claim: ' pakistan-a-base ',
      view: 'claims',
      stance: 'none,rejects',
    })
    expect(state).toMatchObject({ claim: 'pakistan-a-base', view: 'claims', stance: ['none', 'rejects'] })
    // An unknown claim is kept, for the page to say it was not found; an empty one is none.
    expect(loadStoryUrlState(PERSPECTIVES, { claim: 'no-such-claim' }).claim).toBe('no-such-claim')
    expect(loadStoryUrlState(PERSPECTIVES, { claim: '   ' }).claim).toBeNull()
    expect(loadStoryUrlState(PERSPECTIVES, { claim: 'x'.repeat(201) }).claim).toBeNull()
    expect(serializeStoryUrlState(PERSPECTIVES, { claim: 'money', view: 'claims' })).toBe(
      '?claim=money&view=claims',
    )
  })
})
