import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openStore, type Store } from './db'

/** A fresh PGlite store in a temporary folder, for one test file; `done` removes it. */
export async function tempStore(): Promise<{ store: Store; dir: string; done: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-store-'))
  const previous = process.env.PGLITE_DIR
  process.env.PGLITE_DIR = path.join(dir, 'db')
  try {
    const store = await openStore({ waitMs: 0 })
    return {
      store,
      dir,
      done: async () => {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } finally {
    if (previous === undefined) delete process.env.PGLITE_DIR
    else process.env.PGLITE_DIR = previous
  }
}
