import { defineConfig } from 'drizzle-kit'

// Only for generating migrations (`npx drizzle-kit generate`); the app never reads it.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './lib/store/tables.ts',
    './lib/store/claim-tables.ts',
    './lib/store/auth-tables.ts',
    './lib/store/history-tables.ts',
    './lib/store/review-tables.ts',
    './lib/store/speaker-tables.ts',
    './lib/store/archive-tables.ts',
    './lib/store/feed-tables.ts',
  ],
  out: './lib/store/migrations',
})
