import type { Socket } from 'node:net'
import {
  adminSocketPath,
  dataFrame,
  FrameReader,
  jsonFrame,
  listenAdmin,
  PROTOCOL,
  send,
} from '../store/admin-socket'
import type { Store } from '../store/db'
import { isCommand, runCommand, type Output } from './commands'
import { INPUTS } from './inputs'
import { isPlain } from './errors'

/**
 * The app's side of the admin socket (PGlite only): each connection is one command, run
 * here on the app's own store through the same function the tool runs when the app is
 * stopped. Its output goes back as frames; its writes take turns with the app's own
 * (lib/store/write-lane), and reads go on meanwhile.
 */

/** Backup lines are sent in pieces of about this many bytes. */
const DATA_PIECE = 256 * 1024

async function serve(store: Store, socket: Socket, log: Pick<Console, 'log' | 'error'>) {
  const reader = new FrameReader()
  const request = new Promise<Record<string, unknown>>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const frame of reader.push(chunk)) if (frame.kind === 'J') resolve(frame.message)
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
  const command = run?.command
  if (!isCommand(command)) {
    await send(
      socket,
      jsonFrame({ error: { name: 'UsageError', message: `The app has no command ${String(command)}.` } }),
    )
    return
  }
  const input = INPUTS[command].safeParse(run?.input)
  if (!input.success) {
    await send(
      socket,
      jsonFrame({
        error: { name: 'UsageError', message: `The app could not read the request for ${command}.` },
      }),
    )
    return
  }
  let pending: string[] = []
  let size = 0
  const flush = async () => {
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    size = 0
    await send(socket, dataFrame(text))
  }
  const out: Output = {
    say: (text) => void send(socket, jsonFrame({ say: text })).catch(() => {}),
    file: (name, text) => send(socket, jsonFrame({ file: { name, text } })),
    async line(text) {
      pending.push(text, '\n')
      size += text.length + 1
      if (size >= DATA_PIECE) await flush()
    },
  }
  const started = Date.now()
  log.log(`Admin: running ${command} for a command-line tool…`)
  try {
    await runCommand(store, command, input.data as never, out)
    await flush()
    await send(socket, jsonFrame({ done: true }))
    log.log(`Admin: ran ${command} for a command-line tool in ${Date.now() - started} ms.`)
  } catch (error) {
    if (isPlain(error)) {
      await send(socket, jsonFrame({ error: { name: error.name, message: error.message } })).catch(() => {})
      return
    }
    log.error(`Admin: ${command} failed:`, error)
    await send(
      socket,
      jsonFrame({
        error: {
          name: 'AdminCommandError',
          message: `The app could not run ${command}: ${error instanceof Error ? error.message : String(error)}. The app's log has the details.`,
        },
      }),
    ).catch(() => {})
  }
}

/** Starts answering the tools on the admin socket beside `dir`'s lock. */
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
