import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../view/filters'
import { buildManifest } from './manifest'
import { makeRow } from '../view/testing-rows'

describe('buildManifest', () => {
  it('wraps the rows with their provenance and counts them', () => {
    const rows = [makeRow({ id: 'b' }), makeRow({ id: 'a' })]
    const manifest = buildManifest({
      storyId: 'mini',
      contentHash: 'sha256:abc',
      url: 'http://localhost/stories/mini?q=ruiz',
      view: 'side',
      claims: [
        {
          id: 'mini-question',
          slug: 'mini-question',
          wording: 'The bridge is unsafe.',
          notes: [],
          main: true,
        },
        { id: 'money', slug: 'money', wording: 'The closure saves money.', notes: ['n'], main: false },
      ],
      filters: { ...NO_FILTERS, q: 'ruiz', claim: 'money' },
      sort: { city: [{ id: 'speaker', desc: true }] },
      rows,
      now: new Date(Date.UTC(2026, 10, 27, 12, 0, 0)),
    })
    expect(manifest).toEqual({
      format: 'perspective-reader/statements@1',
      storyId: 'mini',
      contentHash: 'sha256:abc',
      url: 'http://localhost/stories/mini?q=ruiz',
      view: 'side',
      // The claims without their notes: what the rows' stances are measured against.
      claims: [
        { id: 'mini-question', slug: 'mini-question', wording: 'The bridge is unsafe.', main: true },
        { id: 'money', slug: 'money', wording: 'The closure saves money.', main: false },
      ],
      filters: {
        q: 'ruiz',
        perspective: [],
        stance: [],
        kind: [],
        attribution: null,
        from: null,
        to: null,
        claim: 'money',
      },
      sort: { city: [{ id: 'speaker', desc: true }] },
      exportedAt: '2026-11-27T12:00:00.000Z',
      rowCount: 2,
      rows,
    })
    // Rows keep the order given: the order on screen.
    expect(manifest.rows.map((r) => r.id)).toEqual(['b', 'a'])
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest)
  })
})
