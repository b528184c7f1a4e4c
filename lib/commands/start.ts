import './server-only'
import { appStore, getSpeakerIndex, getStoryCounts, storiesDir } from '../store/app-store'
import type { Store } from '../store/db'
import { errorText } from '../store/error-text'
import { seedFrom } from './stories/seed'

/**
 * On server start (instrumentation.ts): open the store (migrated), import the story
 * folder's new files, and on a PGlite folder answer the command-line tools on the admin
 * socket beside its lock (the folder is this process's alone, so the tools' commands run
 * here: lib/admin). A store that cannot be opened stops the server, saying why.
 */
export async function startOrExit(): Promise<void> {
  let store: Store
  try {
    store = await appStore()
    const report = await seedFrom(store, storiesDir())
    for (const line of report.imported) console.log(`Stories: ${line}`)
    for (const line of report.kept) console.log(`Stories: ${line}`)
    for (const line of report.problems) console.error(`Stories: not imported: ${line}`)
  } catch (error) {
    console.error(`The app cannot start. ${errorText(error)}`)
    process.exit(1)
  }
  // The home page's and the speakers' counts, and the speaker index made from them, made
  // once before the server listens (so before /api/health first answers) rather than by the
  // first pages (on PGlite a count made meanwhile would hold them up). A failure here only
  // means the first page counts instead.
  await Promise.all([
    getStoryCounts().catch((error) => console.error(`Stories: not counted yet (${errorText(error)})`)),
    getSpeakerIndex().catch((error) => console.error(`Speakers: not counted yet (${errorText(error)})`)),
  ])
  try {
    const { pollMinutes, schedulePolls } = await import('../admin/feeds')
    schedulePolls(store, pollMinutes())
  } catch (error) {
    console.error(`Feeds: not polled: ${errorText(error)}`)
  }
  if (store.engine !== 'pglite') return
  try {
    const { serveAdmin } = await import('../admin/server')
    await serveAdmin(store, store.where)
  } catch (error) {
    // The app serves on; only the tools must wait for it to stop.
    console.error(
      `Admin: the command-line tools cannot reach the app (${errorText(error)}); stop the app to run them.`,
    )
  }
}
