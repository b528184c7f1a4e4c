import { describe, expect, it } from 'vitest'
import { cleanName, foldName, fullNames } from './names'

describe('foldName: names compared as the evaluation compares them', () => {
  it.each([
    ['Gen. Asim Munir', 'asim munir'],
    ['General Asim Munir', 'asim munir'],
    ['Dr Mir Hassan Jan', 'mir hassan jan'],
    ['Mullah Mohammad Yaqoob', 'mohammad yaqoob'],
    ['Maj. Gen. Ahmed Sharif Chaudhry', 'ahmed sharif chaudhry'],
    ['Lt. Gen. (retd) Talat Masood', 'talat masood'],
    ['  Zabihullah   MUJAHID ', 'zabihullah mujahid'],
    ['Ma’arij', "ma'arij"],
  ])('%j → %j', (name, folded) => expect(foldName(name)).toBe(folded))

  it('keeps a name that is only an honorific-like word, and words after the first name', () => {
    expect(foldName('Major')).toBe('major')
    expect(foldName('Ali Khan Sheikh')).toBe('ali khan sheikh')
  })
})

describe('cleanName: days and dates are not part of a name', () => {
  it.each([
    ['Amna Qureshi Sunday', 'Amna Qureshi'],
    ['Farid Ahmad on Monday', 'Farid Ahmad'],
    ['Ali Khan March 4', 'Ali Khan'],
    ['Gen. Asim Munir', 'Gen. Asim Munir'],
    ['March Khan', 'March Khan'],
  ])('%j → %j', (name, clean) => expect(cleanName(name)).toBe(clean))
})

describe('fullNames: the personal names an article writes', () => {
  it('finds names after titles and in appositives, never titles, bodies or sentence openers', () => {
    const text =
      'Interior Minister Mohsin Naqvi met Foreign Office spokesperson Amna Qureshi. Later Qureshi said the Afghan Taliban had been told. Zabihullah Mujahid, the spokesman, replied.'
    expect([...fullNames(text).values()].map((n) => n.name).sort()).toEqual([
      'Amna Qureshi',
      'Mohsin Naqvi',
      'Zabihullah Mujahid',
    ])
  })
})
