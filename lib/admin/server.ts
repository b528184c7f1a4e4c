import type { Socket } from 'node:net'
import { adminSocketPath, FrameReader, jsonFrame, listenAdmin, PROTOCOL, send } from '../store/admin-socket'
import type { Store } from '../store/db'
import { isCommand, runCommand, type Output } from './commands'
import { isPlain } from './errors'
import { INPUTS } from './inputs'

/**
 * The app's side of the admin socket (PGlite only): each connection is one command, run
 * here on the app's own store through the same function the tool runs when the app is
 * stopped. Its output goes back as messages; its writes take turns with the app's own
 * (lib/store/write-lane), and reads go on meanwhile.
 */

async function serve(store: Store, socket: Socket, log: Pick<Console, 'log' | 'error'>) {
  const reader = new FrameReader()
  const request = new Promise<Record<string, unknown>>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      try {
        const [first] = reader.push(chunk)
        if (first) resolve(first)
      } catch (error) {
        reject(error)
      }
    })
    socket.once('close', () => reject(new Error('closed before asking')))
    socket.once('error', reject)
  })
  request.catch(() => {}) // awaited below; a tool that leaves before asking is no error
  await send(socket, jsonFrame({ hello: { pid: process.pid, protocol: PROTOCOL, where: store.where } }))
  const { run } = (await request) as { run?: { command?: unknown; input?: unknown } }
  const refuse = (message: string) => send(socket, jsonFrame({ error: { name: 'UsageError', message } }))
  const command = run?.command
  if (!isCommand(command)) return refuse(`The app has no command ${String(command)}.`)
  const input = INPUTS[command].safeParse(run?.input)
  if (!input.success) return refuse(`The app could not read the request for ${command}.`)
  const out: Output = {
    say: (text) => void send(socket, jsonFrame({ say: text })).catch(() => {}),
    file: (name, text) => send(socket, jsonFrame({ file: { name, text } })),
  }
  const started = Date.now()
  log.log(`Admin: running ${command} for a command-line tool…`)
  try {
    await runCommand(store, command, input.data as never, out)
    await send(socket, jsonFrame({ done: true }))
    log.log(`Admin: ran ${command} for a command-line tool in ${Date.now() - started} ms.`)
  } catch (error) {
    if (!isPlain(error)) log.error(`Admin: ${command} failed:`, error)
    const answer = isPlain(error)
      ? { name: error.name, message: error.message }
      : {
          name: 'AdminCommandError',
          message: `The app could not run ${command}: ${error instanceof Error ? error.message : String(error)}. The app's log has the details.`,
        }
    await send(socket, jsonFrame({ error: answer })).catch(() => {})
  }
}

/** Starts answering the tools on the admin socket beside `dir`'s lock; returns a stop. */
export async function serveAdmin(
  store: Store,
  dir: string,
  log: Pick<Console, 'log' | 'error'> = console,
): Promise<() => Promise<void>> {
  const { server } = await listenAdmin(dir, (socket) => {
    serve(store, socket, log)
      .catch(() => {})
      .finally(() => socket.end())
  })
  log.log(`Admin: command-line tools reach the running app at ${adminSocketPath(dir)}.`)
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}
