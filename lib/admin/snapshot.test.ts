import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainConn } from '../store/backup/conn'
import { openFolderCopy } from '../store/backup/pglite-copy'
import { tableRows } from '../store/backup/testing'
import type { Store } from '../store/db'
import { importStoryText } from '../commands/stories/import'
import { seededStore } from '../commands/testing'
import { runCommand, UsageError } from './commands'

/**
 * The app's part of db:backup on PGlite: a copy of its folder, taken once the write under
 * way is done and before the next starts, that opens as a whole store.
 */

const FIXTURE = path.join(__dirname, '..', '..', 'e2e', 'fixtures', 'stories', 'fictional-dam-4-camps.json')
const scratch = mkdtempSync(path.join(tmpdir(), 'reader-snapshot-'))
let store: Store
let done: () => Promise<void>
beforeAll(async () => {
  ;({ store, done } = await seededStore())
}, 120_000)
afterAll(async () => {
  await done?.()
  rmSync(scratch, { recursive: true, force: true })
}, 60_000)

const quiet = { say: () => {}, file: () => Promise.resolve() }

describe('db:snapshot', { timeout: 120_000 }, () => {
  it('copies the folder after the write under way, into a store that opens whole', async () => {
    const into = path.join(scratch, 'copy')
    // The import has taken its turn in the write lane before the copy asks for it.
    const importing = importStoryText(store.db, 'dam.json', readFileSync(FIXTURE, 'utf8'), { actor: 'seed' })
    await runCommand(store, 'db:snapshot', { into }, quiet)
    await importing
    const copy = await openFolderCopy(into, store.where)
    try {
      const copied = await tableRows(plainConn(copy))
      expect(copied.stories).toHaveLength(2)
      expect(copied).toEqual(await tableRows(plainConn(store)))
    } finally {
      await copy.close()
    }
  })

  it('copies only into a new folder', async () => {
    await expect(runCommand(store, 'db:snapshot', { into: scratch }, quiet)).rejects.toThrow(UsageError)
    await expect(runCommand(store, 'db:snapshot', { into: 'relative/copy' }, quiet)).rejects.toThrow(
      /needs a new folder/,
    )
  })
})
