import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/** `npm run --silent alpha`, run as a user runs it: a real process, its streams and exit code. */
const root = fileURLToPath(new URL('..', import.meta.url))
const fixture = path.join(root, 'lib/agreement/__fixtures__/krippendorff-2011.csv')
const scratch = mkdtempSync(path.join(tmpdir(), 'reader-alpha-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const npm = (args: string[], input?: string | Buffer) => {
  const result = spawnSync('npm', ['run', '--silent', 'alpha', '--', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const file = (name: string, content: string | Buffer) => {
  const at = path.join(scratch, name)
  writeFileSync(at, content)
  return at
}
const lastLine = (stdout: string) => stdout.trimEnd().split('\n').at(-1)

describe('npm run alpha', () => {
  it.each([
    ['nominal', '0.743'],
    ['ordinal', '0.815'],
    ['interval', '0.849'],
    ['ratio', '0.797'],
  ])(
    'prints the published %s alpha of Krippendorff’s 2011 example on its last line: %s',
    (level, published) => {
      const { status, stdout, stderr } = npm(['--level', level, fixture])
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(lastLine(stdout)).toBe(published)
      expect(stdout).toContain('units: 12 (11 pairable, 1 coded by one coder only, 0 with no value)\n')
      expect(stdout).toContain('pairable values: 40\n')
    },
  )

  it('prints "undefined" on its last line, and why, when there is no variation; reads standard input', () => {
    const { status, stdout } = npm(
      ['--level=nominal', '-'],
      'unit,s1,s2,s3\nAna,supports,supports,\nBo,supports,supports,rejects\n',
    )
    expect(status).toBe(0)
    expect(stdout).toBe(
      [
        'level: nominal',
        'coders: 2',
        'units: 3 (2 pairable, 1 coded by one coder only, 0 with no value)',
        'pairable values: 4',
        'observed disagreement: 0.00000',
        'expected disagreement: 0.00000',
        'alpha is undefined: every pairable value is “supports”: with no variation, agreement cannot be told apart from chance',
        'undefined',
        '',
      ].join('\n'),
    )
  })

  it('prints "undefined" when no unit was coded twice', () => {
    const { status, stdout } = npm(['--level', 'interval', file('single.csv', 'u,1,2\nA,1,\nB,,2\n')])
    expect(status).toBe(0)
    expect(stdout).toContain('alpha is undefined: no unit was coded by two or more coders')
    expect(lastLine(stdout)).toBe('undefined')
  })

  it('refuses a malformed file on stderr, each problem with its line, with a non-zero exit and nothing on stdout', () => {
    const bad = file('bad.csv', 'coder,u1,u2,u1\nA,1,2,3\nB,1,x\nA,1,2,3\n')
    const { status, stdout, stderr } = npm(['--level', 'interval', bad])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        `${bad}: line 1: unit id "u1" appears twice in the header (columns 2 and 4); each unit needs its own id`,
        `${bad}: line 3: 3 cells, but the header has 4: each row needs the coder’s name, then one cell per unit (empty for no value)`,
        `${bad}: line 4: coder "A" already has a row (line 2); give each coder one row`,
        '',
      ].join('\n'),
    )
  })

  it('refuses non-numbers at a numeric level, naming the line and the unit', () => {
    const { status, stderr } = npm(['--level', 'ordinal', file('words.csv', 'c,a,b\nA,1,2\nB,1,high\n')])
    expect(status).toBe(1)
    expect(stderr).toContain(
      'words.csv: line 3: unit "b" (column 3): "high" is not a number; at the ordinal level every value must be a number',
    )
  })

  it.each([
    [
      'an empty file',
      () => ['--level', 'nominal', file('empty.csv', '')],
      1,
      'empty.csv: line 1: the file is empty',
    ],
    [
      'a missing file',
      () => ['--level', 'nominal', path.join(scratch, 'nope.csv')],
      1,
      'nope.csv: no such file',
    ],
    [
      'a binary file',
      () => ['--level', 'nominal', file('binary.csv', Buffer.from([0x89, 0x50, 0x00, 0x01]))],
      1,
      'binary.csv: this looks like a binary file',
    ],
    [
      'a file that is not UTF-8',
      () => ['--level', 'nominal', file('latin1.csv', Buffer.from('c,u\nJos\xe9,1\n', 'latin1'))],
      1,
      'latin1.csv: the text is not valid UTF-8 (byte 0xe9 at offset 7)',
    ],
    ['no level', () => [fixture], 2, '(--level is required)'],
    [
      'an unknown level',
      () => ['--level', 'binary', fixture],
      2,
      '(the level "binary" is not one of nominal, ordinal, interval, ratio)',
    ],
    ['two files', () => ['--level', 'nominal', fixture, fixture], 2, '(expected one file, got 2)'],
  ])('refuses %s', (_name, args, code, message) => {
    const { status, stdout, stderr } = npm(args())
    expect(status).toBe(code)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })
})
