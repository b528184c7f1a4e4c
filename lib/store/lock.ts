import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

/**
 * PGlite has no lock of its own, and two processes opening one data folder corrupt it
 * silently. A lock file beside the folder names the owning process; one left by a process
 * that is gone (killed, crashed) is taken over. The lock is keyed on the folder's real
 * path, so every spelling of one folder (through a symlink to it, or to a folder above
 * it) finds the same lock file.
 */

export class StoreLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The story store in ${dir} is in use by process ${pid} (the app, or another command). ` +
        'Only one process at a time may open it. Stop that process and run this again. ' +
        'The tools reach a running app by themselves; several instances of the app need a Postgres server ' +
        '(see docs/operations.md, "One machine: PGlite and its lock").',
    )
    this.name = 'StoreLockedError'
  }
}

/**
 * Where `dir` really is: symlinks resolved, the folder itself and every folder above it.
 * A folder not made yet is its real parent plus its name (a symlink that points nowhere
 * yet, at its target), so the lock is the same before and after it is created.
 */
export function realFolder(dir: string, hops = 0): string {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dir)
  try {
    return realpathSync.native(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const parent = path.dirname(absolute)
  if (parent === absolute) return absolute
  const name = path.basename(absolute)
  const link = symlinkTarget(absolute)
  if (link !== undefined && hops < 40) return realFolder(path.resolve(parent, link), hops + 1)
  return path.join(realFolder(parent, hops), name)
}

function symlinkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined
  } catch {
    return undefined
  }
}

/** The lock file of a folder: beside its real path, whatever way it was named. */
export const lockPath = (dir: string) => `${realFolder(dir)}.lock`

function ownerOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Takes the lock on `dir`, waiting up to `waitMs` for a live owner to let go. Returns a
 * release function; the lock is also released when the process exits normally.
 */
export async function acquireLock(
  dir: string,
  { waitMs = 10_000, log = console.warn }: { waitMs?: number; log?: (message: string) => void } = {},
): Promise<() => void> {
  const real = realFolder(dir)
  const file = `${real}.lock`
  // Named as given, and where that really is when a symlink leads there.
  const where = real === path.resolve(/*turbopackIgnore: true*/ dir) ? dir : `${dir} (that is ${real})`
  // The folder above may not exist yet (a first start with PGLITE_DIR=new/folder/db).
  mkdirSync(path.dirname(real), { recursive: true })
  const deadline = Date.now() + waitMs
  let warned = false
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = ownerOf(file)
    if (owner === process.pid) break
    if (owner === undefined || !isAlive(owner)) {
      // Moved aside first: of two processes taking over at once, only one rename succeeds.
      try {
        renameSync(file, `${file}.stale-${process.pid}`)
        unlinkSync(`${file}.stale-${process.pid}`)
        log(
          `Took over the lock on ${where} left by process ${owner ?? 'unknown'}, which is no longer running.`,
        )
      } catch {
        // Someone else took it over first; try again.
      }
      continue
    }
    if (Date.now() >= deadline) throw new StoreLockedError(where, owner)
    if (!warned) {
      log(
        `The story store in ${where} is in use by process ${owner}; waiting up to ${Math.round(waitMs / 1000)} s…`,
      )
      warned = true
    }
    await sleep(200)
  }
  let held = true
  const release = () => {
    if (!held) return
    held = false
    process.off('exit', release)
    if (ownerOf(file) === process.pid) unlinkSync(file)
  }
  process.on('exit', release)
  return release
}
