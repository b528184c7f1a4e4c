import { describe, expect, it } from 'vitest'
import { datelineLength, paragraphs } from './layout'

const texts = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end))

describe('datelines', () => {
  it.each([
    ['PESHAWAR: ', 'Officials said'],
    ['ISLAMABAD, March 4 — ', 'Pakistan summoned'],
    ['KABUL (Reuters) - ', 'The Taliban'],
    ['KABUL, Afghanistan (AP) — ', 'The Taliban'],
    ['Islamabad, March 4 (Dawn): ', 'The Foreign Office'],
    ['DERA ISMAIL KHAN, Dec 12 -- ', 'At least'],
    ['QUETTA, 4 March 2024: ', '“We will'],
    ['DHAKA, Bangladesh, Oct. 19 — ', 'Chief Adviser'],
    ['Kabul, Afghanistan — ', 'Taliban officials'],
    ['Tehran, Jan 17 (IRNA) – ', 'Iran’s foreign ministry'],
    ['ISLAMABAD, May 05 (APP):', 'Interior Minister'],
    ['KATHMANDU, JANUARY 12 ', 'Foreign Affairs Minister'],
  ])('%j is a dateline', (dateline, rest) => {
    expect(datelineLength(dateline + rest)).toBe(dateline.length)
  })

  it.each([
    'Pakistan: a timeline of the talks',
    'Qureshi said on Monday the talks — which',
    'He said: "No."',
    'Pakistan, India – and China – said',
    'Ali Khan, Amna Qureshi - Officials said',
  ])('%j has none', (text) => expect(datelineLength(text)).toBe(0))
})

describe('paragraphs', () => {
  it('one paragraph a line, with its dateline left out', () => {
    expect(texts('ISLAMABAD, March 4 — Pakistan summoned the envoy.\n\nHe left.\n')).toEqual([
      'Pakistan summoned the envoy.',
      'He left.',
    ])
  })

  it('hard-wrapped text: lines join until a blank line', () => {
    const wrapped = [
      '"We will not allow anyone to use our soil against',
      'another country. That is our policy," the spokesman',
      'told reporters in Kabul on Sunday, adding that the',
      'talks would resume.',
      '',
      'Pakistan’s Foreign Office said it had shared evidence',
      'with Kabul and expected action against the militants',
      'within weeks, according to a statement.',
    ].join('\n')
    const found = texts(wrapped)
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^"We will not allow.*talks would resume\.$/s)
    expect(found[1]).toMatch(/^Pakistan’s Foreign Office.*statement\.$/s)
  })

  it('hard-wrapped text with no blank lines: a short line that ends a sentence ends its paragraph', () => {
    const wrapped = [
      'The minister said the government would not negotiate',
      'with groups that attacked civilians and soldiers.',
      'Officials said the talks had been suspended for a',
      'month while the commission looked into the attack.',
      'The opposition walked out.',
      'Analysts said the suspension was the third this year and',
      'that neither side had much to gain from a long break.',
    ].join('\n')
    // A full-width line that ends a sentence may or may not end its paragraph; a short one does.
    expect(texts(wrapped)).toEqual([
      expect.stringMatching(/^The minister.*walked out\.$/s),
      expect.stringMatching(/^Analysts said.*break\.$/s),
    ])
  })
})
