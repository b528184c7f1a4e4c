import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

// Playwright cannot download its own browser here: the tests drive Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 3100)
// The fixture server: the same build, seeded from the fixture stories (hostile input, a
// large windowed story; scripts/fixture-stories.mjs) into a store of its own.
const FIXTURE_PORT = PORT + 1
// Each server gets its own fresh store, never the repo's .data, seeded from its story
// folder on start. Made once by the runner; its workers inherit the variable.
process.env.E2E_STORE_DIR ??= mkdtempSync(path.join(tmpdir(), 'reader-e2e-'))
const STORE = process.env.E2E_STORE_DIR

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  globalTeardown: './e2e/remove-stores.ts',
  timeout: 30_000,
  // Sign-in hashes a password and a page hydrates before its button works: under a busy
  // machine's load an assertion that waits on either needs more than the default 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/fixtures/**',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      name: 'fixtures',
      testMatch: '**/fixtures/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        baseURL: `http://127.0.0.1:${FIXTURE_PORT}`,
      },
    },
  ],
  // Production builds, served by the app's own server (what `npm start` runs), started
  // directly: an npm or npx wrapper would leave the server behind.
  webServer: [
    {
      command: `node server.mjs -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      env: { PGLITE_DIR: path.join(STORE, 'app') },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/fixture-stories.mjs && exec node server.mjs -p ${FIXTURE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${FIXTURE_PORT}`,
      env: { STORIES_DIR: '.fixture-stories', PGLITE_DIR: path.join(STORE, 'fixtures') },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
