import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Store } from '../../store/db'
import { storyHistory } from '../../store/history'
import { readAliases } from '../../store/speakers'
import { tempStore } from '../../store/testing'
import { importStoryText } from '../stories/import'
import { mergeSpeaker, splitSpeaker } from './commands'

const root = path.join(__dirname, '..', '..', '..')
const fixture = (name: string) => path.join(root, 'e2e', 'fixtures', 'stories', `${name}.json`)

let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await tempStore())
  for (const name of ['fictional-reservoir-timeline', 'fictional-dam-4-camps'])
    await importStoryText(store.db, name, readFileSync(fixture(name), 'utf8'), { actor: 'seed' })
}, 120_000)
afterAll(() => done?.())

const ACTOR = 'user:editor@example.test'

describe('merging and splitting speakers', () => {
  it('merges a name into another, recording it in the story’s history in the same transaction', async () => {
    const result = await mergeSpeaker(store.db, { name: 'Varden', into: 'Ilsa Varden', actor: ACTOR })
    expect(result).toEqual({ canonical: 'Ilsa Varden', moved: ['Varden'] })
    expect(await readAliases(store.db)).toEqual(new Map([['Varden', 'Ilsa Varden']]))
    const log = await storyHistory(store.db, 'fictional-reservoir-timeline')
    expect(log[0]).toMatchObject({
      entity: 'speaker',
      entityId: 'Varden',
      action: 'merge',
      actor: ACTOR,
      after: { name: 'Varden', mergedInto: 'Ilsa Varden' },
    })
  })

  it('splits it again, recorded too', async () => {
    await splitSpeaker(store.db, { name: 'Varden', actor: ACTOR })
    expect(await readAliases(store.db)).toEqual(new Map())
    const [last] = await storyHistory(store.db, 'fictional-reservoir-timeline')
    expect(last).toMatchObject({ entityId: 'Varden', action: 'split', before: { mergedInto: 'Ilsa Varden' } })
  })

  it('keeps merges one level deep, and refuses names no statement gives', async () => {
    await mergeSpeaker(store.db, { name: 'Varden', into: 'Ilsa Varden', actor: ACTOR })
    // Ilsa Varden merged into Oren Blay (for the test): Varden follows her.
    await mergeSpeaker(store.db, { name: 'Ilsa Varden', into: 'Oren Blay', actor: ACTOR })
    expect(await readAliases(store.db)).toEqual(
      new Map([
        ['Varden', 'Oren Blay'],
        ['Ilsa Varden', 'Oren Blay'],
      ]),
    )
    await expect(
      mergeSpeaker(store.db, { name: 'Nobody', into: 'Oren Blay', actor: ACTOR }),
    ).rejects.toMatchObject({ name: 'CommandError', code: 'not_found' })
    await expect(splitSpeaker(store.db, { name: 'Oren Blay', actor: ACTOR })).rejects.toMatchObject({
      name: 'CommandError',
      code: 'conflict',
    })
  })

  it('changes nothing when the history cannot be written (no one behind the change)', async () => {
    const before = await readAliases(store.db)
    await expect(
      mergeSpeaker(store.db, { name: 'Tomas Reyl', into: 'Oren Blay', actor: 'somebody' }),
    ).rejects.toThrow()
    expect(await readAliases(store.db)).toEqual(before)
  })
})
