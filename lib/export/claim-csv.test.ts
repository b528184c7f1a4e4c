import { describe, expect, it } from 'vitest'
import { rowsOnClaim } from '../view/claim-rows'
import type { ClaimView, NonResponseView } from '../view/claims'
import { makeRow, UNKNOWN_SOURCE } from '../view/testing-rows'
import { claimsToCsv } from './claim-csv'
import { statementsToCsv } from './csv'

// Exact bytes, as Datasette's tests check its CSV: every column, quoting and line end.
const PAGE = 'https://reader.example/stories/mini'
const HEADER =
  'perspective,speaker,role,kind,statement,stance,stance label,attribution,source publisher,source title,source date,source URL,caveats,anchor start,anchor end,statement id,permalink,channel,source date inferred,statement date,statement date inferred'

const claims: ClaimView[] = [
  { id: 'mini-question', slug: 'mini-question', wording: 'The bridge is unsafe.', notes: [], main: true },
  { id: 'money', slug: 'money', wording: 'The closure saves money, the city says.', notes: [], main: false },
]
const perspectives = [
  { id: 'city', label: 'City officials' },
  { id: 'residents', label: 'Residents' },
]
const rows = [
  makeRow({ id: 's1' }),
  makeRow({
    id: 's2',
    perspectiveId: 'residents',
    perspectiveLabel: 'Residents',
    speaker: 'Bo Lin',
    role: null,
    kind: 'paraphrase',
    text: 'it was about money',
    stance: null,
    stanceLabel: null,
    claimStances: [{ claim: 'money', value: 'supports', label: 'Money' }],
    anchor: { start: 50, end: 68 },
  }),
]
const silence: NonResponseView = {
  id: 'city-silent',
  perspectiveId: 'city',
  claimId: 'money',
  text: 'The city has not responded',
  source: UNKNOWN_SOURCE,
  anchor: { start: 70, end: 96 },
  asOf: { iso: '2023-12-16', fromSource: true, inferred: true, display: 'about 16 Dec 2023 (inferred)' },
  notes: ['As of the article’s date'],
}

const S1 = `City officials,Ana Ruiz,the mayor,direct,It is unsafe,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42,s1,${PAGE}#s-s1,firsthand,no,2024-03-01,yes`
const S2 = `Residents,Bo Lin,,paraphrase,it was about money,,,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,50,68,s2,${PAGE}#s-s2,firsthand,no,2024-03-01,yes`

describe('the story CSV and the claims', () => {
  it('leaves both stance cells empty for a statement that does not address the main claim', () => {
    expect(statementsToCsv(rows, { bom: false, pageUrl: PAGE })).toBe(`${HEADER}\r\n${S1}\r\n${S2}\r\n`)
  })

  it('with a claim filter, appends the claim and the stance on it, the main claim’s columns kept', () => {
    const onMoney = rowsOnClaim(rows, 'money', 'mini-question')
    expect(
      statementsToCsv(onMoney, {
        bom: false,
        pageUrl: PAGE,
        claim: { id: 'money', wording: claims[1]!.wording },
      }),
    ).toBe(
      `${HEADER},claim id,claim,claim stance,claim stance label\r\n` +
        `${S2},money,"The closure saves money, the city says.",supports,Money\r\n`,
    )
  })
})

describe('claimsToCsv: one row per statement and claim', () => {
  it('writes stances, silence and non-responses, claims then camps in order', () => {
    const csv = claimsToCsv(
      { rows, claims, perspectives, nonResponses: [silence], mainId: 'mini-question' },
      { bom: false, pageUrl: PAGE },
    )
    // A camp's silence: its name, then every other statement column empty.
    const EMPTY_STATEMENT = ','.repeat(HEADER.split(',').length - 1)
    expect(csv).toBe(
      `${HEADER},claim id,claim,claim stance,claim stance label,claim status\r\n` +
        // The question: the city's statement; the residents' one does not address it.
        `${S1},mini-question,The bridge is unsafe.,supports,Safety first,stance\r\n` +
        `Residents${EMPTY_STATEMENT},mini-question,The bridge is unsafe.,,,silent\r\n` +
        // The further claim: the city did not respond; the residents' statement supports it.
        `City officials,,,,The city has not responded,,,,unknown,unknown,2023-12-16,unknown,As of the article’s date,70,96,city-silent,${PAGE}/sources/unknown-source#n-city-silent,,yes,2023-12-16,yes,money,"The closure saves money, the city says.",,,no response\r\n` +
        `${S2},money,"The closure saves money, the city says.",supports,Money,stance\r\n`,
    )
  })

  it('starts with a byte-order mark for Excel, and keeps to the claim a filter names', () => {
    const csv = claimsToCsv(
      { rows, claims: [claims[1]!], perspectives, nonResponses: [silence], mainId: 'mini-question' },
      { pageUrl: PAGE },
    )
    const lines = csv.split('\r\n')
    expect(lines[0]!.startsWith('\uFEFFperspective,')).toBe(true)
    expect(lines.slice(1, -1).map((line) => line.split(',').at(-1))).toEqual(['no response', 'stance'])
  })
})
