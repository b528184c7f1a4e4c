import { describe, expect, it } from 'vitest'
import { draftNames, tooShortToTrust } from './draft-name'

const draft = (id: string, name: string, text: string, start = 0) => ({
  id,
  speaker: { name, role: null },
  text,
  start,
})

describe('tooShortToTrust', () => {
  it('asks about a statement of fewer than two words, not about longer ones', () => {
    expect(tooShortToTrust('o')).toBe(true)
    expect(tooShortToTrust('  No.  ')).toBe(true)
    expect(tooShortToTrust('')).toBe(true)
    expect(tooShortToTrust('Not true')).toBe(false)
  })
})

describe('draftNames', () => {
  it('names a card by its speaker and first words', () => {
    const names = draftNames([
      draft('d1', 'Zabihullah Mujahid', 'Daesh has been defeated in Afghanistan'),
      draft('d2', '  ', 'We will respond'),
      draft('d3', 'Anwaar-ul-Haq Kakar', 'No'),
    ])
    expect([...names.values()]).toEqual([
      'Zabihullah Mujahid: “Daesh has been…”',
      'No speaker yet: “We will respond”',
      'Anwaar-ul-Haq Kakar: “No”',
    ])
  })

  it('keeps every name when another card is added or removed', () => {
    const a = draft('d1', 'Mujahid', 'Daesh has been defeated')
    const b = draft('d2', 'Kakar', 'Kabul took no concrete steps')
    const c = draft('d3', 'Ahmadi', 'The border stays closed for now')
    const before = draftNames([a, b, c])
    const removed = draftNames([a, c])
    const added = draftNames([a, b, c, draft('d4', 'Khan', 'Trade resumes next week')])
    expect(removed.get('d1')).toBe(before.get('d1'))
    expect(removed.get('d3')).toBe(before.get('d3'))
    for (const id of ['d1', 'd2', 'd3']) expect(added.get(id)).toBe(before.get(id))
  })

  it('shows more words where two cards would share a name, and the place where even those agree', () => {
    const names = draftNames([
      draft('d1', 'Mujahid', 'We will not allow anyone to use our soil', 10),
      draft('d2', 'Mujahid', 'We will not let them return', 90),
      draft('d3', 'Mujahid', 'Same words said twice here at the start of it all again', 200),
      draft('d4', 'Mujahid', 'Same words said twice here at the start of it all again', 400),
    ])
    expect(names.get('d1')).toBe('Mujahid: “We will not allow…”')
    expect(names.get('d2')).toBe('Mujahid: “We will not let…”')
    expect(names.get('d3')).toBe(
      'Mujahid: “Same words said twice here at the start of it all again” (at character 201)',
    )
    expect(names.get('d4')).toBe(
      'Mujahid: “Same words said twice here at the start of it all again” (at character 401)',
    )
    expect(new Set(names.values()).size).toBe(4)
  })
})
