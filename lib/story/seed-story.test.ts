import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '../files/load-stories'
import { foldWhitespace } from './anchor'
import { perspectiveViews } from '../view/view-model'

// The shipped seed story, checked against the coding the codebook asks for.
const [story] = loadStoriesFrom(path.join(__dirname, '..', '..', 'data', 'stories'))

describe('seed story', () => {
  it('ships exactly one story, with the three camps in order', () => {
    expect(story?.perspectives.map((p) => p.label)).toEqual([
      'Pakistani officials',
      'The Taliban',
      'Independent analysts',
    ])
  })

  it('puts each speaker in the right camp', () => {
    const bySpeaker = perspectiveViews(story!).map((view) => [view.id, view.rows.map((r) => r.speaker)])
    expect(bySpeaker).toEqual([
      ['pakistani-officials', ['Gen. Asim Munir', 'Gen. Asim Munir', 'Jan Achakzai', 'Jan Achakzai']],
      ['taliban', ['The Taliban']],
      ['analysts', ['Mohammad Radmanesh', 'Azizuddin Ma’arij']],
    ])
  })

  it('anchors every statement and event to its exact words in the source', () => {
    for (const item of [...story!.statements, ...story!.events]) {
      const source = story!.sources.find((s) => s.id === item.source)!
      const passage = source.text.slice(item.anchor.start, item.anchor.end)
      expect(foldWhitespace(passage).text).toBe(foldWhitespace(item.text).text)
    }
  })

  it('codes direct quotes and paraphrases as the article gives them', () => {
    const kinds = Object.fromEntries(story!.statements.map((s) => [s.id, s.kind]))
    expect(kinds).toEqual({
      'munir-guterres': 'paraphrase',
      'munir-support': 'paraphrase',
      'achakzai-commanders': 'paraphrase',
      'achakzai-double-game': 'direct',
      'taliban-soil': 'paraphrase',
      'radmanesh-doha': 'direct',
      'maarij-epicenter': 'direct',
    })
  })

  it('marks what is known only through Pakistani media as secondhand, naming the outlet', () => {
    const secondhand = story!.statements.filter((s) => s.channel === 'secondhand')
    expect(secondhand.map((s) => s.id)).toEqual(['munir-guterres', 'munir-support'])
    for (const s of secondhand) expect(s.attribution).toMatch(/Pakistani media/)
  })

  it('carries the caveats an analyst must see', () => {
    const caveats = (id: string) => story!.statements.find((s) => s.id === id)!.caveats.join(' ')
    expect(caveats('achakzai-commanders')).toMatch(/Interim Intelligence Minister/)
    expect(caveats('achakzai-double-game')).toMatch(/Interim Intelligence Minister/)
    expect(caveats('taliban-soil')).toMatch(/did not respond/)
    expect(caveats('radmanesh-doha')).toMatch(/affiliation/)
    expect(caveats('maarij-epicenter')).toMatch(/affiliation/)
    expect(caveats('munir-guterres')).toMatch(/does not mention Afghanistan/)
  })

  it('records unknown source facts as unknown and the date as inferred, with its reason', () => {
    const source = story!.sources[0]!
    expect([source.publisher, source.title, source.url]).toEqual(['unknown', 'unknown', 'unknown'])
    expect(source.date).toMatchObject({ value: '2023-12-16', inferred: true })
    expect(typeof source.date === 'object' && source.date.reason).toMatch(/four days ago/)
  })

  it('keeps the reporter’s narration as events, not statements', () => {
    expect(story!.events.map((e) => e.id)).toEqual([
      'e-guterres-meeting',
      'e-attack-surge',
      'e-dera-ismail-khan',
    ])
    expect(story!.events[2]!.text).toMatch(/23 Pakistani soldiers lost their lives/)
  })

  describe('its claims, coded by the codebook', () => {
    const claims = story!.claims
    const stanceOn = (statementId: string, claimId: string) => {
      const s = story!.statements.find((x) => x.id === statementId)!
      return claimId === claims[0]!.id ? s.stance : s.stances.find((x) => x.claim === claimId)
    }

    it('has the question as its main claim and at least three more, each one neutral proposition', () => {
      expect(claims[0]!.wording).toBe(story!.question)
      expect(claims.length).toBeGreaterThanOrEqual(4)
      for (const claim of claims.slice(1)) {
        // A statement, not a question; no "and" joining two propositions.
        expect(claim.wording).toMatch(/^[A-Z].*\.$/)
        expect(claim.wording).not.toMatch(/\?|\band\b/)
        // Neither camp's loaded words.
        expect(claim.wording).not.toMatch(/terroris|double-handed|epicent|victim|narrative|innocent/i)
      }
    })

    it('gives Radmanesh two positions: militants work from Afghanistan, and Pakistan’s strategy shares the blame', () => {
      const doha = story!.statements.find((s) => s.id === 'radmanesh-doha')!
      expect(doha.text).toMatch(/terrorist groups have resumed activities in Afghanistan/)
      expect(stanceOn('radmanesh-doha', 'militants-operate-from-afghan-territory')?.value).toBe('supports')
      expect(doha.text).toMatch(/flawed strategies by the Pakistani military/)
      expect(stanceOn('radmanesh-doha', 'pakistani-military-strategy-shares-blame')?.value).toBe('supports')
    })

    it('gives Ma’arij’s funding claim its own claim, which no Pakistani official addresses', () => {
      const claim = claims.find((c) => c.id === 'accusations-secure-funding-for-pakistan')!
      expect(story!.statements.find((s) => s.id === 'maarij-epicenter')!.text).toMatch(
        /shift this narrative onto Afghanistan[\s\S]*secure funds globally/,
      )
      expect(stanceOn('maarij-epicenter', claim.id)?.value).toBe('supports')
      const officials = story!.statements.filter((s) => s.perspective === 'pakistani-officials')
      expect(officials.some((s) => s.stances.some((x) => x.claim === claim.id))).toBe(false)
    })

    it('records the Taliban’s non-response to the Balochistan minister’s claims, as of the article’s date', () => {
      expect(story!.nonResponses).toHaveLength(1)
      const [silent] = story!.nonResponses
      expect(silent).toMatchObject({ perspective: 'taliban', claim: 'taliban-commanders-assist-militants' })
      expect(silent!.text).toMatch(
        /^While the Taliban has not responded to the claims made by the Interim Intelligence Minister of Balochistan$/,
      )
      // No day of its own: as of the source's (inferred) date.
      expect(silent!.asOf).toBeUndefined()
      // The minister's claim it answers is his, on Taliban commanders.
      expect(stanceOn('achakzai-commanders', silent!.claim)?.value).toBe('supports')
    })

    it('quotes, in every stance label, only words its statement says', () => {
      for (const statement of story!.statements) {
        const labels = [statement.stance?.label, ...statement.stances.map((s) => s.label)]
        for (const label of labels)
          for (const [, quoted] of (label ?? '').matchAll(/“([^”]+)”/g))
            expect(statement.text, `${statement.id}: “${quoted}”`).toContain(quoted)
      }
    })
  })
})
