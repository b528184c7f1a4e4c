import { describe, expect, it } from 'vitest'
import { BOM, exportFileName, fileNamePart, statementsToCsv } from './csv'
import { makeRow, UNKNOWN_SOURCE } from '../view/testing-rows'

const HEADER =
  'perspective,speaker,role,kind,statement,stance,stance label,attribution,source publisher,source title,source date,source URL,caveats,anchor start,anchor end,review\r\n'

describe('statementsToCsv', () => {
  it('writes a BOM, the header and one CRLF-terminated record per row', () => {
    expect(statementsToCsv([makeRow()])).toBe(
      BOM +
        HEADER +
        'City officials,Ana Ruiz,the mayor,direct,It is unsafe,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42,reviewed\r\n',
    )
  })

  it('says which rows are drafts not yet reviewed', () => {
    expect(statementsToCsv([makeRow({ review: 'draft' })], { bom: false })).toBe(
      HEADER +
        'City officials,Ana Ruiz,the mayor,direct,It is unsafe,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42,draft\r\n',
    )
  })

  it('leaves the BOM out on request', () => {
    expect(statementsToCsv([], { bom: false })).toBe(HEADER)
  })

  it('quotes commas, doubles quotes and keeps newlines inside quoted cells', () => {
    const row = makeRow({
      speaker: 'Ruiz, Ana',
      text: 'We said "no"\nand meant it',
      caveats: ['Title differs', 'Secondhand'],
    })
    expect(statementsToCsv([row], { bom: false })).toBe(
      HEADER +
        'City officials,"Ruiz, Ana",the mayor,direct,"We said ""no""\nand meant it",supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,Title differs | Secondhand,30,42,reviewed\r\n',
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
    expect(statementsToCsv([row], { bom: false })).toBe(
      HEADER +
        `City officials,"'=HYPERLINK(""http://x"",""y"")\",\"'+cmd",direct,"'-2+3",supports,"'@SUM(A1)","'\tindented",The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,"'=1\nsecond line",30,42,reviewed\r\n`,
    )
  })

  it('keeps Urdu and Pashto script and curly quotes as they are', () => {
    const row = makeRow({
      speaker: 'ذبیح اللہ مجاہد',
      role: 'د طالبانو ویاند',
      text: '“افغانستان کی سرزمین کسی کے خلاف استعمال نہیں ہوگی”',
    })
    const csv = statementsToCsv([row])
    expect(csv).toBe(
      BOM +
        HEADER +
        'City officials,ذبیح اللہ مجاہد,د طالبانو ویاند,direct,“افغانستان کی سرزمین کسی کے خلاف استعمال نہیں ہوگی”,supports,Safety first,press conference,The Daily Example,Bridge shut,2024-03-01,https://example.org/bridge,,30,42,reviewed\r\n',
    )
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('writes unknown source facts as "unknown" and marks inferred dates', () => {
    const row = makeRow({
      role: null,
      source: UNKNOWN_SOURCE,
    })
    expect(statementsToCsv([row], { bom: false })).toBe(
      HEADER +
        'City officials,Ana Ruiz,,direct,It is unsafe,supports,Safety first,press conference,unknown,unknown,2023-12-16 (inferred),unknown,,30,42,reviewed\r\n',
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

  it('says when the rows are filtered, and names JSON files too', () => {
    expect(exportFileName('seed-story', 'all', late, { filtered: true })).toBe(
      'seed-story_all_filtered_2026-11-27.csv',
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
