import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { verifyPassword } from 'better-auth/crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../lib/store/db'

/** `npm run users:add`, run as an admin runs it. */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const scratch = mkdtempSync(path.join(tmpdir(), 'reader-users-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const PGLITE_DIR = path.join(scratch, 'db')
const run = (args: string[], input?: string) => {
  const result = spawnSync(tsx, [path.join(root, 'scripts', 'users-add.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, DATABASE_URL: '', PGLITE_DIR },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const passwordFile = (text: string) => {
  const file = path.join(scratch, `pw-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, text)
  return file
}

describe('users:add', () => {
  it('adds an admin from a password file, with the password hashed in the store', async () => {
    const added = run([
      '--email',
      'Admin@Example.org',
      '--role',
      'admin',
      '--name',
      'Ada Admin',
      '--password-file',
      passwordFile('first admin pw\n'),
    ])
    expect(added.stderr).toBe('')
    expect(added.status).toBe(0)
    expect(added.stdout).toContain('Added admin@example.org (Ada Admin) as admin')
    const editor = run([
      '--email',
      'ed@example.org',
      '--role',
      'editor',
      '--password-file',
      passwordFile('editor pw 1'),
    ])
    expect(editor.status).toBe(0)

    const previous = process.env.PGLITE_DIR
    process.env.PGLITE_DIR = PGLITE_DIR
    const store = await openStore({ waitMs: 0 })
    process.env.PGLITE_DIR = previous
    try {
      const { rows } = await store.pglite!.query<{ email: string; role: string; password: string }>(
        `select u.email, u.role, a.password from auth_users u join auth_accounts a on a.user_id = u.id order by u.email`,
      )
      expect(rows.map((r) => [r.email, r.role])).toEqual([
        ['admin@example.org', 'admin'],
        ['ed@example.org', 'editor'],
      ])
      expect(rows[0]!.password).not.toContain('first admin pw')
      expect(await verifyPassword({ hash: rows[0]!.password, password: 'first admin pw' })).toBe(true)
    } finally {
      await store.close()
    }
  })

  it('refuses, in plain words: a second account for one email, a bad role, a short password, no password', () => {
    const again = run([
      '--email',
      'admin@example.org',
      '--role',
      'reader',
      '--password-file',
      passwordFile('another pw 1'),
    ])
    expect(again.status).toBe(1)
    expect(again.stderr.trim()).toBe('There is already an account for admin@example.org.')
    const role = run([
      '--email',
      'x@example.org',
      '--role',
      'owner',
      '--password-file',
      passwordFile('another pw 1'),
    ])
    expect(role.stderr.trim()).toBe('The role must be reader, editor or admin.')
    const short = run([
      '--email',
      'x@example.org',
      '--role',
      'reader',
      '--password-file',
      passwordFile('short'),
    ])
    expect(short.stderr.trim()).toBe('The password is too short: use at least 8 characters.')
    const none = run(['--email', 'x@example.org', '--role', 'reader'], '')
    expect(none.status).toBe(2)
    expect(none.stderr).toContain('give it with --password-file FILE')
    const missing = run(['--email', 'x@example.org'])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('--email and --role are both needed')
  })

  it('refuses clearly while another process holds the store', () => {
    const holder = spawn('sleep', ['60'])
    try {
      writeFileSync(`${PGLITE_DIR}.lock`, `${holder.pid}\n`)
      const held = run([
        '--email',
        'r@example.org',
        '--role',
        'reader',
        '--password-file',
        passwordFile('reader pw 1'),
      ])
      expect(held.status).toBe(1)
      expect(held.stderr).toContain(`is in use by process ${holder.pid}`)
      expect(held.stderr).toContain('Stop that process and run this again')
    } finally {
      holder.kill()
      rmSync(`${PGLITE_DIR}.lock`, { force: true })
    }
  })
})
