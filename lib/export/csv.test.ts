import { describe, expect, it } from 'vitest'
import { BOM, exportFileName, fileNamePart, speakerStatementsToCsv, statementsToCsv } from './csv'
import { NO_FILTERS } from '../view/filters'
import { makeRow, UNKNOWN_SOURCE } from '../view/testing-rows'

const HEADER =
  'perspective,speaker,role,kind,statement,stance,stance label,attribution,source publisher,source title,source date,source URL,caveats,anchor start,anchor end,statement id,permalink,channel,source date inferred,statement date,statement date inferred\r\n'
const PAGE = 'https://reader.example/stories/mini'
// makeRow's statement has no date of its own: it takes its source's, marked inferred.
const TAIL = `,s1,${PAGE}#s-s1,firsthand,no,2024-03-01,yes\r\n`

describe('statementsToCsv', () => {
  it('writes a BOM, the header and one CRLF-terminated record per row', () => {
    expect(statementsToCsv([makeRow()], { pageUrl: PAGE })).toBe(
      BOM +
        HEADER +
        'City officials,Ana Ruiz,the mayor,direct,It is unsafe,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42' +
        TAIL,
    )
  })

  it('leaves the BOM out on request', () => {
    expect(statementsToCsv([], { bom: false, pageUrl: PAGE })).toBe(HEADER)
  })

  it('quotes commas, doubles quotes and keeps newlines inside quoted cells', () => {
    const row = makeRow({
      speaker: 'Ruiz, Ana',
      text: 'We said "no"\nand meant it',
      caveats: ['Title differs', 'Secondhand'],
    })
    expect(statementsToCsv([row], { bom: false, pageUrl: PAGE })).toBe(
      HEADER +
        'City officials,"Ruiz, Ana",the mayor,direct,"We said ""no""\nand meant it",supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,Title differs | Secondhand,30,42' +
        TAIL,
    )
  })

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const row = makeRow({
      speaker: '=HYPERLINK("http://x","y")',
      role: '+cmd',
      text: '-2+3',
      stanceLabel: '@SUM(A1)',
      attribution: '\tindented',
      caveats: ['=1\nsecond line'],
    })
    expect(statementsToCsv([row], { bom: false, pageUrl: PAGE })).toBe(
      HEADER +
        `City officials,"'=HYPERLINK(""http://x"",""y"")\",\"'+cmd",direct,"'-2+3",supports,"'@SUM(A1)","'\tindented",The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,"'=1\nsecond line",30,42` +
        TAIL,
    )
  })

  it('keeps Urdu and Pashto script and curly quotes as they are', () => {
    const row = makeRow({
      speaker: 'ذبیح اللہ مجاہد',
      role: 'د طالبانو ویاند',
      text: '“افغانستان کی سرزمین کسی کے خلاف استعمال نہیں ہوگی”',
    })
    const csv = statementsToCsv([row], { pageUrl: PAGE })
    expect(csv).toBe(
      BOM +
        HEADER +
        'City officials,ذبیح اللہ مجاہد,د طالبانو ویاند,direct,“افغانستان کی سرزمین کسی کے خلاف استعمال نہیں ہوگی”,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42' +
        TAIL,
    )
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('gives each row its id, permalink and channel', () => {
    const row = makeRow({ id: 'munir one', channel: 'secondhand' })
    expect(
      statementsToCsv([row], { bom: false, pageUrl: PAGE }).split('\r\n')[1]!.split(',').slice(-6, -2),
    ).toEqual(['munir one', `${PAGE}#s-munir%20one`, 'secondhand', 'no'])
  })

  it('writes unknown source facts as "unknown" and says when a date was inferred', () => {
    const row = makeRow({
      role: null,
      source: UNKNOWN_SOURCE,
      date: { iso: '2023-12-14', inferred: false, display: '14 Dec 2023' },
    })
    expect(statementsToCsv([row], { bom: false, pageUrl: PAGE })).toBe(
      HEADER +
        'City officials,Ana Ruiz,,direct,It is unsafe,supports,Safety first,press conference,unknown,unknown,2023-12-16,unknown,,30,42' +
        `,s1,${PAGE}#s-s1,firsthand,yes,2023-12-14,no\r\n`,
    )
  })
})

describe('exportFileName', () => {
  const late = new Date(2026, 10, 27, 23, 59)
  it('names story, camp and local date', () => {
    expect(exportFileName('seed-story', 'pakistani-officials', late)).toBe(
      'seed-story_pakistani-officials_2026-11-27.csv',
    )
  })

  it('names the filters of a filtered export, as the URL names them, and names JSON files too', () => {
    const filters = { ...NO_FILTERS, stance: ['rejects' as const], q: '  Afghanistan  ' }
    expect(exportFileName('seed-story', 'all', late, { filters })).toBe(
      'seed-story_all_2026-11-27_stance-rejects_q-afghanistan.csv',
    )
    expect(
      exportFileName('seed-story', 'taliban', late, {
        filters: {
          q: 'Ma’arij said “no”, twice over, in a very long search that goes on and on',
          perspective: ['taliban', 'analysts'],
          stance: [],
          kind: ['direct'],
          channel: 'secondhand',
          from: '2024-03-01',
          to: null,
          claim: null,
        },
      }),
    ).toBe(
      'seed-story_taliban_2026-11-27_perspective-taliban-analysts_kind-direct_attribution-secondhand_from-2024-03-01_q-ma-arij-said-no-twice-over-in-a-very-lon.csv',
    )
    expect(exportFileName('seed-story', 'all', late, { filters: NO_FILTERS })).toBe(
      'seed-story_all_2026-11-27.csv',
    )
    expect(exportFileName('seed-story', 'all', late, { extension: 'json' })).toBe(
      'seed-story_all_2026-11-27.json',
    )
  })

  it('reduces any text to a safe file-name part', () => {
    expect(fileNamePart('Ma’arij / Doha: “all”')).toBe('ma-arij-doha-all')
    expect(fileNamePart('وزیر')).toBe('export')
  })
})

describe('speakerStatementsToCsv', () => {
  it('names each row’s story and builds its permalink on that story’s page', () => {
    const csv = speakerStatementsToCsv(
      [
        { storyId: 'dam', storyTitle: 'Dam, fictional', row: makeRow({ id: 'd1' }) },
        { storyId: 'reservoir', storyTitle: 'Reservoir', row: makeRow({ id: '=r2' }) },
      ],
      { bom: false, origin: 'https://reader.example' },
    )
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(`story id,story title,${HEADER.trimEnd()}`)
    expect(lines[1]!.startsWith('dam,"Dam, fictional",City officials,Ana Ruiz,')).toBe(true)
    expect(lines[1]).toContain(',d1,https://reader.example/stories/dam#s-d1,')
    expect(lines[2]).toContain(`,"'=r2",https://reader.example/stories/reservoir#s-%3Dr2,`)
    expect(lines).toHaveLength(4)
  })
})
