import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** A PostgreSQL client program (pg_dump, pg_restore) from PATH or Debian's install folder. */
export function pgProgram(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim()
  if (found) return found
  const base = '/usr/lib/postgresql'
  if (existsSync(base)) {
    for (const version of readdirSync(base).sort().reverse()) {
      const candidate = path.join(base, version, 'bin', name)
      if (existsSync(candidate)) return candidate
    }
  }
  throw new Error(
    `${name} was not found; install PostgreSQL's client programs (Debian: apt-get install postgresql-client)`,
  )
}

/** Runs one, its own output shown; a failure throws with what it said. */
export function runProgram(program: string, args: string[]): void {
  const result = spawnSync(program, args, { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] })
  if (result.status !== 0)
    throw new Error(`${path.basename(program)} failed: ${result.stderr.trim() || `exit ${result.status}`}`)
}
