import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * What the story page's first load may carry. The browser code of every client component
 * that app/stories/[slug]/page.tsx renders is one bundle, loaded with the page
 * (`npm run size` weighs it); what only a later view or a click needs loads through
 * `import()` or React's lazy. This follows the static value imports from the page's client
 * components (type-only imports and `import()` load nothing) and names what must stay out.
 */

const root = fileURLToPath(new URL('..', import.meta.url))

const ENTRIES = [
  'components/story-workspace/static-story-workspace.tsx',
  'components/story-workspace/story-workspace-loader.tsx',
  'components/story-workspace/large-story-workspace.tsx',
]

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? path.join(path.dirname(from), spec)
      : null
  if (base === null) return null
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const candidate = path.normalize(base + ext)
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate
  }
  throw new Error(`${from}: cannot resolve ${spec}`)
}

/** A file's static value imports and re-exports: what the bundler must load with it. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
  )
  const specs: string[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      if (clause?.isTypeOnly) continue
      const named = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.every((element) => element.isTypeOnly)
      if (!onlyTypes) specs.push((statement.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specs.push((statement.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return specs
}

/** Every project file and package the entries load statically, as "file" or "package:name". */
function firstLoad(): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const spec of valueImports(file)) {
      const target = resolve(file, spec)
      if (target === null) seen.add(`package:${spec}`)
      else visit(target)
    }
  }
  for (const entry of ENTRIES) visit(entry)
  return seen
}

describe("the story page's first load", () => {
  const loaded = firstLoad()

  it('is read from the real files: the static tables, their row actions and the stance spread', () => {
    expect(loaded).toContain(path.normalize('components/statement-table/static-statement-table.tsx'))
    expect(loaded).toContain(path.normalize('components/statement-table/row-actions.tsx'))
    expect(loaded).toContain(path.normalize('components/story-workspace/stance-spread.tsx'))
    expect(loaded).toContain('package:react')
  })

  it('leaves out the interactive workspace, the table library, the URL parsers and the views not shown first', () => {
    const packages = [...loaded].filter((name) => name.startsWith('package:'))
    expect(packages.filter((name) => /^package:(nuqs|next\/dynamic|@tanstack\/|d3-)/.test(name))).toEqual([])
    const late = [
      'components/story-workspace/story-workspace.tsx',
      'components/story-workspace/matrix-view.tsx',
      'components/story-workspace/claim-matrix-view.tsx',
      'components/timeline/timeline-view.tsx',
      // The URL's parsers (nuqs); the server parses the query for the static view.
      'lib/view/url-state.ts',
      // Sorting and its speaker-name key: the server sorts the static tables and says
      // whether a sort ties on every row.
      'lib/view/sort.ts',
      'lib/view/speaker-key.ts',
      'lib/view/timeline.ts',
      // Loaded when a row's menu first opens, or on the first export.
      'lib/export/citation.ts',
      'components/export-csv.ts',
      'lib/export/csv.ts',
    ].map(path.normalize)
    expect(late.filter((file) => loaded.has(file))).toEqual([])
  })
})
