import { existsSync, readdirSync } from 'node:fs'
import { openStore, pgliteDir, type Store, type StoreOptions } from '../db'
import { copyStore } from './copy'
import { storeDigest } from './digest'
import { StoreNotEmptyError } from './load'

/**
 * db:move: the PGlite folder's store copied into an empty Postgres database (or back),
 * then both read again and compared table by table, row for row. The source is left as
 * it was; the tool says which store to run the app on from now on.
 */

export interface Moved {
  from: string
  to: string
  rows: Record<string, number>
}

export class MoveMismatchError extends Error {
  constructor(tables: string[]) {
    super(
      `The copy differs from the original in ${tables.join(', ')}. Nothing was removed from the original; ` +
        'empty the target database, and run db:move again.',
    )
    this.name = 'MoveMismatchError'
  }
}

export async function moveStore(
  direction: { to: string } | { from: string },
  options: StoreOptions = {},
): Promise<Moved> {
  const pglite: StoreOptions = { ...options, databaseUrl: '' }
  if ('from' in direction) {
    const dir = pgliteDir()
    if (existsSync(dir) && readdirSync(dir).length > 0)
      throw new StoreNotEmptyError(
        `${dir} is not empty; move a store only into an empty or new folder (set PGLITE_DIR).`,
      )
  }
  const source = await openStore('to' in direction ? pglite : { ...options, databaseUrl: direction.from })
  let target: Store | undefined
  try {
    target = await openStore('to' in direction ? { ...options, databaseUrl: direction.to } : pglite)
    const rows = await copyStore(source, target)
    const [before, after] = [await storeDigest(source), await storeDigest(target)]
    const differ = Object.keys({ ...before, ...after }).filter(
      (name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]),
    )
    if (differ.length > 0) throw new MoveMismatchError(differ)
    return { from: source.where, to: target.where, rows }
  } finally {
    await target?.close()
    await source.close()
  }
}
