import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Tests that start processes (the CLIs, a real `next build`, the fixture generator) take
// seconds each, and far longer on a busy 2-core machine: they get their own project with
// a timeout well above Vitest's 5 s default.
const SPAWNING = ['scripts/cli.test.ts', 'scripts/build-failure.test.ts', 'lib/view/sort-fixture.test.ts']

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    exclude: ['**/node_modules/**', '.next*/**'],
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: SPAWNING },
      },
      {
        extends: true,
        test: { name: 'processes', include: SPAWNING, testTimeout: 240_000, hookTimeout: 240_000 },
      },
    ],
  },
})
