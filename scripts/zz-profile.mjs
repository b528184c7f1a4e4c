import { chromium } from '@playwright/test'
import path from 'node:path'
import os from 'node:os'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { startNext } from './next-server.mjs'
const root = process.cwd()
const env = {
  ...process.env,
  STORIES_DIR: path.join(os.tmpdir(), 'perspective-bench', '50000'),
  NEXT_DIST_DIR: '.next-bench-50000',
}
const { base, stop } = await startNext(root, env)
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${base}/stories/synthetic-50000`)
  await page.waitForFunction(() => performance.getEntriesByName('workspace-ready').length > 0, null, {
    timeout: 120000,
  })
  await page.waitForTimeout(3000)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const what = process.argv[2] ?? 'stance'
  await cdp.send('Profiler.start')
  if (what === 'stance' || what === 'speaker') {
    const label = what === 'stance' ? 'Stance' : 'Speaker'
    await page.locator('thead th').filter({ hasText: label }).first().locator('button').click()
    await page.waitForTimeout(800)
  } else {
    await page.getByRole('searchbox', { name: 'Search statements' }).focus()
    await page.keyboard.press('b')
    await page.waitForTimeout(800)
    await page.keyboard.press('o')
    await page.waitForTimeout(800)
  }
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v.toFixed(1)} ms  ${k}`)
      .join('\n'),
  )
} finally {
  await browser.close()
  stop()
}
