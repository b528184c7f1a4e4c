import { createHash } from 'node:crypto'
import type { Store } from '../db'
import { dumpStore } from './dump'

export interface TableDigest {
  rows: number
  /** Every row's hash, XORed: the same for the same rows in any order (collations differ). */
  digest: string
}

/** A fingerprint of every backed-up table, to check a copy row for row. */
export async function storeDigest(store: Store): Promise<Record<string, TableDigest>> {
  const tables: Record<string, { rows: number; xor: Buffer }> = {}
  let current: { rows: number; xor: Buffer } | undefined
  await dumpStore(store, (line) => {
    if (line.startsWith('[')) {
      const hash = createHash('sha256').update(line).digest()
      for (let i = 0; i < hash.length; i++) current!.xor[i]! ^= hash[i]!
      current!.rows++
    } else if (line.startsWith('{"table"')) {
      const name = (JSON.parse(line) as { table: string }).table
      current = tables[name] = { rows: 0, xor: Buffer.alloc(32) }
    }
  })
  return Object.fromEntries(
    Object.entries(tables).map(([name, t]) => [name, { rows: t.rows, digest: t.xor.toString('hex') }]),
  )
}
