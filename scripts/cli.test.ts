import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkStory } from '../lib/story/story-check'

/** The command-line tools as a user runs them: a real process, its streams and exit code. */
const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = path.join(root, 'node_modules/.bin/tsx')
const run = (script: string, args: string[], input?: Buffer) => {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const scratch = () => mkdtempSync(path.join(tmpdir(), 'reader-cli-'))
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
  const seed = readFileSync(path.join(root, 'data/stories/pakistan-afghanistan-militancy-2023.json'), 'utf8')

  it('adds the article to a story as a new source with draft statements, and never twice', () => {
    const dir = scratch()
    const file = path.join(dir, 'pakistan-afghanistan-militancy-2023.json')
    writeFileSync(file, seed)
    const args = [
      article,
      '--story',
      'pakistan-afghanistan-militancy-2023',
      '--stories-dir',
      dir,
      '--title',
      'No talks',
      '--date',
      '2023-11-01',
    ]
    const first = run('import.ts', args)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const written = readFileSync(file, 'utf8')
    const story = checkStory(file, written)
    const drafts = story.statements.filter((s) => s.review === 'draft')
    expect(drafts).toHaveLength(6)
    expect(drafts.every((s) => s.source === 'no-talks' && s.stance.value === 'neutral')).toBe(true)
    // Achakzai's title carries "Minister", one of the officials' match words.
    expect(drafts[0]).toMatchObject({ perspective: 'pakistani-officials', speaker: { name: 'Jan Achakzai' } })
    // The seven coded statements are untouched.
    expect(story.statements.filter((s) => s.review === undefined)).toHaveLength(7)

    const again = run('import.ts', args)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('already has this article, as source no-talks; nothing was changed')
    expect(readFileSync(file, 'utf8')).toBe(written)
  })

  it('creates a story that does not exist yet', () => {
    const dir = scratch()
    const { status } = run('import.ts', [
      article,
      '--story',
      'balochistan',
      '--stories-dir',
      dir,
      '--question',
      'Talks can end the violence.',
    ])
    expect(status).toBe(0)
    const story = checkStory('balochistan.json', readFileSync(path.join(dir, 'balochistan.json'), 'utf8'))
    expect(story.perspectives.map((p) => p.id)).toEqual(['unassigned'])
    expect(story.question).toBe('Talks can end the violence.')
  })

  it('writes nothing when the story file is already invalid, or the input is bad', () => {
    const dir = scratch()
    const file = path.join(dir, 'broken.json')
    const broken = seed.replace('"perspective": "taliban"', '"perspective": "talibans"')
    writeFileSync(file, broken)
    const result = run('import.ts', [article, '--story', 'broken', '--stories-dir', dir])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'statement taliban-soil: perspective "talibans" is not a perspective of this story',
    )
    expect(readFileSync(file, 'utf8')).toBe(broken)

    const bad = run('import.ts', [article, '--story', 'fresh', '--stories-dir', dir, '--date', 'last week'])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe(
      'The source’s date must be written as YYYY-MM-DD, for example 2023-12-16, or "unknown" (got "last week")\n',
    )
    expect(readdirSync(dir)).toEqual(['broken.json'])

    const nowhere = run('import.ts', [
      article,
      '--story',
      'fresh',
      '--stories-dir',
      path.join(dir, 'missing'),
    ])
    expect(nowhere.status).toBe(2)
    expect(nowhere.stderr).toBe(`${path.join(dir, 'missing')}: no such folder for stories\n`)
  })
})
