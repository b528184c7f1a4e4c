import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/** The command-line tools as a user runs them: a real process, its streams and exit code. */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const run = (script: string, args: string[], input?: Buffer, env?: Record<string, string>) => {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const scratches: string[] = []
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-cli-'))
  scratches.push(dir)
  return dir
}
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const article = path.join(root, 'eval/articles/03-balochistan-talks.txt')

describe('npm run extract', () => {
  it('prints the drafted statements as JSON on stdout', () => {
    const { status, stdout, stderr } = run('extract.ts', [article])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const { statements } = JSON.parse(stdout) as {
      statements: { speaker: string; text: string; start: number; end: number }[]
    }
    const text = readFileSync(article, 'utf8')
    expect(statements.length).toBe(6)
    expect(statements[0]).toMatchObject({
      speaker: 'Jan Achakzai',
      role: 'Caretaker Information Minister',
      kind: 'paraphrase',
    })
    for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it('reads standard input for "-"', () => {
    const { status, stdout } = run(
      'extract.ts',
      ['-'],
      Buffer.from('"We will respond," said Ali Khan, a minister.'),
    )
    expect(status).toBe(0)
    expect(JSON.parse(stdout).statements).toHaveLength(1)
  })

  it.each([
    ['a missing file', () => ['no-such-article.txt'], undefined, 'no-such-article.txt: no such file'],
    ['an empty file', () => ['-'], Buffer.alloc(0), 'standard input: the file is empty'],
    [
      'binary input',
      () => ['-'],
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'this looks like a binary file',
    ],
    [
      'non-UTF-8 input',
      () => ['-'],
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'not valid UTF-8 (byte 0xe9 at offset 3)',
    ],
    [
      'input over 1 MB',
      () => ['-'],
      Buffer.alloc(1_000_001, 0x61),
      'the file is 1,000,001 bytes; the limit is 1,000,000 bytes (1 MB)',
    ],
  ])('refuses %s on stderr with a non-zero exit and nothing on stdout', (_name, args, input, message) => {
    const { status, stdout, stderr } = run('extract.ts', args(), input)
    expect(status).not.toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })
})

describe('npm run import', () => {
  const seedFile = path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json')
  // Each test its own store, in a fresh PGlite folder.
  const storeEnv = () => ({ PGLITE_DIR: path.join(scratch(), 'db') })
  const exported = (env: Record<string, string>, id: string) => {
    const out = scratch()
    expect(run('stories-export.ts', [id, '--out', out], undefined, env).status).toBe(0)
    const file = path.join(out, `${id}.json`)
    return { file, text: readFileSync(file, 'utf8') }
  }

  it('starts a review of the article, printing where an editor finishes it; the story is unchanged', () => {
    const env = { ...storeEnv(), APP_URL: 'https://reader.example' }
    expect(run('stories-import.ts', [seedFile], undefined, env).status).toBe(0)
    const before = exported(env, 'pakistan-afghanistan-militancy-2023').text
    const args = [
      article,
      '--story',
      'pakistan-afghanistan-militancy-2023',
      '--title',
      'No talks',
      '--date',
      '2023-11-01',
    ]
    const first = run('import.ts', args, undefined, env)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(
      /^Started a review of the article for story "pakistan-afghanistan-militancy-2023": 6 drafted statements, none in the story yet\.\nAn editor reviews each one and saves it to the story at:\nhttps:\/\/reader\.example\/stories\/pakistan-afghanistan-militancy-2023\/reviews\/[0-9a-f-]{36}\n$/,
    )
    // Drafts never enter the story's statements from the command line.
    expect(exported(env, 'pakistan-afghanistan-militancy-2023').text).toBe(before)

    const again = run('import.ts', args, undefined, env)
    expect(again.status).toBe(1)
    const url = /https:\S+/.exec(first.stdout)![0]
    expect(again.stderr).toBe(
      `This article is already being reviewed for this story: finish that review.\nIt is at ${url}\n`,
    )
  })

  it('refuses a story that is not in the store, saying where to start one', () => {
    const env = { ...storeEnv(), APP_URL: 'https://reader.example' }
    const { status, stderr } = run('import.ts', [article, '--story', 'balochistan'], undefined, env)
    expect(status).toBe(1)
    expect(stderr).toBe(
      'There is no story "balochistan" in the store. Start it in the browser at https://reader.example/import, or import its file with "npm run stories:import".\n',
    )
  })

  it('writes nothing when the input is bad', () => {
    const env = storeEnv()
    const bad = run('import.ts', [article, '--story', 'fresh', '--date', 'last week'], undefined, env)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe(
      'The source’s date must be a real day, written as year-month-day (for example 2023-12-16).\n',
    )
    const out = scratch()
    expect(run('stories-export.ts', ['--out', out], undefined, env).status).toBe(0)
    expect(readdirSync(out)).toEqual([])
  })
})
