import { closeSync, createReadStream, openSync, readSync, renameSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip, createGzip, gunzipSync } from 'node:zlib'
import { BackupFormatError, FORMAT, parseHeader, type End, type TableStart } from './format'

/**
 * Backup files on disk: written gzipped, beside their name and renamed into place when
 * whole, readable by their owner only (mode 0600: a backup holds password hashes); read
 * back line by line, whatever their size.
 */

export const FILE_MODE = 0o600

/** A file being written: `line` appends one line; `done` renames it into place. */
export interface BackupFileWriter {
  line(text: string): Promise<void>
  /** Many lines at once, each already ending in a newline (as the app sends them). */
  text(lines: string): Promise<void>
  done(): Promise<void>
  abandon(): Promise<void>
}

export async function createBackupFile(file: string): Promise<BackupFileWriter> {
  const temporary = `${file}.${process.pid}.tmp`
  // Created with 0600 from the start, so no other user can open it while it is written.
  const handle = await open(temporary, 'wx', FILE_MODE)
  const out = handle.createWriteStream()
  const gzip = createGzip()
  gzip.pipe(out)
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve)
    out.once('error', reject)
    gzip.once('error', reject)
  })
  let pending: string[] = []
  let size = 0
  const drain = async () => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    size = 0
    if (!gzip.write(text)) await new Promise((resolve) => gzip.once('drain', resolve))
  }
  return {
    async line(text) {
      pending.push(text, '\n')
      size += text.length + 1
      if (size >= 1 << 20) await drain()
    },
    async text(lines) {
      pending.push(lines)
      size += lines.length
      if (size >= 1 << 20) await drain()
    },
    async done() {
      await drain()
      gzip.end()
      await finished
      renameSync(temporary, file)
    },
    async abandon() {
      gzip.destroy()
      out.destroy()
      rmSync(temporary, { force: true })
    },
  }
}

export type BackupKind = 'portable' | 'pglite-folder' | 'pg-dump' | 'unknown'

/** What a file is: this format, PGlite's dump of its folder (before this format), or pg_dump's. */
export function backupKind(file: string): BackupKind {
  const fd = openSync(file, 'r')
  let head: Buffer
  try {
    const bytes = Buffer.alloc(64 * 1024)
    head = bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0))
  } finally {
    closeSync(fd)
  }
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg-dump'
  if (head[0] !== 0x1f || head[1] !== 0x8b) return 'unknown'
  let inner: Buffer
  try {
    // Only the start is there: enough for a header line or a tar header.
    inner = gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH */ })
  } catch {
    return 'unknown'
  }
  if (inner.subarray(0, 200).toString('utf8').startsWith(`{"format":"${FORMAT}"`)) return 'portable'
  if (inner.subarray(257, 262).toString('latin1') === 'ustar') return 'pglite-folder'
  return 'unknown'
}

/** The lines of a gzipped backup, one at a time; a damaged or cut file throws. */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  const gunzip = createGunzip()
  // pipeline, not pipe: a read error ends the loop below with that error.
  pipeline(createReadStream(file), gunzip, () => {})
  for await (const chunk of gunzip) {
    rest += decoder.write(chunk as Buffer)
    let at: number
    while ((at = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, at)
      rest = rest.slice(at + 1)
    }
  }
  rest += decoder.end()
  if (rest !== '') yield rest
}

/**
 * Reads a portable backup through once before anything is written: a file cut short or
 * damaged is refused before a store is made for it.
 */
export async function checkBackupFile(file: string): Promise<void> {
  const counted: Record<string, number> = {}
  let table: string | undefined
  let first = true
  let ended = false
  try {
    for await (const line of backupLines(file)) {
      if (first) {
        parseHeader(line, file)
        first = false
      } else if (ended) {
        if (line !== '') throw new BackupFormatError(`${file} is damaged: lines follow its last line.`)
      } else if (line.startsWith('[')) {
        if (table === undefined)
          throw new BackupFormatError(`${file} is damaged: rows come before any table.`)
        counted[table]!++
      } else if (line.startsWith('{"table"')) {
        table = (JSON.parse(line) as TableStart).table
        counted[table] ??= 0
      } else if (line.startsWith('{"end"')) {
        for (const [name, count] of Object.entries((JSON.parse(line) as End).end.rows))
          if ((counted[name] ?? 0) !== count)
            throw new BackupFormatError(
              `${file} is damaged: table ${name} should hold ${count} rows, but ${counted[name] ?? 0} are there.`,
            )
        ended = true
      } else if (line !== '')
        throw new BackupFormatError(`${file} is damaged: a line is neither a table, a row nor the end.`)
    }
  } catch (error) {
    if (error instanceof BackupFormatError) throw error
    throw new BackupFormatError(
      `${file} is damaged (${error instanceof Error ? error.message : String(error)}). Nothing was restored.`,
    )
  }
  if (!ended)
    throw new BackupFormatError(
      `${file} is cut short: it ends before the backup's last line. Nothing was restored.`,
    )
}
