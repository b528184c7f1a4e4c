import { existsSync, readdirSync, rmSync } from 'node:fs'
import { openStore, pgliteDir, type Store, type StoreOptions } from '../db'
import { plainConn } from './conn'
import { copyStore, lineChannel } from './copy'
import { backupTables } from './catalog'
import { backupKind, backupLines, checkBackupFile, type BackupKind } from './files'
import { BackupFormatError, parseHeader, type Header } from './format'
import { pgDumpLines, pgDumpVersion } from './legacy'
import { openFolderDump } from './pglite-copy'
import { loadBackup, StoreNotEmptyError } from './load'
import { currentVersion, knownVersions, migrationsUpTo, storeVersion } from './schema-version'

/**
 * db:restore: a backup, in any format the app has written, into the empty store this
 * environment names (PGLITE_DIR or DATABASE_URL). The rows go in at the backup's own
 * schema version, then the ordinary migrations bring them up to date.
 */

export interface Restored {
  kind: BackupKind
  schema: string
  where: string
  rows: Record<string, number>
  migrated: boolean
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

function checkVersion(schema: string, file: string) {
  if (!knownVersions().includes(schema))
    throw new RestoreRefusedError(
      `${file} was made by a newer version of the app (its schema is ${schema}). Update the app, then restore it.`,
    )
}

/** Opens the target at `schema`; refuses one already past it (migrated, so maybe not empty). */
async function openAt(schema: string, options: StoreOptions): Promise<{ store: Store; cleanup: () => void }> {
  const folder = schema === currentVersion() ? undefined : migrationsUpTo(schema)
  const cleanup = () => folder && rmSync(folder, { recursive: true, force: true })
  let store: Store
  try {
    store = await openStore({ ...options, migrationsFolder: folder })
  } catch (error) {
    cleanup()
    throw error
  }
  const at = await storeVersion(plainConn(store))
  if (at !== schema) {
    await store.close()
    cleanup()
    throw new RestoreRefusedError(
      `The store in ${store.where} is at schema ${at}, newer than the backup's (${schema}); a backup is restored only into a new, empty store. ` +
        'Restore into a new PGlite folder (set PGLITE_DIR) or a new database (DATABASE_URL).',
    )
  }
  return { store, cleanup }
}

export async function restoreBackup(file: string, options: StoreOptions = {}): Promise<Restored> {
  const kind = backupKind(file)
  if (kind === 'unknown')
    throw new BackupFormatError(
      `${file} is not a backup this app knows: neither db:backup's format, nor a PGlite folder dump or a pg_dump file made before it.`,
    )
  // A new PGlite folder that a failed restore leaves is removed, so the restore can run again.
  let newFolder: string | undefined
  if (!process.env.DATABASE_URL) {
    newFolder = pgliteDir()
    if (existsSync(newFolder) && readdirSync(newFolder).length > 0)
      throw new StoreNotEmptyError(
        `${newFolder} is not empty; restore only into an empty or new folder (set PGLITE_DIR).`,
      )
  }
  let source: Store | undefined
  let lines: AsyncIterator<string> | undefined
  let schema: string
  let header: Header | undefined
  if (kind === 'portable') {
    await checkBackupFile(file)
    lines = backupLines(file)
    const first = await lines.next()
    header = parseHeader(first.done ? undefined : first.value, file)
    schema = header.schema
  } else if (kind === 'pglite-folder') {
    source = await openFolderDump(file)
    schema = await storeVersion(plainConn(source))
  } else {
    schema = pgDumpVersion(file)
  }
  try {
    checkVersion(schema, file)
    const { store, cleanup } = await openAt(schema, options)
    let rows: Record<string, number>
    let done = false
    try {
      if (header && lines) rows = await loadBackup(store, header, lines, file)
      else if (source) rows = await copyStore(source, store)
      else {
        const tables = await backupTables(plainConn(store))
        const dumped = lineChannel((write) => pgDumpLines(file, schema, tables, write))
        const first = await dumped.next()
        rows = await loadBackup(store, parseHeader(first.done ? undefined : first.value, file), dumped, file)
      }
      done = true
    } finally {
      await store.close()
      cleanup()
      if (!done && newFolder) rmSync(newFolder, { recursive: true, force: true })
    }
    const migrated = schema !== currentVersion()
    // Opened once more the ordinary way: it migrates rows from an older backup.
    if (migrated) await (await openStore(options)).close()
    return { kind, schema, where: store.where, rows, migrated }
  } finally {
    await source?.close()
    await lines?.return?.()
  }
}
