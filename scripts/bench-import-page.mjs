#!/usr/bin/env node
// `npm run bench:import-page`: the import page in Chromium with articles of growing size
// (the evaluation articles repeated, up to the 1 MB limit). Serves the existing production
// build (`npm run build` first). Times are taken inside the page, from the event to two
// painted frames after it, so they do not include the test driver's own overhead:
// - drafted: a paste (one input event) until the drafts are on screen (includes the
//   page's 150 ms pause after typing);
// - keystroke: one edit of a row's speaker;
// - page turn: "Next 50" in the review table.
// Medians of 5 runs per size.
import { readFileSync, readdirSync } from 'node:fs'
import { cpus } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { startNext } from './next-server.mjs'

const root = process.cwd()
const dir = path.join(root, 'eval', 'articles')
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'))

/** Whole articles, cycled, up to `size` characters. */
function textOf(size) {
  let text = ''
  for (let i = 0; text.length + articles[i % articles.length].length + 1 <= size; i++) {
    text += `${articles[i % articles.length]}\n`
  }
  return text
}
const SIZES = [5_000, 100_000, 990_000]
const RUNS = 5
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Runs in the page: set a React-controlled field's value as a user's input would. */
const inPage = {
  paste: async (text) => {
    const box = document.querySelector('textarea')
    const t = performance.now()
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, text)
    box.dispatchEvent(new Event('input', { bubbles: true }))
    const status = () =>
      [...document.querySelectorAll('[role=status]')].find((s) => s.textContent.startsWith('Drafted'))
    for (const until = t + 60_000; !status(); await new Promise((r) => setTimeout(r, 5))) {
      if (performance.now() > until) throw new Error('no drafts after 60 s')
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return { ms: performance.now() - t, status: status().textContent }
  },
  keystroke: async () => {
    const input = document.querySelector('input[aria-label="Speaker of statement 1"]')
    const t = performance.now()
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, `${input.value}x`)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return performance.now() - t
  },
  pageTurn: async () => {
    const next = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Next 50'))
    if (!next) return null
    const t = performance.now()
    next.click()
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return performance.now() - t
  },
}

const server = await startNext(root)
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  console.log(
    `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, medians of ${RUNS} runs`,
  )
  for (const size of SIZES) {
    const text = textOf(size)
    const runs = { drafted: [], keystroke: [], pageTurn: [] }
    let status = ''
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(`${server.base}/import`)
      // Hydrated: React has attached its handlers to the textarea.
      await page.waitForFunction(() =>
        Object.keys(document.querySelector('textarea')).some((k) => k.startsWith('__reactProps')),
      )
      const pasted = await page.evaluate(inPage.paste, text)
      status = pasted.status
      runs.drafted.push(pasted.ms)
      runs.keystroke.push(await page.evaluate(inPage.keystroke))
      const turn = await page.evaluate(inPage.pageTurn)
      if (turn !== null) runs.pageTurn.push(turn)
      await page.close()
    }
    const fmt = (xs) => (xs.length === 0 ? 'n/a' : `${median(xs).toFixed(0)} ms`)
    console.log(
      `${Buffer.byteLength(text).toLocaleString('en')} bytes (${status}): drafted on screen ${fmt(runs.drafted)}, keystroke ${fmt(runs.keystroke)}, page turn ${fmt(runs.pageTurn)}`,
    )
  }
} finally {
  await browser.close()
  server.stop()
}
