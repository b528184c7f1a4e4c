import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { checkStory } from '../lib/story/story-check'

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

  it('adds the article to a stored story as a new source with draft statements, and never twice', () => {
    const env = storeEnv()
    expect(run('stories-import.ts', [seedFile], undefined, env).status).toBe(0)
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
    expect(first.stdout).toContain(
      'Updated story "pakistan-afghanistan-militancy-2023": source "no-talks" with 6 draft statements',
    )
    const { file, text: written } = exported(env, 'pakistan-afghanistan-militancy-2023')
    const story = checkStory(file, written)
    const drafts = story.statements.filter((s) => s.review === 'draft')
    expect(drafts).toHaveLength(6)
    expect(drafts.every((s) => s.source === 'no-talks' && s.stance.value === 'neutral')).toBe(true)
    // Achakzai's title carries "Minister", one of the officials' match words.
    expect(drafts[0]).toMatchObject({ perspective: 'pakistani-officials', speaker: { name: 'Jan Achakzai' } })
    // The seven coded statements are untouched.
    expect(story.statements.filter((s) => s.review === undefined)).toHaveLength(7)

    const again = run('import.ts', args, undefined, env)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('already has this article, as source no-talks; nothing was changed')
    expect(exported(env, 'pakistan-afghanistan-militancy-2023').text).toBe(written)
  })

  it('creates a story that does not exist yet', () => {
    const env = storeEnv()
    const { status } = run(
      'import.ts',
      [article, '--story', 'balochistan', '--question', 'Talks can end the violence.'],
      undefined,
      env,
    )
    expect(status).toBe(0)
    const { text } = exported(env, 'balochistan')
    const story = checkStory('balochistan.json', text)
    expect(story.perspectives.map((p) => p.id)).toEqual(['unassigned'])
    expect(story.question).toBe('Talks can end the violence.')
  })

  it('writes nothing when the input is bad', () => {
    const env = storeEnv()
    const bad = run('import.ts', [article, '--story', 'fresh', '--date', 'last week'], undefined, env)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe(
      'The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got "last week")\n',
    )
    const out = scratch()
    expect(run('stories-export.ts', ['--out', out], undefined, env).status).toBe(0)
    expect(readdirSync(out)).toEqual([])
  })
})
