import { spawn, spawnSync } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'
import { EXCLUDED, type TableInfo } from './catalog'
import type { LineSink } from './dump'
import { FORMAT, FORMAT_VERSION, type Header } from './format'
import { pgProgram } from './pg-programs'
import { versionAt } from './schema-version'

/**
 * pg_dump's custom format, as db:backup wrote it on Postgres before the portable format:
 * read into the portable format's lines, so it restores into either store like any other
 * backup. (PGlite's folder dumps of then: pglite-copy.ts.)
 */

/** pg_restore's data section of a custom-format dump, for one schema or table, as SQL text. */
function pgRestoreArgs(file: string, only: string[]): string[] {
  return ['--data-only', ...only, '--file=-', file]
}

/** The schema version a pg_dump was taken at, from drizzle's record of applied migrations. */
export function pgDumpVersion(file: string): string {
  const result = spawnSync(pgProgram('pg_restore'), pgRestoreArgs(file, ['--schema=drizzle']), {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0)
    throw new Error(`pg_restore failed: ${result.stderr.trim() || `exit ${result.status}`}`)
  let latest = 0
  let inTable = false
  let createdAt = -1
  for (const line of result.stdout.split('\n')) {
    const copy = /^COPY drizzle\.__drizzle_migrations \((.*)\) FROM stdin;$/.exec(line)
    if (copy) {
      inTable = true
      createdAt = copy[1]!.split(', ').indexOf('created_at')
      continue
    }
    if (!inTable) continue
    if (line === '\\.') break
    latest = Math.max(latest, Number(line.split('\t')[createdAt]))
  }
  const tag = versionAt(latest)
  if (!tag)
    throw new Error(
      `${file} was made by a version of the app this one does not know (its last migration is not among ours).`,
    )
  return tag
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }

/** One field of COPY's text format: \N is null; backslash escapes as PostgreSQL writes them. */
export function copyField(field: string): string | null {
  if (field === '\\N') return null
  return field.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|([\s\S]))/g, (_, oct, hex, ch: string) =>
    oct
      ? String.fromCharCode(parseInt(oct, 8))
      : hex
        ? String.fromCharCode(parseInt(hex, 16))
        : (ESCAPES[ch] ?? ch),
  )
}

const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name)

/**
 * Writes a pg_dump's rows as the portable format's lines, table by table in `tables`'
 * order (parents first: the dump's own order is by name).
 */
export async function pgDumpLines(
  file: string,
  schema: string,
  tables: TableInfo[],
  write: LineSink,
): Promise<void> {
  const wanted = tables.filter((t) => !(t.name in EXCLUDED))
  const header: Header = {
    format: FORMAT,
    version: FORMAT_VERSION,
    schema,
    engine: 'postgres',
    made: new Date().toISOString(),
    tables: wanted.map((t) => t.name),
  }
  await write(JSON.stringify(header))
  const rows: Record<string, number> = {}
  for (const table of wanted) {
    rows[table.name] = 0
    const child = spawn(
      pgProgram('pg_restore'),
      pgRestoreArgs(file, ['--schema=public', `--table=${table.name}`]),
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
    const decoder = new StringDecoder('utf8')
    let rest = ''
    let inCopy = false
    const onLine = async (line: string) => {
      if (!inCopy) {
        const copy = /^COPY ([^ ]+) \((.*)\) FROM stdin;$/.exec(line)
        if (!copy) return
        inCopy = true
        const columns = copy[2]!.split(', ').map(unquote)
        const types = new Map(table.columns.map((c) => [c.name, c.type]))
        await write(
          JSON.stringify({
            table: table.name,
            columns: columns.map((name) => ({ name, type: types.get(name) ?? 'text' })),
          }),
        )
        return
      }
      if (line === '\\.') {
        inCopy = false
        return
      }
      await write(JSON.stringify(line.split('\t').map(copyField)))
      rows[table.name]!++
    }
    for await (const chunk of child.stdout) {
      rest += decoder.write(chunk as Buffer)
      let at: number
      while ((at = rest.indexOf('\n')) >= 0) {
        await onLine(rest.slice(0, at))
        rest = rest.slice(at + 1)
      }
    }
    if (rest) await onLine(rest)
    const status = await exited
    if (status !== 0) throw new Error(`pg_restore failed: ${stderr.trim() || `exit ${status}`}`)
  }
  await write(JSON.stringify({ end: { rows } }))
}
