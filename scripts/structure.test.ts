import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The project's shape, held by a test: imports go one way (lib never reaches into
 * components or app; the statement table never reaches into the workspace around it),
 * there are no import cycles, and no file of lib/ or components/ grows past 300 lines.
 * The graph comes from the TypeScript compiler's own import scanner.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx']

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name)
    if (name === 'node_modules' || name.startsWith('.') || name === '__fixtures__') return []
    if (statSync(path.join(root, rel)).isDirectory()) return walk(rel)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : []
  })
}

const files = ['app', 'components', 'lib'].flatMap(walk)

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? path.join(path.dirname(from), spec)
      : null
  if (base === null) return null
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = path.normalize(base + ext)
    if (files.includes(candidate)) return candidate
  }
  return null
}

const graph = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true)
    const targets = importedFiles.map((ref) => resolve(file, ref.fileName)).filter((t) => t !== null)
    return [file, [...new Set(targets)]] as const
  }),
)

const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => [from, to] as const))

describe('the import graph', () => {
  it('is read from the real files', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(graph.get(path.join('components', 'story-workspace', 'story-workspace.tsx'))).toContain(
      path.join('components', 'story-workspace', 'workspace-view.tsx'),
    )
  })

  it('has no cycle', () => {
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('goes one way: lib never imports components or app; the table never imports the workspace', () => {
    const wrong = edges.filter(
      ([from, to]) =>
        (from.startsWith('lib') && (to.startsWith('components') || to.startsWith('app'))) ||
        (from.startsWith('components') && to.startsWith('app')) ||
        (from.startsWith(path.join('components', 'statement-table')) &&
          to.startsWith(path.join('components', 'story-workspace'))),
    )
    expect(wrong).toEqual([])
  })

  it('keeps the store behind pages, routes, the tools and the commands: components and the rest of lib never import it', () => {
    const store = path.join('lib', 'store')
    const wrong = edges.filter(
      ([from, to]) =>
        to.startsWith(store) &&
        (from.startsWith('components') ||
          // lib/auth reads sessions and accounts from the store, for pages and routes; lib/admin
          // runs the command-line tools' commands on it, in the tool or in the app; lib/commands
          // writes through it.
          (from.startsWith('lib') &&
            !from.startsWith(store) &&
            !from.startsWith(path.join('lib', 'auth')) &&
            !from.startsWith(path.join('lib', 'admin')) &&
            !from.startsWith(path.join('lib', 'commands')))),
    )
    expect(wrong).toEqual([])
  })
})

describe('one write path', () => {
  const commands = path.join('lib', 'commands')
  const serverOnly = files.filter(
    (file) =>
      file.startsWith(commands) &&
      /import '\.{1,2}(\/\.\.)?\/server-only'/.test(readFileSync(path.join(root, file), 'utf8')),
  )
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>()
    const walk = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const next of graph.get(file) ?? []) walk(next)
    }
    walk(start)
    return seen
  }

  it('keeps the commands out of the browser: no component or client module reaches a server-only one', () => {
    expect(serverOnly.length).toBeGreaterThan(10)
    const browser = files.filter(
      (file) =>
        file.startsWith('components') ||
        /^['"]use client['"]/.test(readFileSync(path.join(root, file), 'utf8')),
    )
    const leaks = browser.flatMap((file) =>
      [...reach(file)].filter((to) => serverOnly.includes(to)).map((to) => `${file} → ${to}`),
    )
    expect(leaks).toEqual([])
  })

  it('keeps the store to connection, lock, schema, migrations and reads: it never imports a command, nor writes', () => {
    const store = path.join('lib', 'store')
    // Its tests may set a store up through the commands; its code never does.
    expect(
      edges.filter(
        ([from, to]) =>
          from.startsWith(store) && !/(\.test|\/testing)\.ts$/.test(from) && to.startsWith(commands),
      ),
    ).toEqual([])
    const writing = files.filter(
      (file) =>
        file.startsWith(store) &&
        !/\.test\.ts$/.test(file) &&
        !/\/testing\.ts$/.test(file) &&
        /\.insert\(|\.(update|delete)\((t\.|changes|reviews|reviewDrafts|speakerAliases|auth[A-Z])/.test(
          readFileSync(path.join(root, file), 'utf8'),
        ),
    )
    expect(writing).toEqual([])
  })

  it('has every fetch of the browser go through the one typed client', () => {
    const fetching = files.filter(
      (file) =>
        (file.startsWith('components') || file.startsWith(path.join('lib', 'edits'))) &&
        /\bfetch\(/.test(readFileSync(path.join(root, file), 'utf8')),
    )
    // Reading a large story's rows is a read of a data file, not a write.
    expect(fetching.filter((file) => !/story-workspace|timeline/.test(file))).toEqual([])
  })
})

describe('sign-in and roles stay on the server', () => {
  it('components never import lib/auth: pages and route handlers check, and pass what is needed down', () => {
    const wrong = edges.filter(
      ([from, to]) => from.startsWith('components') && to.startsWith(path.join('lib', 'auth')),
    )
    expect(wrong).toEqual([])
  })
})

describe('file size', () => {
  it('keeps every file of lib/ and components/ at 300 lines or fewer (tests aside)', () => {
    const long = files
      .filter((file) => /^(lib|components)/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => [file, readFileSync(path.join(root, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300)
    expect(long).toEqual([])
  })

  it('keeps lib/’s top level to folders by job', () => {
    const loose = readdirSync(path.join(root, 'lib')).filter(
      (name) => !statSync(path.join(root, 'lib', name)).isDirectory(),
    )
    expect(loose).toEqual([])
  })
})
