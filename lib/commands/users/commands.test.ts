import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { authUsers } from '../../store/auth-tables'
import type { Store } from '../../store/db'
import { listUsers } from '../../store/users'
import { addUserAs as addUser, storeForFile } from '../testing'
import { setDisabled, setRole } from './commands'

// Password hashing (scrypt) takes its time on a busy machine: these tests get a minute.
let store: Store
storeForFile((s) => (store = s))

describe('accounts in the store', { timeout: 60_000 }, () => {
  it('adds users with a hashed password, one account per email, and lists them', async () => {
    const user = await addUser(store.db, {
      email: 'Ada@Example.org',
      role: 'admin',
      password: 'correct horse',
    })
    expect(user).toMatchObject({ email: 'ada@example.org', name: 'ada', role: 'admin', disabled: false })
    await expect(
      addUser(store.db, { email: 'ada@example.org', role: 'reader', password: 'whatever1' }),
    ).rejects.toMatchObject({ code: 'conflict', message: 'There is already an account for ada@example.org.' })
    const stored = await store.pglite!.query<{ password: string }>(`select password from auth_accounts`)
    expect(stored.rows[0]?.password).not.toContain('correct horse')
    expect(stored.rows[0]?.password.length).toBeGreaterThan(40)
    expect((await listUsers(store.db)).map((u) => u.email)).toContain('ada@example.org')
  })

  it('refuses bad input in the user’s words', async () => {
    await expect(
      addUser(store.db, { email: 'nope', role: 'reader', password: 'long enough' }),
    ).rejects.toThrow('"nope" does not look like an email address.')
    await expect(
      addUser(store.db, { email: 'a@b.org', role: 'owner', password: 'long enough' }),
    ).rejects.toThrow('The role must be reader, editor or admin.')
    await expect(
      addUser(store.db, { email: 'a@b.org', role: 'reader', password: 'short' }),
    ).rejects.toMatchObject({ code: 'invalid', details: { field: 'password' } })
  })

  it('never leaves the store without an active admin', async () => {
    const [ada] = await store.db.select().from(authUsers).where(eq(authUsers.email, 'ada@example.org'))
    await expect(setRole(store.db, ada!.id, 'editor')).rejects.toThrow(/only active admin/)
    await expect(setDisabled(store.db, ada!.id, true)).rejects.toThrow(/only active admin/)
    const bea = await addUser(store.db, {
      email: 'bea@example.org',
      role: 'reader',
      password: 'bea password',
    })
    expect((await setRole(store.db, bea.id, 'admin')).role).toBe('admin')
    expect((await setRole(store.db, bea.id, 'editor')).role).toBe('editor')
  })
})
