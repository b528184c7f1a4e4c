/**
 * `npm run feeds:poll [-- --story SLUG]`
 *
 * Polls every story's feeds now (or one story's): new matching items go to each story's
 * inbox, a refused feed gets its reason on its row. Works while the app runs on PGlite
 * (the app polls, lib/admin); one instance polls at a time (a lock in the store).
 */
import { parseArgs } from 'node:util'
import { runAdmin } from '../lib/admin/client'
import { report, sayOnly } from './store-cli'

const { values } = parseArgs({
  options: { story: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
})
if (values.help) process.stdout.write('usage: npm run feeds:poll [-- --story SLUG]\n')
else runAdmin('feeds:poll', { storyId: values.story }, sayOnly).catch(report)
