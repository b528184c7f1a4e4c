import type { Store } from '../db'
import { backupTables, quote, type TableInfo } from './catalog'
import { writeTransaction, type Conn } from './conn'
import { BackupFormatError, type End, type Header, type Row, type TableStart } from './format'

/** Rows per insert statement, and the most JSON text one statement carries. */
const ROWS_PER_INSERT = 2_000
const BYTES_PER_INSERT = 4 * 1024 * 1024

export class StoreNotEmptyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreNotEmptyError'
  }
}

export const notEmpty = (where: string, tables: string[]) =>
  new StoreNotEmptyError(
    `The store in ${where} is not empty (${tables.join(', ')} hold rows); a backup is restored only into an empty one. ` +
      'Restore into a new PGlite folder (set PGLITE_DIR) or a new database (DATABASE_URL).',
  )

/** Tables of the store's backup that hold rows. */
export async function nonEmptyTables(conn: Conn): Promise<string[]> {
  const full: string[] = []
  for (const table of await backupTables(conn)) {
    const [row] = await conn.query<{ any: boolean }>(
      `select exists (select 1 from ${quote(table.name)}) as any`,
    )
    if (row?.any) full.push(table.name)
  }
  return full
}

/**
 * Loads backup lines (after the header) into an empty store at the backup's schema
 * version, in one transaction: a file cut short or refused part-way leaves nothing. Then
 * moves each sequence past the highest value loaded, so new rows get new ids.
 */
export async function loadBackup(
  store: Store,
  header: Header,
  lines: AsyncIterator<string>,
  file: string,
): Promise<Record<string, number>> {
  return writeTransaction(store, async (conn) => {
    const full = await nonEmptyTables(conn)
    if (full.length > 0) throw notEmpty(store.where, full)
    const tables = new Map((await backupTables(conn)).map((t) => [t.name, t]))
    for (const name of header.tables)
      if (!tables.has(name))
        throw new BackupFormatError(
          `${file} holds a table "${name}" that this store (schema ${header.schema}) does not have.`,
        )
    const loaded: Record<string, number> = {}
    let table: { info: TableInfo; columns: string[]; batch: Row[]; bytes: number } | undefined
    const flush = async () => {
      if (!table || table.batch.length === 0) return
      await insertRows(conn, table.info, table.columns, table.batch)
      loaded[table.info.name] = (loaded[table.info.name] ?? 0) + table.batch.length
      table.batch = []
      table.bytes = 0
    }
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value
      if (line === '') continue
      let parsed: unknown
      try {
        parsed = JSON.parse(line)
      } catch {
        throw new BackupFormatError(`${file} is damaged: a line is not JSON (${line.slice(0, 60)}…).`)
      }
      if (Array.isArray(parsed)) {
        if (!table) throw new BackupFormatError(`${file} is damaged: rows come before any table.`)
        if (parsed.length !== table.columns.length)
          throw new BackupFormatError(
            `${file} is damaged: a row of ${table.info.name} has the wrong number of values.`,
          )
        table.batch.push(parsed as Row)
        table.bytes += line.length
        if (table.batch.length >= ROWS_PER_INSERT || table.bytes >= BYTES_PER_INSERT) await flush()
        continue
      }
      await flush()
      if (parsed && typeof parsed === 'object' && 'table' in parsed) {
        const start = parsed as TableStart
        const info = tables.get(start.table)
        if (!info)
          throw new BackupFormatError(`${file} holds a table "${start.table}" this store does not have.`)
        const known = new Set(info.columns.map((c) => c.name))
        const missing = start.columns.filter((c) => !known.has(c.name)).map((c) => c.name)
        if (missing.length > 0)
          throw new BackupFormatError(
            `${file}: table ${start.table} has columns this store lacks (${missing.join(', ')}); is the backup newer than the app?`,
          )
        table = { info, columns: start.columns.map((c) => c.name), batch: [], bytes: 0 }
        loaded[info.name] ??= 0
        continue
      }
      if (parsed && typeof parsed === 'object' && 'end' in parsed) {
        const expected = (parsed as End).end.rows
        for (const [name, count] of Object.entries(expected))
          if ((loaded[name] ?? 0) !== count)
            throw new BackupFormatError(
              `${file} is damaged: table ${name} should hold ${count} rows, but ${loaded[name] ?? 0} were read.`,
            )
        for (const info of tables.values()) await resetSequences(conn, info)
        return loaded
      }
      throw new BackupFormatError(`${file} is damaged: a line is neither a table, a row nor the end.`)
    }
    throw new BackupFormatError(
      `${file} is cut short: it ends before the backup's last line. Nothing was restored.`,
    )
  })
}

/** One statement for many rows: the rows as one JSON parameter, each value cast from its text. */
async function insertRows(conn: Conn, table: TableInfo, columns: string[], rows: Row[]): Promise<void> {
  const typeOf = new Map(table.columns.map((c) => [c.name, c.type]))
  const names = columns.map(quote).join(', ')
  const values = columns.map((c, i) => `(r ->> ${i})::${typeOf.get(c)}`).join(', ')
  await conn.query(
    `insert into ${quote(table.name)} (${names}) ${table.identityAlways ? 'overriding system value' : ''}
     select ${values} from json_array_elements($1::json) as r`,
    [JSON.stringify(rows)],
  )
}

/** The next id a sequence gives is past every id loaded (or its start, on an empty table). */
async function resetSequences(conn: Conn, table: TableInfo): Promise<void> {
  for (const { column, sequence } of table.sequences) {
    await conn.query(
      `select setval($1::regclass, coalesce((select max(${quote(column)}) from ${quote(table.name)}), 1),
                     (select count(*) > 0 from ${quote(table.name)}))`,
      [sequence],
    )
  }
}
