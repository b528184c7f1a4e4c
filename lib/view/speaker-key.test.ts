import { describe, expect, it } from 'vitest'
import { speakerSortKey } from './speaker-key'

describe('speakerSortKey', () => {
  it('files people by surname, leaving ranks and honorifics aside', () => {
    expect(speakerSortKey('Gen. Asim Munir')).toBe('Munir Asim')
    expect(speakerSortKey('Jan Achakzai')).toBe('Achakzai Jan')
    expect(speakerSortKey('Maj. Gen. Ahmed Sharif Chaudhry')).toBe('Chaudhry Ahmed Sharif')
    expect(speakerSortKey('Dr Mir Hassan Jan')).toBe('Jan Mir Hassan')
    expect(speakerSortKey('Mullah Hasan Akhund')).toBe('Akhund Hasan')
    expect(speakerSortKey('Azizuddin Ma’arij')).toBe('Ma’arij Azizuddin')
    expect(speakerSortKey('Martin Luther King Jr.')).toBe('King Martin Luther')
  })

  it('files bodies under their own name, without the article', () => {
    expect(speakerSortKey('The Taliban')).toBe('Taliban')
    expect(speakerSortKey('Pakistan’s Foreign Office')).toBe('Pakistan’s Foreign Office')
    expect(speakerSortKey('the military')).toBe('military')
    expect(speakerSortKey('ISPR')).toBe('ISPR')
    expect(speakerSortKey('UNHCR and International Organization for Migration (IOM)')).toBe(
      'UNHCR and International Organization for Migration (IOM)',
    )
  })

  it('keeps one-word names and other scripts as written', () => {
    expect(speakerSortKey('Saif')).toBe('Saif')
    expect(speakerSortKey('ذبیح اللہ مجاہد')).toBe('ذبیح اللہ مجاہد')
  })
})
