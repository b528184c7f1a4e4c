import type { Socket } from 'node:net'
import { connectAdmin, FrameReader, jsonFrame, PROTOCOL, send } from '../store/admin-socket'
import { openStore, pgliteDir, type Store } from '../store/db'
import { StoreLockedError } from '../store/lock'
import { runCommand, type CommandInput, type CommandName, type Output } from './commands'
import { namedError } from './errors'

/**
 * The tool's side: run a command on the store this environment names. On Postgres, and
 * on a PGlite folder no one holds, the tool opens the store itself. On a PGlite folder the
 * app holds, the app runs the command (its admin socket, found through the folder's lock).
 * On a folder another tool holds, it waits up to 10 s, as it always has.
 */

export interface RunOptions {
  waitMs?: number
  log?: (message: string) => void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The app that holds `dir`, when one answers on its admin socket: its hello and the open socket. */
export async function reachApp(
  dir: string,
  owner?: number,
): Promise<{ pid: number; socket: Socket } | undefined> {
  const socket = await connectAdmin(dir)
  if (!socket) return undefined
  const reader = new FrameReader()
  const hello = await new Promise<{ pid: number; protocol: number } | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 5_000)
    socket.on('data', function first(chunk: Buffer) {
      try {
        const [message] = reader.push(chunk)
        if (!message) return
        socket.off('data', first)
        clearTimeout(timer)
        resolve(message.hello as { pid: number; protocol: number } | undefined)
      } catch {
        resolve(undefined)
      }
    })
    socket.once('close', () => resolve(undefined))
  })
  // Only the process the lock names is trusted with the request (a password, a story).
  if (!hello || hello.protocol !== PROTOCOL || (owner !== undefined && hello.pid !== owner)) {
    socket.destroy()
    return undefined
  }
  return { pid: hello.pid, socket }
}

/** Sends the command to the app and relays what comes back; rejects with the app's refusal. */
function runInApp(socket: Socket, name: CommandName, input: unknown, out: Output): Promise<void> {
  const reader = new FrameReader()
  return new Promise<void>((resolve, reject) => {
    let settled = false
    let chain = Promise.resolve()
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    socket.on('data', (chunk: Buffer) => {
      let frames
      try {
        frames = reader.push(chunk)
      } catch (error) {
        return finish(error as Error)
      }
      for (const message of frames) {
        chain = chain.then(async () => {
          if (settled) return
          const m = message as {
            say?: string
            file?: { name: string; text: string }
            done?: boolean
            error?: { name: string; message: string }
          }
          if (m.say !== undefined) out.say(m.say)
          else if (m.file) await out.file(m.file.name, m.file.text)
          else if (m.error) finish(namedError(m.error.name, m.error.message))
          else if (m.done) finish()
        })
        chain = chain.catch((error: Error) => finish(error))
      }
      // The tool writes as fast as it can; while it is behind, the app waits.
      socket.pause()
      void chain.then(() => socket.resume())
    })
    socket.once('close', () =>
      chain.then(() =>
        finish(new Error('The app closed the connection before the command finished; its log may say why.')),
      ),
    )
    socket.once('error', (error) => finish(error))
    send(socket, jsonFrame({ run: { command: name, input } })).catch((error: Error) => finish(error))
  })
}

/** The running app, as a tool reaches it: runs commands there, one connection each. */
export interface RunningApp {
  pid: number
  run<N extends CommandName>(name: N, input: CommandInput<N>, out: Output): Promise<void>
}

/**
 * Reaches the store this environment names, and does `local` with it opened in this
 * process, or `app` with the app that holds it. On Postgres, and on a PGlite folder no
 * one holds, the tool opens the store itself (closed after). On a PGlite folder the app
 * holds, the app is reached through its admin socket, found through the folder's lock.
 * On a folder another tool holds (or the app while it starts), it waits up to 10 s, as
 * it always has, then says who holds it.
 */
export async function reachStore<T>(
  handlers: { local(store: Store): Promise<T>; app(app: RunningApp): Promise<T> },
  { waitMs = 10_000, log = (m) => process.stderr.write(`${m}\n`) }: RunOptions = {},
): Promise<T> {
  const local = async (store: Store) => {
    try {
      return await handlers.local(store)
    } finally {
      await store.close()
    }
  }
  if (process.env.DATABASE_URL) return local(await openStore({ waitMs, log }))
  const dir = pgliteDir()
  const deadline = Date.now() + waitMs
  let warned = false
  for (;;) {
    let store: Store
    try {
      store = await openStore({ waitMs: 0, log })
    } catch (error) {
      if (!(error instanceof StoreLockedError)) throw error
      const first = await reachApp(dir, error.pid)
      if (first) {
        first.socket.destroy()
        const owner = first.pid
        return handlers.app({
          pid: owner,
          async run(name, input, out) {
            const app = await reachApp(dir, owner)
            if (!app) throw namedError('AdminCommandError', `The app (process ${owner}) stopped answering.`)
            await runInApp(app.socket, name, input, out)
          },
        })
      }
      if (Date.now() >= deadline) throw error
      if (!warned) {
        log(
          `The story store in ${dir} is in use by process ${error.pid}; waiting up to ${Math.round(waitMs / 1000)} s…`,
        )
        warned = true
      }
      await sleep(200)
      continue
    }
    return local(store)
  }
}

/** Runs `name` where the store is: in this process, or in the app that holds it. */
export function runAdmin<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
  out: Output,
  options: RunOptions = {},
): Promise<void> {
  return reachStore(
    { local: (store) => runCommand(store, name, input, out), app: (app) => app.run(name, input, out) },
    options,
  )
}

export class AppRunningError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AppRunningError'
  }
}

/**
 * Refuses a command that must have the PGlite folder to itself (db:restore, db:migrate,
 * db:move) while the app runs on it, saying why (`why`) and what to do.
 */
export async function refuseWhileAppRuns(command: string, why: string): Promise<void> {
  if (process.env.DATABASE_URL) return
  const dir = pgliteDir()
  const app = await reachApp(dir)
  if (!app) return
  app.socket.destroy()
  throw new AppRunningError(
    `The app (process ${app.pid}) is running on the store in ${dir}. ${command} does not run while it does: ${why}`,
  )
}
