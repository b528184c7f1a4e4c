import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) }
const exclude = ['**/node_modules/**', '.next*/**']

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...exclude, '**/*.process.test.ts', 'scripts/cli.test.ts'],
          environment: 'node',
        },
      },
      {
        // Tests that start processes (CLI tools, servers, PostgreSQL): slow on a shared
        // two-core machine, so they get generous time and run one file at a time.
        resolve: { alias },
        test: {
          name: 'processes',
          include: ['lib/**/*.process.test.ts', 'scripts/**/*.process.test.ts', 'scripts/cli.test.ts'],
          exclude,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
