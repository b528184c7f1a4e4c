/** `npm run db:migrate`: creates the store if needed and brings its tables up to date. */
import { refuseWhileAppRuns } from '../lib/admin/client'
import { storyStamps } from '../lib/store/read'
import { report, withStore } from './store-cli'

async function main() {
  await refuseWhileAppRuns(
    'db:migrate',
    'the app migrated the store when it started. After an upgrade, stop the app, run db:migrate, then start the new version (which would also migrate on start).',
  )
  await withStore(async (store) => {
    const stories = await storyStamps(store.db)
    process.stdout.write(
      `The store in ${store.where} (${store.engine}) is up to date; it holds ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}.\n`,
    )
  })
}

main().catch(report)
