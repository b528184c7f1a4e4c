import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * A message that sends someone to the README or to docs/ must name a section that is
 * there: `see docs/operations.md, "Backups"`, `see the README, "Test it"`, or a link
 * with an anchor (`docs/operations.md#backups`). The same for the links between the
 * README and docs/, and their images. Headings are matched as written (a message quotes
 * the heading), anchors as GitHub makes them.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8')

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name)
    if (name === 'node_modules' || name.startsWith('.') || name === '__fixtures__') return []
    if (statSync(path.join(root, rel)).isDirectory()) return walk(rel, keep)
    return keep(name) ? [rel] : []
  })
}

/** The code that can print or show a message (tests only repeat them). */
const CODE = [
  ...['app', 'components', 'lib', 'scripts'].flatMap((dir) =>
    walk(dir, (name) => /\.(ts|tsx|mts|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)),
  ),
  ...['proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'drizzle.config.ts', 'server.mjs'].filter((file) =>
    existsSync(path.join(root, file)),
  ),
]
const DOCS = [
  'README.md',
  ...walk('docs', (name) => name.endsWith('.md')).map((f) => f.split(path.sep).join('/')),
]

/** Heading texts of a markdown file, outside code blocks, without inline markup. */
function headings(markdown: string): string[] {
  let fenced = false
  const found: string[] = []
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading) found.push(heading[1]!.replace(/[`*_]/g, ''))
  }
  return found
}

/** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const heading of headings(markdown)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    result.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return result
}

type Reference = { from: string; file: string; heading?: string; anchor?: string }

/** `README` or `docs/x.md`, then a quoted heading within a few words, or `#anchor`. */
const MENTION = /\b(README(?:\.md)?|docs\/[\w.-]+\.md)(?:#([\w-]+)|[^"“\n]{0,24}["“]([^"”\n]+)["”])?/g

function references(file: string, text: string): Reference[] {
  return [...text.matchAll(MENTION)].map((match) => ({
    from: file,
    file: match[1]!.startsWith('README') ? 'README.md' : match[1]!,
    anchor: match[2],
    heading: match[3],
  }))
}

/** Links in the README and docs: to a file of the repository, to an anchor, or both. */
function links(file: string, text: string): Reference[] {
  const found: Reference[] = []
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z]+:/i.test(target!)) continue
    const [relative, anchor] = target!.split('#')
    const resolved = relative
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), relative))
      : file
    found.push({ from: file, file: resolved, anchor })
  }
  return found
}

function problem(ref: Reference): string | undefined {
  const where = `${ref.from} → ${ref.file}${ref.anchor ? `#${ref.anchor}` : ''}${ref.heading ? `, "${ref.heading}"` : ''}`
  if (!existsSync(path.join(root, ref.file))) return `${where}: no such file`
  if (!ref.file.endsWith('.md')) return undefined
  const markdown = read(ref.file)
  if (ref.heading && !headings(markdown).includes(ref.heading)) return `${where}: no such heading`
  if (ref.anchor && !anchors(markdown).has(ref.anchor)) return `${where}: no such anchor`
  return undefined
}

describe('sections named by messages and links', () => {
  it('reads headings and anchors as GitHub shows them', () => {
    const sample = '# Run it\n```\n# not a heading\n```\n## `npm test`, step by step\n## Run it\n'
    expect(headings(sample)).toEqual(['Run it', 'npm test, step by step', 'Run it'])
    expect([...anchors(sample)]).toEqual(['run-it', 'npm-test-step-by-step', 'run-it-1'])
    expect(references('x.ts', `'see docs/operations.md, "Backups", or the README.'`)).toEqual([
      { from: 'x.ts', file: 'docs/operations.md', heading: 'Backups', anchor: undefined },
      { from: 'x.ts', file: 'README.md', heading: undefined, anchor: undefined },
    ])
  })

  it('every message in the code that points to the README or docs/ names a section that exists', () => {
    const refs = CODE.flatMap((file) => references(file, read(file)))
    // The scan finds the messages (the store's lock names its section), so an empty pass means nothing.
    expect(refs.some((ref) => ref.heading || ref.anchor)).toBe(true)
    expect(refs.map(problem).filter(Boolean)).toEqual([])
  })

  it('every link of the README and docs/ leads to a file, and to a heading that exists', () => {
    const refs = DOCS.flatMap((file) => links(file, read(file)))
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.map(problem).filter(Boolean)).toEqual([])
  })
})
