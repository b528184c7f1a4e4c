import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { errorText } from './error-text'

/**
 * A PGlite folder left damaged must be refused, never opened as if whole: PGlite runs
 * initdb over a folder that has lost its PG_VERSION (every story gone, silently), and a
 * truncated table file reads as an empty table. So a folder is checked before it is
 * opened (the files a cluster cannot lack, table files of whole pages), and once opened,
 * each table, and the TOAST table holding its large values, is read in full twice, by its
 * heap and by its primary key, and the two counts must agree. Page checksums catch
 * garbled pages on that read.
 */

export class StoreCorruptError extends Error {
  constructor(dir: string, problem: string) {
    super(
      `The story store in ${dir} is damaged and was not opened (${problem}). ` +
        'Nothing in it was changed. To recover: stop the app, move that folder aside (keep it), ' +
        'then restore the last backup into an empty folder with "npm run db:restore -- FILE" ' +
        '(PGLITE_DIR names the folder), or start with an empty folder and import story files again.',
    )
    this.name = 'StoreCorruptError'
  }
}

const PAGE = 8192
// Relation files: "16494", "16494.1", "16494_fsm", "16494_vm".
const RELATION_FILE = /^\d+(_(fsm|vm|init))?(\.\d+)?$/

/** Why a non-empty folder cannot be a whole PGlite cluster, or undefined if it may be. */
export function folderProblem(dir: string): string | undefined {
  for (const needed of ['PG_VERSION', 'global/pg_control', 'global/pg_filenode.map']) {
    if (!existsSync(path.join(/*turbopackIgnore: true*/ dir, needed))) return `${needed} is missing`
  }
  const base = path.join(/*turbopackIgnore: true*/ dir, 'base')
  // Databases are folders named by number; base/pgsql_tmp holds a big sort's spill files.
  const databases = existsSync(base) ? readdirSync(base).filter((name) => /^\d+$/.test(name)) : []
  if (databases.length === 0) return 'base/ holds no database'
  for (const folder of [...databases.map((name) => path.join('base', name)), 'global']) {
    const full = path.join(/*turbopackIgnore: true*/ dir, folder)
    if (!statSync(full).isDirectory()) return `${folder} is not a folder`
    if (folder !== 'global' && !existsSync(path.join(/*turbopackIgnore: true*/ full, 'PG_VERSION')))
      return `${folder}/PG_VERSION is missing`
    for (const name of readdirSync(full)) {
      if (!RELATION_FILE.test(name)) continue
      const size = statSync(path.join(/*turbopackIgnore: true*/ full, name)).size
      if (size % PAGE !== 0) return `${folder}/${name} is cut short (${size} bytes, not whole pages)`
    }
  }
  return undefined
}

/**
 * Opening a cluster rewrites a few files (its control file, the relation caches, a pid
 * file, the write-ahead log). They are kept before opening, so a folder found damaged
 * after opening is put back byte for byte.
 */
export function keepControlFiles(dir: string): () => void {
  const files = ['global/pg_control', 'global/pg_internal.init', 'postmaster.pid']
  for (const db of existsSync(path.join(/*turbopackIgnore: true*/ dir, 'base'))
    ? readdirSync(path.join(/*turbopackIgnore: true*/ dir, 'base'))
    : [])
    files.push(`base/${db}/pg_internal.init`)
  // Of the log, the segment being written: the newest. The others are recycled files
  // ahead of it, older, unless the folder was copied (all about as new): then all.
  const wal = path.join(/*turbopackIgnore: true*/ dir, 'pg_wal')
  const segments = (existsSync(wal) ? readdirSync(wal, { withFileTypes: true }) : [])
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, at: statSync(path.join(wal, entry.name)).mtimeMs }))
  const newest = Math.max(...segments.map((segment) => segment.at))
  for (const segment of segments) if (segment.at > newest - 2_000) files.push(`pg_wal/${segment.name}`)
  const kept = new Map(
    files.map((file) => {
      const full = path.join(/*turbopackIgnore: true*/ dir, file)
      return [full, existsSync(full) ? readFileSync(full) : undefined] as const
    }),
  )
  return () => {
    for (const [full, bytes] of kept) {
      if (bytes) writeFileSync(full, bytes)
      else rmSync(full, { force: true })
    }
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Reads every table of the app's schemas by heap and by primary key, and so too each
 * one's TOAST table, where Postgres keeps large values (a source's text) out of line: a
 * count of the table itself never opens it, so a lost TOAST file would pass, and every
 * page showing that text would fail later. A problem, or undefined.
 */
export async function tablesProblem(pglite: PGlite): Promise<string | undefined> {
  const { rows } = await pglite.query<{ schema: string; name: string; owner: string | null }>(
    `select n.nspname as schema, c.relname as name, null as owner from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname in ('public', 'drizzle')
     union all
     select 'pg_toast', t.relname, c.relname from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_class t on t.oid = c.reltoastrelid
      where c.relkind = 'r' and n.nspname in ('public', 'drizzle')
     order by 1, 2`,
  )
  for (const { schema, name, owner } of rows) {
    const table = `${quote(schema)}.${quote(name)}`
    const what = owner ? `the large values of table ${owner} (${name})` : `table ${name}`
    try {
      const counts = await pglite.transaction(async (tx) => {
        await tx.exec(
          'set local enable_indexscan = off; set local enable_indexonlyscan = off; set local enable_bitmapscan = off',
        )
        const heap = await tx.query<{ n: number }>(`select count(*)::int as n from ${table}`)
        await tx.exec(
          'set local enable_seqscan = off; set local enable_indexonlyscan = on; set local enable_indexscan = on',
        )
        const index = await tx.query<{ n: number }>(`select count(*)::int as n from ${table}`)
        return { heap: heap.rows[0]!.n, index: index.rows[0]!.n }
      })
      if (counts.heap !== counts.index)
        return `${what} holds ${counts.heap} rows, but its index lists ${counts.index}`
    } catch (error) {
      return `${what} cannot be read: ${errorText(error)}`
    }
  }
  return undefined
}
