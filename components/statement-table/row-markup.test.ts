import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { loadStoriesFrom } from '@/lib/files/load-stories'
import { columnIdsFor } from './column-cells'
import { RowActionsContext } from './row-actions'
import { StatementRowView } from './table-frame'
import { statementRows } from '@/lib/view/view-model'

/**
 * The story page renders every statement row on each request, so a row's markup is its
 * cost: its repeated parts carry short component classes (app/globals.css), not long
 * utility strings. Before, a seed row weighed 3.6 to 4.7 KB, a class attribute up to 339
 * characters (docs/benchmarks.md, "A lighter story page").
 */
const [seed] = loadStoriesFrom(path.join(__dirname, '..', '..', 'data', 'stories'))
const rows = statementRows(seed!)
const css = readFileSync(path.join(__dirname, '..', '..', 'app', 'globals.css'), 'utf8')

// A camp's table, as the seed story's page shows it: no Perspective column, and one source.
function rowMarkup(index: number) {
  const row = createElement(StatementRowView, { row: rows[index]!, columns: columnIdsFor(false, false) })
  // As on the page: the row's Actions menu shows when the workspace provides its actions.
  const provided = createElement(RowActionsContext.Provider, { value: { showInSource: () => {} } }, row)
  return renderToStaticMarkup(createElement('table', null, createElement('tbody', null, provided)))
}

describe('a statement row’s markup', () => {
  it('keeps every class attribute short and every row under 3 KB, for every seed statement', () => {
    expect(rows.length).toBeGreaterThan(0)
    rows.forEach((_, index) => {
      const html = rowMarkup(index)
      const classes = [...html.matchAll(/class="([^"]*)"/g)].map((m) => m[1]!)
      for (const value of classes) expect(value.length, value).toBeLessThanOrEqual(80)
      expect(html.length).toBeLessThan(3000)
    })
  })

  it('loses nothing: speaker, role, statement, attribution, caveats, stance and the Actions menu', () => {
    const index = rows.findIndex((row) => row.caveats.length > 0 && row.role)
    const row = rows[index]!
    const html = rowMarkup(index)
    const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    for (const part of [row.speaker, row.role!, row.text, row.attribution, ...row.caveats])
      expect(html).toContain(text(part))
    expect(html).toContain(`${row.caveats.length} caveat`)
    expect(html).toMatch(/class="stance-bar stance-badge /)
    expect(html).toContain(`aria-label="Actions for this statement by ${text(row.speaker)}"`)
    expect(html).toContain(`id="s-${row.id}"`)
  })

  it('uses only component classes that app/globals.css defines', () => {
    const html = rows.map((_, index) => rowMarkup(index)).join('')
    const named = new Set(
      [...html.matchAll(/class="([^"]*)"/g)]
        .flatMap((m) => m[1]!.split(' '))
        .filter((c) => !/[:[\]]|\d/.test(c)),
    )
    for (const name of [
      'statement-row',
      'speaker-link',
      'row-note',
      'caveat-list',
      'caveat-mark',
      'caveat-icon',
      'row-actions',
      'stance-badge',
    ]) {
      expect(named.has(name), name).toBe(true)
      expect(css).toMatch(new RegExp(`\\.${name}\\b[^{]*\\{`))
    }
  })
})
