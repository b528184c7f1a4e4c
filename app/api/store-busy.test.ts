import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFrom } from '@/lib/commands/stories/seed'
import { addUserAs as addUser } from '@/lib/commands/testing'
import { appStore, getStory, storiesDir } from '@/lib/store/app-store'
import type { Store } from '@/lib/store/db'
import { readStatement } from '@/lib/store/statement-rows'
import { POST as usersPost } from './admin/users/route'
import { POST as authPost } from './auth/[...all]/route'
import { POST as mergePost } from './speakers/merge/route'
import { POST as storiesPost } from './stories/route'
import * as statement from './stories/[id]/statements/[statementId]/route'

/**
 * While an administrator's command run by the app holds the store (a backup of a large
 * archive, say), each kind of write route waits 5 s, then answers 503 in words, with
 * nothing written; pages read on meanwhile. Once the command is done, the same writes
 * go through.
 */

const ORIGIN = 'http://127.0.0.1:3998'
const STORY = 'pakistan-afghanistan-militancy-2023'
const dir = mkdtempSync(path.join(tmpdir(), 'reader-busy-'))
let store: Store
let cookie = ''

beforeAll(async () => {
  process.env.PGLITE_DIR = path.join(dir, 'db')
  store = await appStore()
  await seedFrom(store, storiesDir())
  await addUser(store.db, { email: 'admin@example.org', role: 'admin', password: 'admin password' })
  const response = await authPost(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { host: new URL(ORIGIN).host, 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email: 'admin@example.org', password: 'admin password' }),
    }),
  )
  expect(response.status).toBe(200)
  cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}, 180_000)
afterAll(async () => {
  await store?.close()
  rmSync(dir, { recursive: true, force: true })
}, 60_000)

const send = (method: string, url: string, body: unknown) =>
  new Request(`${ORIGIN}${url}`, {
    method,
    headers: { host: new URL(ORIGIN).host, origin: ORIGIN, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) })

const writes: [string, () => Promise<Response>][] = [
  [
    'an edit',
    () =>
      statement.PATCH(
        send('PATCH', `/api/stories/${STORY}/statements/taliban-soil`, {
          expectedVersion: 1,
          changes: { attribution: 'said at a press conference' },
        }),
        params({ id: STORY, statementId: 'taliban-soil' }),
      ),
  ],
  [
    'a new story',
    () =>
      storiesPost(
        send('POST', '/api/stories', {
          id: 'a-new-story',
          title: 'A new story',
          question: 'It is new.',
          perspectives: [
            { id: 'yes', label: 'Yes', definition: 'Those who say it is.' },
            { id: 'no', label: 'No', definition: 'Those who say it is not.' },
          ],
        }),
      ),
  ],
  [
    'an account',
    () =>
      usersPost(
        send('POST', '/api/admin/users', {
          email: 'new@example.org',
          role: 'reader',
          password: 'new password',
        }),
      ),
  ],
  [
    'a speaker merge',
    () => mergePost(send('POST', '/api/speakers/merge', { name: 'Jan Achakzai', into: 'Gen. Asim Munir' })),
  ],
]

describe('writes while an admin command holds the store', () => {
  it('wait 5 s, then answer 503 in words and write nothing; reads go on', { timeout: 120_000 }, async () => {
    const before = await readStatement(store.db, STORY, 'taliban-soil')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const command = store.lane!.exclusive('db:backup', () => held)
    try {
      const started = Date.now()
      const answers = await Promise.all(
        writes.map(async ([name, write]) => {
          const response = await write()
          return { name, response, after: Date.now() - started }
        }),
      )
      for (const { name, response, after } of answers) {
        expect(response.status, name).toBe(503)
        expect(response.headers.get('retry-after'), name).toBe('5')
        expect((await response.json()).error, name).toBe(
          'An administrator’s command (db:backup) is using the store. Your change was not saved; try again in a moment.',
        )
        expect(after, name).toBeGreaterThanOrEqual(4_900)
      }
      // A story is read whole (in a transaction) while the command holds the store.
      expect((await getStory(STORY))?.statements.length).toBe(7)
    } finally {
      release()
      await command
    }
    expect(await readStatement(store.db, STORY, 'taliban-soil')).toEqual(before)
    for (const [name, write] of writes) expect((await write()).status, name).toBe(200)
  })
})
