import type { Column } from './catalog'

/**
 * The portable backup: gzipped JSON lines, the same from PGlite and from Postgres.
 *
 *   {"format":"perspective-reader-backup","version":1,"schema":"0005_…","engine":…,"made":…,"tables":[…]}
 *   {"table":"stories","columns":[{"name":"id","type":"text"},…]}
 *   ["pakistan-…","Title",…]            one row: every value as Postgres's text for it, or null
 *   …                                    (rows in primary-key order; then the next table)
 *   {"end":{"rows":{"stories":1,…}}}     a file cut short has no end, and is refused
 *
 * `schema` is the store's last migration: a restore into newer code loads the rows at
 * that version, then migrates them.
 */

export const FORMAT = 'perspective-reader-backup'
export const FORMAT_VERSION = 1

export interface Header {
  format: typeof FORMAT
  version: number
  schema: string
  engine: 'pglite' | 'postgres'
  made: string
  tables: string[]
}

export interface TableStart {
  table: string
  columns: Column[]
}

export interface End {
  end: { rows: Record<string, number> }
}

export type Row = (string | null)[]

export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupFormatError'
  }
}

export function parseHeader(line: string | undefined, file: string): Header {
  let header: Partial<Header> | undefined
  try {
    header = line === undefined ? undefined : (JSON.parse(line) as Partial<Header>)
  } catch {
    header = undefined
  }
  if (!header || header.format !== FORMAT)
    throw new BackupFormatError(
      `${file} is not a backup made by db:backup (its first line is not a backup header).`,
    )
  if (header.version !== FORMAT_VERSION)
    throw new BackupFormatError(
      `${file} is a backup in format version ${header.version}; this version of the app reads version ${FORMAT_VERSION}. Restore it with the version of the app that made it, or a newer one.`,
    )
  if (typeof header.schema !== 'string' || !Array.isArray(header.tables))
    throw new BackupFormatError(`${file}: the backup header is incomplete.`)
  return header as Header
}
