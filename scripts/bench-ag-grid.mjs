// The benchmark's peer: AG Grid Community, given the same synthetic story's statements as
// the app (flattened the same way: one row per statement with its camp, speaker, stance
// and source resolved), in one grid with the same columns, and timed the same way in the
// same Chromium: from the click or keydown until the DOM has changed and a frame painted.
// Served by a small static server on a loopback port; nothing of it ships with the app.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { freePort } from './next-server.mjs'

const require = (name) => path.join(process.cwd(), 'node_modules', name)
export const agGridVersion = () =>
  JSON.parse(readFileSync(require('ag-grid-community/package.json'), 'utf8')).version

// Runs in the page: builds the rows and the grid, then signals readiness.
const PAGE_SCRIPT = `
const STANCES = ['supports', 'mixed', 'neutral', 'rejects']
const rank = Object.fromEntries(STANCES.map((s, i) => [s, i]))
agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule])
// The story stays loaded, source texts and all, as the app keeps it for its evidence view.
window.story = await (await fetch('/story.json')).json()
const rowData = buildRows(window.story)
function buildRows(story) {
const camps = new Map(story.perspectives.map((p, i) => [p.id, { label: p.label, index: i }]))
const sources = new Map(story.sources.map((s) => [s.id, s]))
return story.statements.map((st) => {
  const source = sources.get(st.source)
  return {
    id: st.id,
    perspective: camps.get(st.perspective).label,
    perspectiveIndex: camps.get(st.perspective).index,
    speaker: st.speaker.name,
    role: st.speaker.role,
    kind: st.kind,
    statement: st.text,
    // A statement with no stance on the question (the story has further claims) has none here.
    stance: st.stance?.value ?? '',
    stanceLabel: st.stance?.label ?? '',
    attribution: st.attribution,
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    url: source.url,
    caveats: st.caveats.join(' | '),
    anchorStart: st.anchor.start,
    anchorEnd: st.anchor.end,
    review: st.review ?? 'reviewed',
  }
})
}
const hidden = (field) => ({ field, hide: true })
const grid = agGrid.createGrid(document.getElementById('grid'), {
  rowData,
  getRowId: (p) => p.data.id,
  animateRows: false,
  // Quick-filter text cached per row: AG Grid's own option for large grids, the
  // counterpart of the app's prepared search text.
  cacheQuickFilter: true,
  columnDefs: [
    { field: 'perspective', comparator: (a, b, na, nb) => na.data.perspectiveIndex - nb.data.perspectiveIndex },
    { field: 'speaker', headerName: 'Speaker', getQuickFilterText: (p) => p.data.speaker + ' ' + (p.data.role ?? '') },
    { field: 'statement', headerName: 'Statement', flex: 2, wrapText: true, autoHeight: true },
    {
      field: 'stance',
      headerName: 'Stance',
      // On the codebook's scale, as the app sorts it: supports < mixed < neutral < rejects.
      comparator: (a, b) => rank[a] - rank[b],
      valueFormatter: (p) => p.data.stanceLabel,
      getQuickFilterText: (p) => p.data.stanceLabel,
    },
    { field: 'date', headerName: 'Source', valueFormatter: (p) => p.data.publisher + ', ' + p.value,
      getQuickFilterText: (p) => p.data.attribution + ' ' + p.data.caveats },
    ...['role', 'kind', 'stanceLabel', 'attribution', 'publisher', 'title', 'url', 'caveats',
      'anchorStart', 'anchorEnd', 'review'].map(hidden),
  ],
  onModelUpdated: (e) => {
    document.getElementById('count').textContent =
      e.api.getDisplayedRowCount() + ' of ' + rowData.length + ' statements'
  },
})
window.grid = grid
document.getElementById('q').addEventListener('input', (e) => grid.setGridOption('quickFilterText', e.target.value))
// CSV of every row as a file, as the app's "Export all (CSV)" does: text, a Blob, a download.
document.getElementById('export').addEventListener('click', () => {
  const text = grid.getDataAsCsv({ allColumns: true })
  const url = URL.createObjectURL(new Blob(['\\uFEFF', text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = 'ag-grid.csv'
  document.body.append(link)
  link.click()
  link.remove()
})
requestAnimationFrame(() => performance.mark('workspace-ready'))
`

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>AG Grid peer</title>
<script src="/ag-grid-community.min.js"></script></head><body style="margin:0;font:14px sans-serif">
<input id="q" type="search" aria-label="Search statements"> <button id="export">Export all (CSV)</button>
<p id="count" aria-live="polite"></p><div id="grid" style="height:720px"></div>
<script type="module">${PAGE_SCRIPT}</script></body></html>`

/** Serves the peer page and the story file; returns its base URL and a stop. */
export async function startAgGridPage(storyFile) {
  // Anchors are found at build time in the app; the peer gets them ready-made.
  const story = JSON.parse(readFileSync(storyFile, 'utf8'))
  const texts = new Map(story.sources.map((source) => [source.id, source.text]))
  for (const st of story.statements) {
    const start = texts.get(st.source).indexOf(st.text)
    st.anchor = { start, end: start + st.text.length }
  }
  const storyJson = JSON.stringify(story)
  const files = {
    '/': ['text/html', () => PAGE_HTML],
    '/ag-grid-community.min.js': [
      'text/javascript',
      () => readFileSync(require('ag-grid-community/dist/ag-grid-community.min.js')),
    ],
    '/story.json': ['application/json', () => storyJson],
  }
  const server = createServer((req, res) => {
    const file = files[req.url]
    if (!file) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]())
  })
  const port = await freePort()
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

/** Clicks a column header; resolves when its aria-sort changed and a frame painted. */
export async function agSortInPage(colId) {
  const th = document.querySelector(`.ag-header-cell[col-id="${colId}"]`)
  const before = th.getAttribute('aria-sort')
  const t0 = performance.now()
  th.querySelector('.ag-header-cell-label').click()
  await new Promise((resolve) => {
    const check = () => (th.getAttribute('aria-sort') !== before ? resolve() : requestAnimationFrame(check))
    check()
  })
  await new Promise((r) => requestAnimationFrame(() => r()))
  return performance.now() - t0
}
