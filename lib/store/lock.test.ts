import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { errorText } from './error-text'
import { acquireLock, lockPath, realFolder, StoreLockedError } from './lock'

// The temporary folder itself may be reached through a symlink (macOS: /var → /private/var).
const scratch = realpathSync.native(mkdtempSync(path.join(tmpdir(), 'reader-lock-')))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A real data folder, a symlink to it, and a symlink to the folder above it. */
function layout(name: string) {
  const base = path.join(scratch, name)
  const real = path.join(base, 'real', 'db')
  mkdirSync(real, { recursive: true })
  const toFolder = path.join(base, 'to-folder')
  const toParent = path.join(base, 'to-parent')
  symlinkSync(real, toFolder)
  symlinkSync(path.dirname(real), toParent)
  return { base, real, toFolder, toParent, throughParent: path.join(toParent, 'db') }
}

describe('the PGlite lock is keyed on the folder’s real path', () => {
  it('one lock file for the folder, a symlink to it and a symlinked folder above it', () => {
    const { real, toFolder, throughParent } = layout('spellings')
    expect(realFolder(toFolder)).toBe(real)
    expect(realFolder(throughParent)).toBe(real)
    expect(realFolder(`${real}/`)).toBe(real)
    expect(lockPath(toFolder)).toBe(`${real}.lock`)
    expect(lockPath(throughParent)).toBe(`${real}.lock`)
  })

  it('a folder not made yet: its real parent plus its name; a symlink that points nowhere yet: its target', () => {
    const { base, real, toParent } = layout('not-yet')
    const later = path.join(path.dirname(real), 'later')
    expect(realFolder(path.join(toParent, 'later'))).toBe(later)
    expect(realFolder(path.join(toParent, 'a', 'b'))).toBe(path.join(path.dirname(real), 'a', 'b'))
    const dangling = path.join(base, 'dangling')
    symlinkSync(later, dangling)
    expect(realFolder(dangling)).toBe(later)
    // Made now: the same key as before.
    mkdirSync(later)
    expect(realFolder(dangling)).toBe(later)
  })

  it('a second opener through a symlink is refused, naming the process that holds it', async () => {
    const { real, toFolder, throughParent } = layout('held')
    const holder = spawn('sleep', ['60'])
    try {
      writeFileSync(`${real}.lock`, `${holder.pid}\n`)
      for (const spelling of [toFolder, throughParent]) {
        const refused = acquireLock(spelling, { waitMs: 0, log: () => {} })
        await expect(refused).rejects.toBeInstanceOf(StoreLockedError)
        await expect(refused).rejects.toThrow(`is in use by process ${holder.pid}`)
        await expect(refused).rejects.toThrow(`(that is ${real})`)
      }
    } finally {
      holder.kill()
    }
  })

  it('taken through a symlink, released by its real path; a missing folder above is made', async () => {
    const { real, toFolder } = layout('taken')
    const release = await acquireLock(toFolder, { waitMs: 0 })
    expect(existsSync(`${real}.lock`)).toBe(true)
    expect(existsSync(`${toFolder}.lock`)).toBe(false)
    release()
    expect(existsSync(`${real}.lock`)).toBe(false)
    const deep = path.join(scratch, 'new', 'parent', 'db')
    const again = await acquireLock(deep, { waitMs: 0 })
    expect(existsSync(`${deep}.lock`)).toBe(true)
    again()
  })
})

describe('errors in words', () => {
  it('never "[object Object]" or "Aborted()"', () => {
    const errno = Object.assign(Object.create(null), { name: 'ErrnoError', errno: 44 })
    expect(errorText(errno)).toBe('a file operation failed: a file or folder is missing')
    expect(errorText({ name: 'ErrnoError', errno: 9999 })).toBe('a file operation failed: error number 9999')
    expect(errorText(new Error('Aborted()'))).toBe(
      'the database engine (PGlite) stopped on an internal error',
    )
    expect(errorText(new Error('Aborted(Assertion failed: x). Build with -sASSERTIONS for more info.'))).toBe(
      'the database engine (PGlite) stopped on an internal error: Assertion failed: x',
    )
    expect(errorText({ message: 'relation "x" does not exist' })).toBe('relation "x" does not exist')
    expect(errorText(new Error(String({})))).toBe('an unknown error (nothing was said about it)')
    for (const value of [{}, null, undefined, '', Object.create(null)])
      expect(errorText(value)).toBe('an unknown error (nothing was said about it)')
    expect(errorText('disk full')).toBe('disk full')
  })
})
