import { existsSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import { parseInput } from '../commands/endpoint'
import { CommandError } from '../commands/errors'
import { createReview } from '../commands/reviews/create'
import * as reviews from '../commands/reviews/schema'
import { checkForStore, writeStory } from '../commands/stories/import'
import { addUser } from '../commands/users/commands'
import * as users from '../commands/users/schema'
import { extractStatements } from '../extract/extract'
import { storyJson } from '../store/canonical'
import type { Store } from '../store/db'
import { readStory, storyStamps, toStoryFile } from '../store/read'
import { getReview } from '../store/reviews'
import type { Story } from '../story/story-check'
import { feedsPoll } from './feeds'

/**
 * The store's command-line commands, as functions of a store and plain input: the same
 * function runs in the tool's own process (app stopped, or on Postgres) and inside the
 * app (on PGlite while it runs, asked through the admin socket). The tool reads its files
 * and prompts; what touches the store runs through the write commands (lib/commands),
 * their input checked by the same schemas as the browser's.
 */

/** Where a command's output goes: the tool's terminal and files, whichever process runs it. */
export interface Output {
  /** A line for the user (standard output). */
  say(text: string): void
  /** A story file to write (stories:export), named within the tool's output folder. */
  file(name: string, text: string): Promise<void>
}

/** A refusal whose message says everything: printed as it is, exit code 1. */
export class CommandRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CommandRefusedError'
  }
}

/** The command was asked for something that is not there: exit code 2, as a usage error. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface UsersAddInput {
  email: string
  role: string
  name?: string
  password: string
}

export interface StoriesImportInput {
  /** Each file as the tool read it: its text, or the problems reading it found. */
  files: { label: string; text?: string; problems?: string[] }[]
  replace: boolean
  actor: string
}

export interface StoriesExportInput {
  /** Stories to write; all of them when empty. */
  ids: string[]
}

export interface ArticleImportInput {
  slug: string
  text: string
  source: { publisher?: string; title?: string; date?: string; url?: string }
  /** Where the app is served, for the address printed. */
  base: string
  actor: string
}

export interface SnapshotInput {
  /** A new folder (the tool's, beside its backup file) to copy the store's folder into. */
  into: string
}

async function usersAdd(store: Store, input: UsersAddInput, out: Output) {
  const user = await addUser(store.db, parseInput(users.addUser, input))
  out.say(`Added ${user.email} (${user.name}) as ${user.role}, in the store at ${store.where}.`)
}

async function storiesImport(store: Store, input: StoriesImportInput, out: Output) {
  const problems: string[] = []
  const stories: { label: string; story: Story }[] = []
  const seen = new Map<string, string>()
  for (const file of input.files) {
    if (file.problems) {
      problems.push(...file.problems)
      continue
    }
    try {
      const story = checkForStore(file.label, file.text ?? '')
      const other = seen.get(story.id)
      if (other) problems.push(`${file.label}: story id "${story.id}" is also the id of ${other}`)
      seen.set(story.id, file.label)
      stories.push({ label: file.label, story })
    } catch (error) {
      if (error instanceof Error && 'problems' in error) problems.push(...(error.problems as string[]))
      else throw error
    }
  }
  if (problems.length > 0)
    throw new CommandRefusedError(
      `Nothing imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`,
    )
  const lines = await store.db.transaction(async (tx) => {
    const said: string[] = []
    for (const { label, story } of stories) {
      const { replaced } = await writeStory(tx, story, { replace: input.replace, actor: input.actor }).catch(
        (error: unknown) => {
          if (error instanceof CommandError && error.code === 'conflict')
            throw new CommandRefusedError(
              `${label}: story "${story.id}" is already in the store. Nothing was imported. To overwrite it, add --replace.`,
            )
          throw error
        },
      )
      said.push(
        replaced
          ? `Replaced story "${story.id}" (version ${replaced.version}, ${replaced.statements} statements) with ${label} (${story.statements.length} statements).`
          : `Imported story "${story.id}" from ${label} (${story.statements.length} statements).`,
      )
    }
    return said
  })
  for (const line of lines) out.say(line)
}

async function storiesExport(store: Store, input: StoriesExportInput, out: Output) {
  const known = new Set((await storyStamps(store.db)).map((s) => s.id))
  const ids = input.ids.length > 0 ? input.ids : [...known]
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length > 0)
    throw new UsageError(`No such story in the store: ${missing.join(', ')}. Nothing written.`)
  for (const id of ids) {
    // One story at a time: an archive's worth of them is never in memory at once.
    const read = () => readStory(store.db, id)
    const story = await (store.lane ? store.lane.reading(read) : read())
    if (!story) throw new CommandRefusedError(`Story "${id}" was deleted while it was being exported.`)
    await out.file(`${id}.json`, storyJson(toStoryFile(story)))
  }
}

async function articleImport(store: Store, input: ArticleImportInput, out: Output) {
  const { slug, base } = input
  try {
    const checked = parseInput(reviews.createReview, {
      article: input.text,
      source: input.source,
      drafts: extractStatements(input.text),
    })
    const id = await createReview(store.db, { storyId: slug, actor: input.actor, ...checked })
    const review = (await getReview(store.db, id))!
    const n = review.drafts.length
    out.say(
      `Started a review of the article for story "${slug}": ${n} drafted statement${n === 1 ? '' : 's'}, none in the story yet.\n` +
        `An editor reviews each one and saves it to the story at:\n${base}/stories/${slug}/reviews/${id}`,
    )
  } catch (error) {
    if (error instanceof CommandError && error.details.reviewId) {
      error.message += `\nIt is at ${base}/stories/${slug}/reviews/${error.details.reviewId}`
    }
    if (error instanceof CommandError && error.code === 'not_found') {
      error.message = `There is no story "${slug}" in the store. Start it in the browser at ${base}/import, or import its file with "npm run stories:import".`
    }
    throw error
  }
}

/**
 * The app's part of db:backup on PGlite: a copy of its folder, taken while no statement
 * runs and no change is under way (a checkpoint first, so the copy opens at once). The
 * tool turns the copy into the portable format in its own process, so the app's pages
 * wait only for the copy, never for the whole backup to be written.
 */
async function snapshot(store: Store, input: SnapshotInput) {
  const pglite = store.pglite
  if (!pglite) throw new UsageError('Only an embedded (PGlite) store is copied this way.')
  if (!path.isAbsolute(input.into) || existsSync(input.into))
    throw new UsageError(`The copy of the store needs a new folder, not ${input.into}.`)
  await pglite.exec('checkpoint')
  await pglite.transaction(() => pglite.runExclusive(() => cp(store.where, input.into, { recursive: true })))
}

export const COMMANDS = {
  'users:add': usersAdd,
  'stories:import': storiesImport,
  'stories:export': storiesExport,
  import: articleImport,
  'db:snapshot': snapshot,
  // Not in the write lane: it fetches for seconds, and writes one feed per transaction.
  'feeds:poll': feedsPoll,
} as const

export type CommandName = keyof typeof COMMANDS
export type CommandInput<N extends CommandName> = Parameters<(typeof COMMANDS)[N]>[1]

export const isCommand = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(COMMANDS, name)

/**
 * Commands that write (or copy the store), held alone in the store's write lane while
 * they run inside the app: the app's own writes wait for them at most 5 s (then a 503),
 * and they wait at most 5 s for the app's writes under way. Reads go on meanwhile.
 */
const WRITES: ReadonlySet<CommandName> = new Set(['users:add', 'stories:import', 'import', 'db:snapshot'])

/** Runs a command on a store, wherever that store is open. */
export function runCommand<N extends CommandName>(
  store: Store,
  name: N,
  input: CommandInput<N>,
  out: Output,
) {
  const run = () =>
    (COMMANDS[name] as (store: Store, input: CommandInput<N>, out: Output) => Promise<void>)(
      store,
      input,
      out,
    )
  // Named as the person at the terminal typed it, for the app's 503 message.
  const label = name === 'db:snapshot' ? 'db:backup' : name
  return WRITES.has(name) && store.lane ? store.lane.exclusive(label, run) : run()
}
