import { readFileSync } from 'node:fs'
import type { PGlite } from '@electric-sql/pglite'
import type { Store } from '../db'

/**
 * PGlite stores opened only to be read by a backup: a copy of a data folder the running
 * app made (db:backup), or a folder dump from before the portable format (PGlite's own
 * gzipped tar, opened in memory). Neither is the app's folder, so neither takes its lock.
 */

async function readOnly(pglite: PGlite, where: string): Promise<Store> {
  const { drizzle } = await import('drizzle-orm/pglite')
  return {
    engine: 'pglite',
    where,
    db: drizzle(pglite) as unknown as Store['db'],
    pglite,
    exclusive: () => {
      throw new Error('a copy of a store is only read')
    },
    close: () => pglite.close(),
  }
}

/** A copy of a data folder, on disk; `where` names the folder it was copied from. */
export async function openFolderCopy(folder: string, where: string): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite')
  return readOnly(await PGlite.create(folder), where)
}

/** A PGlite folder dump (db:backup's format before the portable one), opened in memory. */
export async function openFolderDump(file: string): Promise<Store> {
  const { PGlite } = await import('@electric-sql/pglite')
  return readOnly(await PGlite.create({ loadDataDir: new Blob([new Uint8Array(readFileSync(file))]) }), file)
}
