import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Tests that start processes (the CLIs, a real `next build`, the fixture generator, the
// store's tools and servers) take seconds each, and far longer on a busy 2-core machine:
// they get their own project with a timeout well above Vitest's 5 s default, one file at
// a time.
const SPAWNING = [
  'scripts/cli.test.ts',
  'scripts/build-failure.test.ts',
  'lib/view/sort-fixture.test.ts',
  '**/*.process.test.ts',
]

const SERVING = '**/*.server.test.ts'

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
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'scripts/**/*.test.ts',
            'app/**/*.test.ts',
            'components/**/*.test.ts',
          ],
          exclude: [...SPAWNING, SERVING],
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: SPAWNING,
          exclude: [SERVING],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        // Tests that serve the production build (run after `npm run build`): a real
        // PostgreSQL server with app instances, and the durability test.
        extends: true,
        test: {
          name: 'servers',
          include: [SERVING],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
