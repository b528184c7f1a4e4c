import type { Store } from '../db'
import { backupTables, quote, type Column, type TableInfo } from './catalog'
import { readSnapshot, type Conn } from './conn'
import { FORMAT, FORMAT_VERSION, type End, type Header, type TableStart } from './format'
import { storeVersion } from './schema-version'

/** Rows read per statement: small enough that the app's reads slip in between on PGlite. */
const ROWS_PER_READ = 1_000

export type LineSink = (line: string) => void | Promise<void>

/**
 * Writes the whole store, table by table in primary-key order, as backup lines (see
 * format.ts). The store is read as one snapshot: no change lands half-way through.
 */
export async function dumpStore(store: Store, write: LineSink): Promise<End['end']> {
  return readSnapshot(store, 'db:backup', async (conn) => {
    const tables = await backupTables(conn)
    const header: Header = {
      format: FORMAT,
      version: FORMAT_VERSION,
      schema: await storeVersion(conn),
      engine: store.engine,
      made: new Date().toISOString(),
      tables: tables.map((t) => t.name),
    }
    await write(JSON.stringify(header))
    const rows: Record<string, number> = {}
    for (const table of tables) rows[table.name] = await dumpTable(conn, table, write)
    const end: End = { end: { rows } }
    await write(JSON.stringify(end))
    return end.end
  })
}

/**
 * A value as text. A moment in time is written in UTC whatever the session's time zone,
 * so the same rows give the same lines from either engine.
 */
function textOf(column: Column): string {
  const c = quote(column.name)
  return column.type === 'timestamp with time zone'
    ? `case when isfinite(${c}) then (${c} at time zone 'UTC')::text || '+00' else ${c}::text end`
    : `${c}::text`
}

/** A table's rows, each as one JSON array line; read by key ranges ("keyset" paging). */
async function dumpTable(conn: Conn, table: TableInfo, write: LineSink): Promise<number> {
  if (table.key.length === 0)
    throw new Error(`table ${table.name} has no primary key; a backup needs one to write its rows in order`)
  const start: TableStart = { table: table.name, columns: table.columns }
  await write(JSON.stringify(start))
  const typeOf = new Map(table.columns.map((c) => [c.name, c.type]))
  const values = table.columns.map(textOf).join(', ')
  const keys = table.key.map(quote).join(', ')
  const keyText = table.key.map((k) => `${quote(k)}::text`).join(', ')
  const after = table.key.map((k, i) => `$${i + 1}::${typeOf.get(k)}`).join(', ')
  let last: string[] | undefined
  let count = 0
  for (;;) {
    const page = await conn.query<{ line: string; key: string[] }>(
      `select json_build_array(${values})::text as line, array[${keyText}] as key
         from ${quote(table.name)} ${last ? `where (${keys}) > (${after})` : ''}
        order by ${keys} limit ${ROWS_PER_READ}`,
      last,
    )
    for (const row of page) await write(row.line)
    count += page.length
    if (page.length < ROWS_PER_READ) return count
    last = page.at(-1)!.key
  }
}
