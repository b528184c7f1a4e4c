import { afterAll, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Store, StoreDb } from '../store/db'
import { tempStore } from '../store/testing'
import { addDraft, removeDraft, updateDraft } from './drafts/commands'
import * as drafts from './drafts/schema'
import { parseInput } from './endpoint'
import { createReview } from './reviews/create'
import * as reviews from './reviews/schema'
import { editStatement } from './statements/edit'
import * as statements from './statements/schema'
import { importStoryText } from './stories/import'
import { addUser } from './users/commands'
import * as users from './users/schema'

/** The seed story's id: the story most store tests work on. */
export const SEED_ID = 'pakistan-afghanistan-militancy-2023'

/** A fresh store holding the seed story, imported as the seed is on first start. */
export async function seededStore(): Promise<{ store: Store; dir: string; done: () => Promise<void> }> {
  const temp = await tempStore()
  const file = path.join(__dirname, '..', '..', 'data', 'stories', `${SEED_ID}.json`)
  await importStoryText(temp.store.db, 'seed.json', readFileSync(file, 'utf8'), { actor: 'seed' })
  return temp
}

/**
 * A statement edit the way its route makes it: the body through the endpoint's schema
 * (every value rule), then the command. A refusal of either rejects the promise.
 */
export async function editStatementAs(
  db: StoreDb,
  input: { storyId: string; statementId: string; actor: string; expectedVersion: number; changes: unknown },
) {
  const { storyId, statementId, actor, expectedVersion, changes } = input
  const body = parseInput(statements.editStatement, { expectedVersion, changes })
  return editStatement(db, { storyId, statementId, actor, ...body })
}

const EDITOR = 'user:editor@example.org'

/** A review started the way its route starts it: the body through the schema, then the command. */
export async function createReviewAs(
  db: StoreDb,
  {
    storyId,
    actor,
    ...body
  }: {
    storyId: string
    actor: string
    article: string
    source: object
    drafts: readonly object[]
    archiveId?: string
  },
) {
  return createReview(db, { storyId, actor, ...parseInput(reviews.createReview, body) })
}

/** A draft's edit the way its route makes it (schema, then command), as an editor. */
export async function updateDraftAs(
  db: StoreDb,
  reviewId: string,
  draftId: string,
  version: number,
  changes: object,
) {
  const { version: v, ...checked } = parseInput(drafts.editDraft, { version, ...changes })
  return updateDraft(db, { reviewId, draftId, version: v, actor: EDITOR, changes: checked })
}

export async function markReviewedAs(
  db: StoreDb,
  reviewId: string,
  draftId: string,
  version: number,
  reviewed: boolean,
) {
  return updateDraftAs(db, reviewId, draftId, version, { reviewed })
}

export async function addDraftAs(db: StoreDb, reviewId: string, span: { start: number; end: number }) {
  return addDraft(db, { reviewId, actor: EDITOR, span: parseInput(drafts.addDraft, span) })
}

export async function removeDraftAs(db: StoreDb, reviewId: string, draftId: string, version: number) {
  return removeDraft(db, { reviewId, draftId, version, actor: EDITOR })
}

/** An account added the way `users:add` and the admin page add one: schema, then command. */
export async function addUserAs(
  db: StoreDb,
  raw: { email: string; role: string; password: string; name?: string },
) {
  return addUser(db, parseInput(users.addUser, raw))
}

/**
 * A store for one test file: made (by `make`, an empty one unless said) before its tests,
 * handed over by `use`, and closed and removed after them.
 */
export function storeForFile(
  use: (store: Store) => void,
  make: () => Promise<{ store: Store; done: () => Promise<void> }> = tempStore,
) {
  let done: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const made = await make()
    done = made.done
    use(made.store)
  }, 120_000)
  afterAll(() => done?.())
}
