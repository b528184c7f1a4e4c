import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatAlpha, krippendorffAlpha, type Level } from './alpha'
import { parseReliabilityCsv, unitsOf } from './reliability-csv'

const fixture = readFileSync(new URL('./__fixtures__/krippendorff-2011.csv', import.meta.url), 'utf8')

const problems = (text: string, level: Level = 'interval') => {
  const parsed = parseReliabilityCsv(text, level)
  if (parsed.ok) throw new Error('expected the file to be refused')
  return parsed.problems.map(({ line, message }) => `line ${line}: ${message}`)
}

describe('parseReliabilityCsv', () => {
  it('reads the 2011 paper’s matrix from its CSV file, giving the published alphas', () => {
    const parsed = parseReliabilityCsv(fixture, 'interval')
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message)
    expect(parsed.data.coders).toEqual(['A', 'B', 'C', 'D'])
    expect(parsed.data.unitIds).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'])
    expect(parsed.data.values[0]).toEqual([1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null])
    expect(unitsOf(parsed.data)[11]).toEqual([null, 3, null, null])
    const published = { nominal: '0.743', ordinal: '0.815', interval: '0.849', ratio: '0.797' } as const
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const data = parseReliabilityCsv(fixture, level)
      if (!data.ok) throw new Error(data.problems[0]!.message)
      expect(formatAlpha(krippendorffAlpha(unitsOf(data.data), level))).toBe(published[level])
    }
  })

  it('takes a byte-order mark, CRLF line breaks, blank lines, quoted cells and spaces around values', () => {
    const text = '\uFEFFunit,"u, one",u2\r\n\r\n" Ana ", yes ,\r\nBo,"yes",no\r\n\r\n'
    expect(parseReliabilityCsv(text, 'nominal')).toEqual({
      ok: true,
      data: {
        unitIds: ['u, one', 'u2'],
        coders: ['Ana', 'Bo'],
        values: [
          ['yes', null],
          ['yes', 'no'],
        ],
      },
    })
  })

  it('keeps nominal values as text and reads numbers at the numeric levels', () => {
    const text = 'x,a,b,c\nA,01,1e2,-.5\nB,1,100,-0.5\n'
    const nominal = parseReliabilityCsv(text, 'nominal')
    const interval = parseReliabilityCsv(text, 'interval')
    expect(nominal.ok && nominal.data.values).toEqual([
      ['01', '1e2', '-.5'],
      ['1', '100', '-0.5'],
    ])
    expect(interval.ok && interval.data.values).toEqual([
      [1, 100, -0.5],
      [1, 100, -0.5],
    ])
  })

  it('accepts one coder: well formed, though alpha will be undefined', () => {
    const parsed = parseReliabilityCsv('x,a,b\nA,1,2\n', 'ordinal')
    expect(parsed.ok).toBe(true)
  })
})

describe('parseReliabilityCsv refuses malformed files, each problem with its line', () => {
  it('an empty file', () => {
    for (const text of ['', '\uFEFF', '\n\n  \n'])
      expect(problems(text)).toEqual([
        'line 1: the file is empty: it needs a header row of unit ids, then one row per coder',
      ])
  })

  it('a header with no units, hinting at the separator', () => {
    expect(problems('coder;u1;u2\nA;1;2\n')).toEqual([
      'line 1: the header row names no units: after its first cell it needs one unit id per column (cells must be separated by commas)',
    ])
  })

  it('no coders', () => {
    expect(problems('\n\ncoder,u1,u2\n')).toEqual([
      'line 3: there are no coders: below the header row, add one row per coder with the coder’s name in its first cell',
    ])
  })

  it('duplicate and empty unit ids', () => {
    expect(problems('coder,u1,u2,u1,,u2\nA,1,2,3,4,5\n')).toEqual([
      'line 1: unit id "u1" appears twice in the header (columns 2 and 4); each unit needs its own id',
      'line 1: column 5 of the header has no unit id',
      'line 1: unit id "u2" appears twice in the header (columns 3 and 6); each unit needs its own id',
    ])
  })

  it('ragged rows, an unnamed coder, and a coder with two rows', () => {
    expect(problems('coder,u1,u2\nA,1\nB,1,2,3\n,1,2\nB,2,2\n')).toEqual([
      'line 2: 2 cells, but the header has 3: each row needs the coder’s name, then one cell per unit (empty for no value)',
      'line 3: 4 cells, but the header has 3: each row needs the coder’s name, then one cell per unit (empty for no value)',
      'line 4: the first cell must name the coder, and it is empty',
      'line 5: coder "B" already has a row (line 3); give each coder one row',
    ])
  })

  it('values that are not numbers at a numeric level, and negative ratio values', () => {
    expect(problems('coder,u1,u2,u3\nA,1,two,3\nB,"1,5",1e999,-1\n', 'ratio')).toEqual([
      'line 2: unit "u2" (column 3): "two" is not a number; at the ratio level every value must be a number',
      'line 3: unit "u1" (column 2): "1,5" is not a number; at the ratio level every value must be a number',
      'line 3: unit "u2" (column 3): 1e999 is too large to be a number',
      'line 3: unit "u3" (column 4): -1 is negative; ratio values are measured from zero and cannot be negative',
    ])
    // The same file is fine at the nominal level, where any text is a value.
    expect(parseReliabilityCsv('coder,u1,u2,u3\nA,1,two,3\nB,"1,5",1e999,-1\n', 'nominal').ok).toBe(true)
  })

  it('counts lines as the file has them, across blank lines and quoted line breaks', () => {
    expect(problems('coder,u1,"u\n2"\n\nA,x,1\n"B\nB",1,2\nC,1,"y\n"\n')).toEqual([
      'line 4: unit "u1" (column 2): "x" is not a number; at the interval level every value must be a number',
      'line 7: unit "u\\n2" (column 3): "y" is not a number; at the interval level every value must be a number',
    ])
  })

  it('broken quotes', () => {
    expect(problems('coder,u1,u2\nA,1,2\nB,"1,2\nC,1,2\n')).toEqual([
      'line 3: a quoted cell is never closed (a closing " is missing)',
    ])
    expect(problems('coder,"u1,u2\nA,1,2\n')).toEqual([
      'line 1: a quoted cell is never closed (a closing " is missing)',
    ])
  })
})
