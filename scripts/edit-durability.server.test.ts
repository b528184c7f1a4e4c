import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../lib/store/db'
import { entityHistory } from '../lib/store/history'
import { readStatement } from '../lib/store/statement-rows'
import { appServer, freePort } from './next-server.mjs'

/**
 * Nothing lost, with the app as the writer: editors' saves stream through the edit
 * routes of the production build on PGlite while the app is killed by SIGKILL at a
 * random moment, ten times, and restarted each time. Every acknowledged save must be
 * there with its record in the history; no save half-written (a label without its
 * caveat, a row without its record); the store opens without repair.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const STORY = 'pakistan-afghanistan-militancy-2023'
const STATEMENTS = ['munir-guterres', 'munir-support', 'taliban-soil', 'maarij-epicenter']
const KILLS = 10
const EMAIL = 'durable@example.test'
const PASSWORD = 'durable editor password'

const dir = mkdtempSync(path.join(tmpdir(), 'reader-edit-durable-'))
const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'db'), READ_ACCESS: '' }
let server: ChildProcess | undefined
afterAll(() => {
  if (server && server.exitCode === null && server.signalCode === null) process.kill(-server.pid!, 'SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(err))))
  })
}

async function start(port: number): Promise<string> {
  // Its own process group: the kill takes the whole app down at once, as a crash would.
  server = spawn(...appServer(root, ['-p', String(port), '-H', '127.0.0.1']), {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true,
  })
  const base = `http://127.0.0.1:${port}`
  for (const until = Date.now() + 240_000; Date.now() < until;) {
    try {
      if ((await fetch(`${base}/sign-in`)).status < 500) return base
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the app did not come up')
}

async function kill() {
  const child = server!
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGKILL')
  await exited
}

interface Save {
  statementId: string
  n: number
}

describe('edits through the app, killed by SIGKILL', () => {
  it('keeps every acknowledged save, each with its history, none half-written', async () => {
    const password = path.join(dir, 'password')
    writeFileSync(password, `${PASSWORD}\n`)
    await run(path.join(root, 'node_modules/.bin/tsx'), [
      'scripts/users-add.ts',
      '--email',
      EMAIL,
      '--role',
      'editor',
      '--password-file',
      password,
    ])
    const port = await freePort()
    let base = await start(port)
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    })
    expect(signIn.status).toBe(200)
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const headers = () => ({ 'content-type': 'application/json', origin: base, cookie })
    const url = (id: string) => `${base}/api/stories/${STORY}/statements/${id}`

    const acked: Save[] = []
    let n = 0
    for (let round = 0; round < KILLS; round++) {
      let live = true
      let firstAck: () => void = () => {}
      const acknowledged = new Promise<void>((resolve) => (firstAck = resolve))
      // One stream of saves per statement, side by side, until the kill.
      const streams = STATEMENTS.map(async (statementId) => {
        while (live) {
          const save = { statementId, n: ++n }
          let status: number
          try {
            const current = await fetch(url(statementId), { headers: headers() })
            const { statement } = await current.json()
            const answer = await fetch(url(statementId), {
              method: 'PATCH',
              headers: headers(),
              body: JSON.stringify({
                expectedVersion: statement.version,
                changes: {
                  stance: { value: 'mixed', label: `save ${save.n}` },
                  caveats: [`caveat of save ${save.n}`],
                },
              }),
            })
            status = answer.status
          } catch {
            // The app went down mid-request: this save was not acknowledged.
            return
          }
          if (status === 200) {
            acked.push(save)
            firstAck()
          } else if (status !== 409) throw new Error(`save answered ${status}`)
        }
      })
      // Once saves are flowing (the app is warm), the kill comes at a random moment.
      await Promise.race([acknowledged, new Promise((r) => setTimeout(r, 60_000))])
      await new Promise((r) => setTimeout(r, Math.random() * 2000))
      await kill()
      live = false
      await Promise.all(streams)
      base = await start(port)
    }
    await kill()
    console.log(`${acked.length} of ${n} saves acknowledged across ${KILLS} kills`)
    expect(acked.length).toBeGreaterThanOrEqual(KILLS)

    // The store opens without repair (taking over the lock the last kill left).
    process.env.PGLITE_DIR = env.PGLITE_DIR
    const store = await openStore({ waitMs: 0 })
    try {
      for (const statementId of STATEMENTS) {
        const row = (await readStatement(store.db, STORY, statementId))!
        const history = await entityHistory(store.db, STORY, 'statement', statementId)
        const saves = acked.filter((s) => s.statementId === statementId).map((s) => s.n)
        const recorded = new Set(history.map((c) => (c.after as { stance: { label: string } }).stance.label))
        for (const save of saves)
          expect(recorded.has(`save ${save}`), `save ${save} of ${statementId}`).toBe(true)
        // The row is its last recorded version, whole: label and caveat from one save.
        const [last] = history
        expect(row.version).toBe(history.length + 1)
        expect(last!.version).toBe(row.version)
        const m = /^save (\d+)$/.exec(row.stance!.label)![1]
        expect(row.caveats).toEqual([`caveat of save ${m}`])
        expect(Number(m)).toBeGreaterThanOrEqual(Math.max(0, ...saves))
      }
    } finally {
      await store.close()
    }
  })
})
