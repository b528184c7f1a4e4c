#!/usr/bin/env node
// Benchmark of the story page at scale. For each size it generates a synthetic story,
// builds the app against it (in .next-bench, never touching .next), serves it, and drives
// Debian's Chromium through Playwright the way an analyst would, several runs each. The
// peer, AG Grid Community (scripts/bench-ag-grid.mjs), gets the same statements in the same
// Chromium, its runs taking turns with the app's. It prints medians, the app's beside the
// peer's with their ratio, and writes bench-results.json.
//
//   npm run bench                               sizes 1000, 10000 and 50000
//   npm run bench -- --statements 50000         one size (repeatable)
//   npm run bench -- --runs 7 --skip-build      more runs; reuse the last build of a size
//   npm run bench -- --timeline-only           only the Timeline view (first screen, brush)
//   npm run bench -- --claims 20               the stories' claims (20 by default)
//
// Each of the app's runs first reads, in a page of its own, when sort and search are
// usable (sortSearchUsable; the page's mark "sort-search-usable"): from navigation start
// until the first camp's table has answered a sort and then the search box has filtered,
// each tried as soon as it is drawn. "interactive" is later: the data's whole workspace.
//
// Every size also times the Timeline view: its first screen (navigation to the chart's
// marks and the first entries drawn) and a brush (a range end moved, to the chart and
// list redrawn). The machine's load average is recorded before and after each size.
//
// The stories are generated with claims (--claims, 20 by default): in the same run as the
// camp's Speaker sort, the app's runs also time changing the claim filter (the claim picker,
// to the statement count changed and painted) and opening the claim matrix (the Claims
// view, to its table drawn and painted: its first screen of claims; and to every claim
// with its speakers drawn, "complete"). Each is compared with that run's Speaker sort.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { nextBin, startNext } from './next-server.mjs'
import { agGridVersion, agSortInPage, startAgGridPage } from './bench-ag-grid.mjs'
import { kib, scriptWeight } from './page-weight.mjs'

const { values } = parseArgs({
  options: {
    statements: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    'timeline-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results.json' },
    claims: { type: 'string', default: '20' },
    // Another build folder than .next-bench-<N>, e.g. to measure an older build again.
    dist: { type: 'string' },
  },
})
const sizes = (values.statements ?? ['1000', '10000', '50000']).map(Number)
const runs = Number(values.runs)
const root = process.cwd()
const next = nextBin(root)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

// In-page helpers, run inside Chromium. Times are from the browser's own clock.
const IN_PAGE = {
  /** Click a header's sort button; resolve when aria-sort has changed and a frame painted. */
  sort: async ([tableName, column]) => {
    const table = [...document.querySelectorAll('table')].find((t) =>
      t.querySelector('caption')?.textContent?.startsWith(tableName),
    )
    const th = [...table.querySelectorAll('thead th')].find((h) => h.textContent.startsWith(column))
    const before = th.getAttribute('aria-sort')
    const t0 = performance.now()
    th.querySelector('button').click()
    await new Promise((resolve) => {
      const check = () => (th.getAttribute('aria-sort') !== before ? resolve() : requestAnimationFrame(check))
      check()
    })
    await new Promise((r) => requestAnimationFrame(() => r()))
    return performance.now() - t0
  },
}

/** The claim the runs pick: one in the middle of the story's further claims. */
const CLAIM = `claim-${Math.max(1, Math.floor(Number(values.claims) / 2))}`

/**
 * The app's claim interactions, after the others: the claim filter set from the picker,
 * from the change until the statement count has changed and a frame painted (and, as
 * "complete", until no camp table is still drawing its rows off screen); then, back
 * on the main claim, the Claims view opened, from the click until its table is drawn and
 * a frame painted.
 */
async function measureClaims(page) {
  const armCount = () =>
    page.evaluate(() => {
      const counter = [...document.querySelectorAll('p[aria-live]')].find((p) =>
        / of [\d,]+ statements/.test(p.textContent),
      )
      window.__before = counter.textContent
      window.__done = null
      window.__complete = null
      // A large story's camp tables draw the rows on screen with the count, and their
      // other rows after that, aria-busy meanwhile: "complete" waits for those too.
      const busy = () => document.querySelector('[role="group"][aria-busy="true"]') !== null
      const settle = () => {
        if (!busy()) requestAnimationFrame(() => (window.__complete = performance.now() - window.__t0))
        else requestAnimationFrame(settle)
      }
      const check = () => {
        if (counter.textContent !== window.__before) {
          requestAnimationFrame(() => (window.__done = performance.now() - window.__t0))
          settle()
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
  const waitDone = () =>
    page
      .waitForFunction(() => window.__done && window.__complete, null, { timeout: 30_000 })
      .then(() => page.evaluate(() => [window.__done, window.__complete]))
  const picker = page.getByRole('combobox', { name: 'Claim' })
  await armCount()
  await picker.evaluate((select, claim) => {
    window.__t0 = performance.now()
    select.value = claim
    select.dispatchEvent(new Event('change', { bubbles: true }))
  }, CLAIM)
  const [claimFilter, claimFilterComplete] = await waitDone()
  await page.waitForFunction((claim) => location.search.includes(`claim=${claim}`), CLAIM)
  // Back to the main claim, every statement, then the matrix.
  await armCount()
  await picker.evaluate((select) => {
    window.__t0 = performance.now()
    select.value = select.options[0].value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await waitDone()
  await page.waitForFunction(() => !location.search.includes('claim='))
  await page.waitForTimeout(300)
  const { claimMatrix, claimMatrixComplete } = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button[aria-pressed]')].find(
      (b) => b.textContent === 'Claims',
    )
    const drawn = () =>
      [...document.querySelectorAll('table caption')].some((c) => c.textContent.startsWith('Claims by camp'))
    // A large story draws the first screen's claims first, then the rest and the speakers.
    const complete = () =>
      document.querySelector('[data-testid="claim-matrix-region"]')?.getAttribute('aria-busy') === 'false'
    const painted = (test) =>
      new Promise((resolve) => {
        const check = () => (test() ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check))
        check()
      })
    const t0 = performance.now()
    button.click()
    await painted(drawn)
    const first = performance.now() - t0
    await painted(complete)
    return { claimMatrix: first, claimMatrixComplete: performance.now() - t0 }
  })
  return { claimFilter, claimFilterComplete, claimMatrix, claimMatrixComplete }
}

/**
 * Sort and search usable (the app only): from navigation start until the first camp's table
 * has answered a sort (its Speaker header's aria-sort set) and then the search box has
 * filtered (the statement count narrowed by "border"). Each control is tried as soon as it
 * is on the page, and again every 300 ms until it answers, as an impatient user would: a
 * control drawn but not yet working does not count. Read in a page of its own.
 */
async function measureUsable(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    window.__usable = null
    let sorted = false
    let lastTry = -Infinity
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    const tick = () => {
      const now = performance.now()
      const again = now - lastTry > 300
      if (!sorted) {
        const table = [...document.querySelectorAll('table')].find((t) => t.querySelector('caption'))
        const th =
          table && [...table.querySelectorAll('thead th')].find((h) => h.textContent.startsWith('Speaker'))
        if (th?.hasAttribute('aria-sort')) sorted = true
        else if (th && again) {
          lastTry = now
          th.querySelector('button')?.click()
        }
      } else {
        const box = document.getElementById('statement-search')
        const counter = [...document.querySelectorAll('p[aria-live]')].find((p) =>
          /^[\d,]+ of [\d,]+ statements$/.test(p.textContent),
        )
        if (box && counter) {
          const [shown, total] = counter.textContent.match(/[\d,]+/g).map((n) => Number(n.replace(/,/g, '')))
          if (shown < total && box.value === 'border') {
            performance.mark('sort-search-usable')
            window.__usable = now
            return
          }
          if (again) {
            lastTry = now
            setValue.call(box, 'border')
            box.dispatchEvent(new Event('input', { bubbles: true }))
          }
        }
      }
      setTimeout(tick, 10)
    }
    tick()
  })
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => window.__usable !== null, null, { timeout: 120_000, polling: 100 })
  const usable = await page.evaluate(() => window.__usable)
  // Whether the data's workspace had taken over by then (before this branch, it had to).
  const readyFirst = await page.evaluate(() => {
    const ready = performance.getEntriesByName('workspace-ready')[0]
    return ready !== undefined && ready.startTime <= window.__usable
  })
  await context.close()
  return { sortSearchUsable: usable, dataFirst: readyFirst ? 1 : 0 }
}

/** Loads a page (the app's story or the peer), then times each interaction in turn. */
async function measureRun(browser, url, sortBy, { claims = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.addInitScript(() => {
    window.__lcp = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime
    }).observe({ type: 'largest-contentful-paint', buffered: true })
    // The CSV is ready as a file once its Blob gets a URL: the app and the peer both do so.
    const createObjectURL = URL.createObjectURL.bind(URL)
    URL.createObjectURL = (blob) => {
      window.__blobAt = performance.now()
      return createObjectURL(blob)
    }
  })
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0, null, {
    timeout: 120_000,
  })
  const interactive = await page.evaluate(() => performance.getEntriesByName('workspace-ready')[0].startTime)
  // LCP is final once the user interacts; read it before the first click.
  await page.waitForTimeout(300)
  const lcp = await page.evaluate(() => window.__lcp)

  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20

  const sortText = await sortBy(page, 'speaker')
  const sortStance = await sortBy(page, 'stance')

  // Each keystroke of a word: from keydown to the statement count having changed, painted.
  const box = page.getByRole('searchbox', { name: 'Search statements' })
  await box.focus()
  const keystrokes = []
  for (const key of 'border') {
    await page.evaluate(() => {
      const counter = [...document.querySelectorAll('p[aria-live]')].find((p) =>
        / of [\d,]+ statements$/.test(p.textContent),
      )
      window.__before = counter.textContent
      window.__done = null
      document.addEventListener('keydown', () => (window.__t0 = performance.now()), {
        once: true,
        capture: true,
      })
      const check = () => {
        if (counter.textContent !== window.__before)
          requestAnimationFrame(() => (window.__done = performance.now() - window.__t0))
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    await page.keyboard.press(key)
    // A keystroke that leaves the count unchanged never resolves: cap the wait.
    const done = await page
      .waitForFunction(() => window.__done, null, { timeout: 5000 })
      .then((h) => h.jsonValue())
      .catch(() => null)
    if (done !== null) keystrokes.push(done)
  }
  await box.fill('')
  await page.waitForFunction(() => !location.search.includes('q='))
  await page.waitForTimeout(300)

  // CSV of every row: in the page, from the click until the file's Blob exists (exportCsv);
  // and from the test's side until the browser has written the download (exportCsvFile).
  await page.evaluate(() => {
    window.__blobAt = null
    document.addEventListener('click', () => (window.__t0 = performance.now()), { once: true, capture: true })
  })
  const t0 = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export all (CSV)' }).click(),
  ])
  await download.path()
  const exportCsvFile = Date.now() - t0
  const exportCsv = await page.evaluate(() => window.__blobAt - window.__t0)
  const claimTimes = claims ? await measureClaims(page) : null

  await context.close()
  return {
    lcp,
    interactive,
    sortText,
    sortStance,
    search: median(keystrokes),
    exportCsv,
    exportCsvFile,
    heap,
    ...(claimTimes ? { claims: claimTimes } : {}),
  }
}

/**
 * The Timeline view: from navigation start to the chart and the first entries drawn
 * (painted), then brushes: a range end moved by the keyboard (Page Up on the start
 * handle) and a drag across the chart, each from the input to the chart's description and
 * the list redrawn, painted.
 */
async function measureTimeline(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(() => {
    window.__chartAt = null
    const seen = () =>
      document.querySelector('svg [data-mark], svg [data-bin]') && document.querySelector('li[id^="t-"]')
    const observer = new MutationObserver(() => {
      if (window.__chartAt === null && seen())
        requestAnimationFrame(() => {
          window.__chartAt ??= performance.now()
        })
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${url}?view=timeline`)
  await page.waitForFunction(() => window.__chartAt !== null, null, { timeout: 120_000 })
  const firstScreen = await page.evaluate(() => window.__chartAt)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0)
  await page.waitForTimeout(500)

  const armBrush = (event) =>
    page.evaluate((type) => {
      const desc = document.getElementById('stance-chart-desc')
      window.__before = desc.textContent
      window.__done = null
      document.addEventListener(type, () => (window.__t0 = performance.now()), { once: true, capture: true })
      const check = () => {
        if (document.getElementById('stance-chart-desc').textContent !== window.__before)
          requestAnimationFrame(() => (window.__done = performance.now() - window.__t0))
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    }, event)
  const waitDone = () =>
    page
      .waitForFunction(() => window.__done, null, { timeout: 10_000 })
      .then((h) => h.jsonValue())
      .catch(() => null)

  const keyBrush = []
  const start = page.getByRole('slider', { name: 'Start of the date range' })
  for (let i = 0; i < 3; i++) {
    await start.focus()
    await armBrush('keydown')
    await page.keyboard.press('PageUp')
    const done = await waitDone()
    if (done !== null) keyBrush.push(done)
    await page.waitForTimeout(300)
  }
  // Back to every date, then a drag across the middle of the chart.
  await page.keyboard.press('Home')
  await page.waitForFunction(() => !location.search.includes('from='))
  await page.waitForTimeout(500)
  const dragBrush = []
  const area = page.getByTestId('chart-brush-area')
  const box = await area.boundingBox()
  await armBrush('pointerup')
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 })
  await page.mouse.up()
  const dragged = await waitDone()
  if (dragged !== null) dragBrush.push(dragged)
  const marks = await page.locator('svg [data-mark]').count()
  const bins = await page.locator('svg [data-bin]').count()
  await context.close()
  return {
    firstScreen,
    brushKey: median(keyBrush),
    brushDrag: median(dragBrush),
    afterBrush: { marks, bins },
  }
}

const METRICS = ['sortText', 'sortStance', 'search', 'exportCsv', 'exportCsvFile', 'heap']
const HEADER_TEXT = { speaker: 'Speaker', stance: 'Stance' }
/** The app: a header of the first camp's table (a quarter of the rows). */
const appSort = async (page, column) => {
  const firstTable = await page
    .locator('caption')
    .first()
    .evaluate((c) => c.childNodes[0].textContent)
  return page.evaluate(IN_PAGE.sort, [firstTable, HEADER_TEXT[column]])
}
const agSort = (page, column) => page.evaluate(agSortInPage, column === 'speaker' ? 'speaker' : 'stance')

const medians = (samples) =>
  Object.fromEntries(
    Object.keys(samples[0])
      .filter((k) => typeof samples[0][k] === 'number')
      .map((k) => [k, median(samples.map((s) => s[k]))]),
  )

const results = []
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  for (const size of sizes) {
    const storiesDir = path.join(os.tmpdir(), 'perspective-bench', String(size))
    const distDir = values.dist ?? `.next-bench-${size}`
    const env = {
      ...process.env,
      STORIES_DIR: storiesDir,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    if (!values['skip-build']) {
      rmSync(storiesDir, { recursive: true, force: true })
      execFileSync(
        process.execPath,
        [
          'scripts/generate-story.mjs',
          ...['--statements', String(size), '--out', storiesDir, '--claims', values.claims],
        ],
        { stdio: 'inherit' },
      )
      console.log(`building ${size}…`)
      execFileSync(next, ['build'], { env, stdio: 'ignore' })
    }
    const loadBefore = os.loadavg()
    const { base, stop } = await startNext(root, env)
    try {
      const slug = `synthetic-${size}`
      const timeline = []
      for (let i = 0; i < runs; i++) timeline.push(await measureTimeline(browser, `${base}/stories/${slug}`))
      const timelineMedian = {
        firstScreen: median(timeline.map((t) => t.firstScreen)),
        brushKey: median(timeline.map((t) => t.brushKey)),
        brushDrag: median(timeline.map((t) => t.brushDrag)),
      }
      if (values['timeline-only']) {
        results.push({
          statements: size,
          runs,
          timeline: { median: timelineMedian, samples: timeline },
          load: { before: loadBefore, after: os.loadavg() },
        })
        continue
      }
      const storyHtml = await (await fetch(`${base}/stories/${slug}`)).text()
      const bareHtml = await (await fetch(`${base}/no-such-page`)).text()
      const story = scriptWeight(storyHtml, path.join(root, distDir))
      const bare = scriptWeight(bareHtml, path.join(root, distDir))
      // The app and its peer take turns, so that the machine's noise falls on both alike.
      const peer = await startAgGridPage(path.join(storiesDir, `${slug}.json`))
      const samples = []
      const peerSamples = []
      try {
        for (let i = 0; i < runs; i++) {
          const usable = await measureUsable(browser, `${base}/stories/${slug}`)
          samples.push({
            ...(await measureRun(browser, `${base}/stories/${slug}`, appSort, { claims: true })),
            ...usable,
          })
          peerSamples.push(await measureRun(browser, peer.base, agSort))
          process.stdout.write('.')
        }
      } finally {
        peer.stop()
      }
      process.stdout.write('\n')
      const med = medians(samples)
      const agMedian = medians(peerSamples)
      const ratio = Object.fromEntries(METRICS.map((k) => [k, med[k] / agMedian[k]]))
      // The claim interactions, each beside the Speaker sort of its own run.
      const claimSamples = samples.map((s) => ({
        ...s.claims,
        sortText: s.sortText,
        claimFilterOverSort: s.claims.claimFilter / s.sortText,
        claimMatrixOverSort: s.claims.claimMatrix / s.sortText,
      }))
      results.push({
        statements: size,
        runs,
        htmlBytes: Buffer.byteLength(storyHtml),
        firstLoadJsGzip: story.gzip,
        bareFirstLoadJsGzip: bare.gzip,
        median: med,
        samples,
        agGrid: { version: agGridVersion(), median: agMedian, samples: peerSamples },
        // The app's figure over AG Grid's: under 1 is faster (or lighter) than the peer.
        ratio,
        timeline: { median: timelineMedian, samples: timeline },
        claims: {
          claims: Number(values.claims),
          claim: CLAIM,
          median: medians(claimSamples),
          samples: claimSamples,
        },
        load: { before: loadBefore, after: os.loadavg() },
      })
    } finally {
      await stop()
    }
  }
} finally {
  await browser.close()
}

const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version']).toString().trim()
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion,
  date: new Date().toISOString(),
}
writeFileSync(values.out, `${JSON.stringify({ machine, results }, null, 2)}\n`)

const ms = (x) => `${Math.round(x)} ms`
console.log(
  `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${chromiumVersion}; medians of ${runs} runs`,
)
const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  console.log(
    [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n'),
  )
}
console.log('\nTimeline view (targets: first screen under 1 s, brush under 100 ms)')
table(
  ['statements', 'first screen', 'brush (key)', 'brush (drag)', 'load avg before → after'],
  results.map((r) => [
    r.statements.toLocaleString('en'),
    ms(r.timeline.median.firstScreen),
    ms(r.timeline.median.brushKey),
    ms(r.timeline.median.brushDrag),
    `${r.load.before.map((x) => x.toFixed(1)).join(' ')} → ${r.load.after.map((x) => x.toFixed(1)).join(' ')}`,
  ]),
)
const full = results.filter((r) => r.median)
table(
  ['statements', 'HTML', 'LCP', 'sort and search usable', 'interactive', 'First Load JS', '404 page JS'],
  full.map((r) => [
    r.statements.toLocaleString('en'),
    kib(r.htmlBytes),
    ms(r.median.lcp),
    ms(r.median.sortSearchUsable),
    ms(r.median.interactive),
    kib(r.firstLoadJsGzip),
    kib(r.bareFirstLoadJsGzip),
  ]),
)
const LABELS = {
  sortText: 'sort text',
  sortStance: 'sort stance (scale)',
  search: 'search keystroke',
  exportCsv: 'CSV of all rows, to a Blob',
  exportCsvFile: 'CSV of all rows, file written',
  heap: 'JS heap',
}
const value = (k, x) => (k === 'heap' ? `${x.toFixed(0)} MB` : ms(x))
for (const r of full) {
  console.log(
    `\n${r.statements.toLocaleString('en')} statements: the app against AG Grid ${r.agGrid.version}`,
  )
  table(
    ['interaction', 'this app', 'AG Grid', 'ratio'],
    METRICS.map((k) => [
      LABELS[k],
      value(k, r.median[k]),
      value(k, r.agGrid.median[k]),
      `${r.ratio[k].toFixed(2)}×`,
    ]),
  )
}
console.log(
  `\nClaims (${values.claims} claims; targets: at or under the Speaker sort of the same run, under 100 ms quiet)`,
)
table(
  [
    'statements',
    'claim filter',
    'filter complete',
    'claim matrix',
    'matrix complete',
    'Speaker sort, same runs',
    'filter ÷ sort',
    'matrix ÷ sort',
  ],
  full.map((r) => [
    r.statements.toLocaleString('en'),
    ms(r.claims.median.claimFilter),
    ms(r.claims.median.claimFilterComplete),
    ms(r.claims.median.claimMatrix),
    ms(r.claims.median.claimMatrixComplete),
    ms(r.claims.median.sortText),
    `${r.claims.median.claimFilterOverSort.toFixed(2)}×`,
    `${r.claims.median.claimMatrixOverSort.toFixed(2)}×`,
  ]),
)
console.log(`\nwrote ${values.out}`)
