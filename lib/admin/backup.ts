import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { dumpStore } from '../store/backup/dump'
import { createBackupFile } from '../store/backup/files'
import { openFolderCopy } from '../store/backup/pglite-copy'
import { pgliteDir } from '../store/db'
import { reachStore, type RunOptions } from './client'

/**
 * db:backup: the store in the portable format, to `file` (mode 0600). Where the tool
 * opens the store itself, it reads it directly (on Postgres, as one snapshot). Where the
 * app holds a PGlite folder, the app copies its folder (a moment's pause, no change under
 * way) into a private folder beside the file, and the tool reads the copy, then removes
 * it: the app's pages do not wait for the backup to be written.
 */
export async function backupToFile(
  file: string,
  options: RunOptions = {},
): Promise<{ where: string; rows: Record<string, number>; viaApp: boolean }> {
  const writer = await createBackupFile(file)
  try {
    const result = await reachStore(
      {
        async local(store) {
          const { rows } = await dumpStore(store, writer.line)
          return { where: store.where, rows, viaApp: false }
        },
        async app(app) {
          // Private (0700), and on the disk the backup goes to, not a small /tmp.
          const scratch = mkdtempSync(path.join(path.dirname(path.resolve(file)), '.reader-backup-'))
          try {
            const into = path.join(scratch, 'store')
            await app.run('db:snapshot', { into }, { say: () => {}, file: () => Promise.resolve() })
            const copy = await openFolderCopy(into, pgliteDir())
            try {
              const { rows } = await dumpStore(copy, writer.line)
              return { where: copy.where, rows, viaApp: true }
            } finally {
              await copy.close()
            }
          } finally {
            rmSync(scratch, { recursive: true, force: true })
          }
        },
      },
      options,
    )
    await writer.done()
    return result
  } catch (error) {
    await writer.abandon()
    throw error
  }
}
