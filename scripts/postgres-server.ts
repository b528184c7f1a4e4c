import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './next-server.mjs'

/**
 * A throwaway PostgreSQL server for tests: Debian's binaries, data in a temporary folder,
 * listening on 127.0.0.1 only, on a free port. initdb refuses to run as root, so as root
 * it runs as the `postgres` user. `stop` shuts it down and removes the folder.
 */

export function postgresBin(): string {
  const base = '/usr/lib/postgresql'
  const version = existsSync(base)
    ? readdirSync(base)
        .sort()
        .reverse()
        .find((v) => existsSync(path.join(base, v, 'bin', 'initdb')))
    : undefined
  if (!version) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)')
  return path.join(base, version, 'bin')
}

const asRoot = process.getuid?.() === 0
const asPostgres = (program: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args]

export interface PostgresServer {
  url: string
  dataDir: string
  /** The postmaster's own process id (not runuser's), for the durability test's SIGKILL. */
  pid(): number
  /** Starts it again on the same folder and port, after a stop or a kill. */
  restart(): Promise<void>
  stop(): Promise<void>
}

async function waitUntilUp(url: string, child: ChildProcess, ms = 60_000) {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with code ${child.exitCode}`)
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => {})
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error(`PostgreSQL did not start at ${url}`)
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin()
  const root = mkdtempSync(path.join(tmpdir(), 'reader-pg-'))
  const dataDir = path.join(root, 'data')
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    chownSync(root, uid, gid)
  }
  const [initProgram, initArgs] = asPostgres(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ])
  const init = spawnSync(initProgram, initArgs, { encoding: 'utf8' })
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`)
  const port = await freePort()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  let child: ChildProcess
  const start = async () => {
    const [program, args] = asPostgres(path.join(bin, 'postgres'), [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${root}`,
    ])
    child = spawn(program, args, { stdio: 'ignore' })
    await waitUntilUp(url, child)
  }
  await start()
  const pid = () => Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8'), 10)
  const halt = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // SIGINT is PostgreSQL's "fast shutdown"; sent to the postmaster itself, not runuser.
    try {
      process.kill(pid(), 'SIGINT')
    } catch {
      child.kill('SIGINT')
    }
    await exited
  }
  return {
    url,
    dataDir,
    pid,
    async restart() {
      await halt()
      // After a SIGKILL, the old server's backends may hold its shared memory a moment longer.
      for (let attempt = 1; ; attempt++) {
        try {
          return await start()
        } catch (error) {
          if (attempt >= 40) throw error
          await new Promise((r) => setTimeout(r, 500))
        }
      }
    },
    async stop() {
      await halt()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
