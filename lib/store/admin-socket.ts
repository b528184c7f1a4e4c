import { createHash } from 'node:crypto'
import { chmodSync, lstatSync, unlinkSync } from 'node:fs'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lockPath } from './lock'

/**
 * The admin socket: while the app runs on a PGlite folder, it alone may open the folder,
 * so the command-line tools ask the app to run their command (lib/admin) instead. The
 * socket lies beside the folder's lock and is named after it, so whatever names the lock
 * names the socket; it is readable and writable by its owner only (mode 0600), as the
 * folder's files are.
 *
 * Frames: the byte J, four bytes of length (big-endian), then a JSON message.
 */

// sun_path holds 108 bytes on Linux and 104 on macOS, with its terminating zero.
const MAX_SOCKET_PATH = 100

/** Where the app's admin socket for the PGlite folder `dir` is. */
export function adminSocketPath(dir: string): string {
  const lock = lockPath(dir)
  const beside = `${lock.replace(/\.lock$/, '')}.admin.sock`
  if (Buffer.byteLength(beside) <= MAX_SOCKET_PATH) return beside
  // A folder too deep for a socket beside it: a fixed place named by the lock's own path.
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 24)
  return path.join(tmpdir(), `perspective-reader-${key}.sock`)
}

export const PROTOCOL = 1
/** The largest frame either side accepts: well above the largest request (story files of 50 MB each). */
const MAX_FRAME = 1 << 30

export type Message = Record<string, unknown>

export function jsonFrame(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  const head = Buffer.alloc(5)
  head.write('J', 0, 'latin1')
  head.writeUInt32BE(body.length, 1)
  return Buffer.concat([head, body])
}

/** Splits a byte stream into messages. */
export class FrameReader {
  #chunks: Buffer[] = []
  #size = 0
  /** The whole length of the frame being read, once its header is in. */
  #need: number | undefined

  push(chunk: Buffer): Message[] {
    this.#chunks.push(chunk)
    this.#size += chunk.length
    const frames: Message[] = []
    for (;;) {
      if (this.#need === undefined) {
        if (this.#size < 5) return frames
        const head = this.#chunks[0]!.length >= 5 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#size)
        const length = head.readUInt32BE(1)
        if (head[0] !== 0x4a /* J */ || length > MAX_FRAME)
          throw new Error('the other side does not speak this protocol')
        this.#need = 5 + length
      }
      // A large frame comes in many pieces: they are joined once, when all are there.
      if (this.#size < this.#need) return frames
      const all = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#size)
      const body = all.subarray(5, this.#need)
      const rest = all.subarray(this.#need)
      this.#chunks = rest.length > 0 ? [rest] : []
      this.#size = rest.length
      this.#need = undefined
      frames.push(JSON.parse(body.toString('utf8')) as Message)
    }
  }
}

/** Writes a frame, waiting while the other side is slow to read. */
export async function send(socket: Socket, frame: Buffer): Promise<void> {
  if (socket.destroyed) throw new Error('the other side has gone')
  if (socket.write(frame)) return
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      socket.off('drain', done)
      socket.off('close', closed)
      if (error) reject(error)
      else resolve()
    }
    const closed = () => done(new Error('the other side has gone'))
    socket.once('drain', () => done())
    socket.once('close', closed)
  })
}

/**
 * Listens on the admin socket for `dir`, owner-only. The caller holds the folder's lock,
 * so a socket file left there belongs to a process that is gone, and is replaced. The
 * socket file is removed when the process exits.
 */
export async function listenAdmin(
  dir: string,
  onConnection: (socket: Socket) => void,
): Promise<{ path: string; server: Server }> {
  const file = adminSocketPath(dir)
  try {
    if (lstatSync(file).isSocket()) unlinkSync(file)
  } catch {
    // Not there: nothing to clear.
  }
  const server = createServer(onConnection)
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      resolve()
    })
  })
  // Created with no permission for group or others, so no other user may ever connect.
  // listen binds at once, so the umask is put back before any other code runs.
  const umask = process.umask(0o177)
  try {
    server.listen(file)
  } finally {
    process.umask(umask)
  }
  await listening
  chmodSync(file, 0o600)
  const remove = () => {
    try {
      unlinkSync(file)
    } catch {
      // Already gone.
    }
  }
  process.once('exit', remove)
  server.once('close', () => {
    process.off('exit', remove)
    remove()
  })
  return { path: file, server }
}

/** Connects to the app's admin socket for `dir`; undefined when nothing listens there. */
export function connectAdmin(dir: string): Promise<Socket | undefined> {
  const file = adminSocketPath(dir)
  return new Promise((resolve) => {
    const socket = createConnection(file)
    socket.once('connect', () => {
      socket.off('error', failed)
      resolve(socket)
    })
    const failed = () => resolve(undefined)
    socket.once('error', failed)
  })
}
