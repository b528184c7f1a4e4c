/** `npm run db:migrate`: creates the store if needed and brings its tables up to date. */
import { storyStamps } from '../lib/store/read'
import { report, withStore } from './store-cli'

withStore(async (store) => {
  const stories = await storyStamps(store.db)
  process.stdout.write(
    `The store in ${store.where} (${store.engine}) is up to date; it holds ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}.\n`,
  )
}).catch(report)
