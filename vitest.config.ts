import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The tests in tiers, each its own project and npm script, so that the everyday loop
 * (`npm run test:unit`) holds pure logic only and takes seconds, not minutes:
 *
 * - unit:      pure logic, no store, no process, no password hashing (`npm run test:unit`);
 * - stubs:     pure logic that stubs a global (the typed client's fetch): isolated, since
 *              the unit tier's files share their modules (`npm run test:unit` runs both);
 * - store:     a fresh PGlite store per file: the store, the write commands, the tools'
 *              commands (lib/admin), sign-in (scrypt hashing) and the route handlers on a
 *              store (`npm run test:store`);
 * - web:       fetching pages and feeds from the fixture web on loopback, with its time
 *              limits (`npm run test:web`);
 * - processes: the command-line tools, a real `next build`, the fixture generator, run as
 *              processes (`npm run test:processes`);
 * - eval:      the extractor over every labelled set in every layout (`npm run test:eval`);
 * - speed:     CPU-time guards against quadratic extraction (`npm run test:speed`);
 * - servers:   the production build served (`npm run test:servers`, after `npm run build`).
 *
 * A test file belongs to the first tier whose patterns match it; unit takes the rest.
 * Slower tiers get timeouts well above Vitest's 5 s: this runs on a busy 2-core machine.
 */
export const TIERS = {
  stubs: ['lib/commands/client.test.ts'],
  store: [
    'lib/store/**/*.test.ts',
    'lib/auth/auth.test.ts',
    'lib/auth/limits.test.ts',
    'lib/commands/*/**/*.test.ts',
    'lib/commands/transaction.test.ts',
    'lib/admin/**/*.test.ts',
    'app/**/*.test.ts',
  ],
  web: ['lib/ingest/fetch.test.ts', 'lib/ingest/article.test.ts', 'lib/ingest/feeds.test.ts'],
  processes: [
    'scripts/cli.test.ts',
    'scripts/build-failure.test.ts',
    'lib/view/sort-fixture.test.ts',
    '**/*.process.test.ts',
  ],
  eval: ['scripts/eval.test.ts'],
  speed: ['lib/extract/speed.test.ts'],
  servers: ['**/*.server.test.ts'],
} as const

/** Where test files live: unit takes every one no other tier holds. */
export const ALL = ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts', 'components/**/*.test.ts']

/** Each tier's files, without those an earlier tier already holds. */
const tier = (name: keyof typeof TIERS) => {
  const names = Object.keys(TIERS) as (keyof typeof TIERS)[]
  const earlier = names.slice(0, names.indexOf(name)).flatMap((n) => TIERS[n])
  return { include: [...TIERS[name]], exclude: [...earlier, ...(name === 'servers' ? [] : TIERS.servers)] }
}

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    exclude: ['**/node_modules/**', '.next*/**'],
    environment: 'node',
    // Vitest's default leaves a core to itself (one worker on a 2-core machine); the tests'
    // own work is most of the time, so a worker per core runs them nearly twice as fast.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ALL,
          exclude: Object.values(TIERS).flat(),
          // Pure logic changes no module or global state, so its files share the modules
          // a worker has loaded instead of loading them again each (10 s instead of 67 s
          // at a load of 18). scripts/tiers.test.ts keeps mocks and globals out.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'stubs', ...tier('stubs') },
      },
      {
        extends: true,
        test: { name: 'store', ...tier('store'), testTimeout: 60_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        test: { name: 'web', ...tier('web'), testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          ...tier('processes'),
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        // The labelled sets are scored while the file is collected: minutes under load.
        test: { name: 'eval', ...tier('eval'), testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'speed', ...tier('speed'), fileParallelism: false },
      },
      {
        // Tests that serve the production build (run after `npm run build`): a real
        // PostgreSQL server with app instances, and the durability test.
        extends: true,
        test: {
          name: 'servers',
          ...tier('servers'),
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
