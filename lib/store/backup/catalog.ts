import type { Conn } from './conn'

/**
 * Which tables a backup holds, read from the migrated database itself: every table of the
 * app's schema, so a table a later migration adds joins the backup with no change here.
 * Left out only what is listed below, each with its reason (catalog.test.ts fails on a
 * table that is neither backed up nor listed).
 */
export const EXCLUDED: Readonly<Record<string, string>> = {
  auth_sessions:
    'sign-ins: a restored or moved store starts with everyone signed out, and a session copied to another store would be a key to it',
  auth_rate_limits: 'counters of recent sign-in attempts: they mean nothing after a minute',
  feed_poll_lock: 'the lease of a feed poll under way: a restored or moved store has no poll running',
}

export const SCHEMA = 'public'

export interface Column {
  name: string
  /** The column's type as Postgres spells it (format_type), for casting text back. */
  type: string
}

export interface TableInfo {
  name: string
  columns: Column[]
  /** Primary key columns, in key order: rows are written in this order. */
  key: string[]
  /** Tables this one references (loaded first). */
  references: string[]
  /** Sequences behind columns (bigserial, identity), set after a load. */
  sequences: { column: string; sequence: string }[]
  /** A column GENERATED ALWAYS AS IDENTITY: a load must override it to keep the values. */
  identityAlways: boolean
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Every base table of the app's schema, with what a backup needs to know of it. */
export async function schemaTables(conn: Conn): Promise<TableInfo[]> {
  const tables = await conn.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
    [SCHEMA],
  )
  const columns = await conn.query<{
    table: string
    name: string
    type: string
    serial: string | null
    identity: string
  }>(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
            a.attidentity::text as identity,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as serial
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        and a.attgenerated = ''
      order by c.relname, a.attnum`,
    [SCHEMA],
  )
  const keys = await conn.query<{ table: string; name: string }>(
    `select c.relname as table, a.attname as name
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
       cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
       join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
      where n.nspname = $1 and i.indisprimary
      order by c.relname, k.position`,
    [SCHEMA],
  )
  const references = await conn.query<{ table: string; target: string }>(
    `select distinct c.relname as table, t.relname as target
       from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class t on t.oid = f.confrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and f.contype = 'f' and c.oid <> t.oid`,
    [SCHEMA],
  )
  const byName = new Map<string, TableInfo>(
    tables.map(({ name }) => [
      name,
      { name, columns: [], key: [], references: [], sequences: [], identityAlways: false },
    ]),
  )
  for (const c of columns) {
    const table = byName.get(c.table)
    if (!table) continue
    table.columns.push({ name: c.name, type: c.type })
    if (c.serial) table.sequences.push({ column: c.name, sequence: c.serial })
    if (c.identity === 'a') table.identityAlways = true
  }
  for (const k of keys) byName.get(k.table)?.key.push(k.name)
  for (const r of references) byName.get(r.table)?.references.push(r.target)
  return loadOrder([...byName.values()])
}

/** The tables a backup holds, parents before children. */
export async function backupTables(conn: Conn): Promise<TableInfo[]> {
  return (await schemaTables(conn)).filter((table) => !(table.name in EXCLUDED))
}

/** Parents before the tables that reference them; otherwise by name, so every backup agrees. */
function loadOrder(tables: TableInfo[]): TableInfo[] {
  const sorted: TableInfo[] = []
  const done = new Set<string>()
  const names = new Set(tables.map((t) => t.name))
  const visit = (table: TableInfo, path: string[]) => {
    if (done.has(table.name)) return
    if (path.includes(table.name))
      throw new Error(`tables ${path.join(' → ')} → ${table.name} reference each other in a cycle`)
    for (const parent of [...table.references].sort()) {
      if (names.has(parent))
        visit(
          tables.find((t) => t.name === parent)!,
          [...path, table.name],
        )
    }
    done.add(table.name)
    sorted.push(table)
  }
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, [])
  return sorted
}
