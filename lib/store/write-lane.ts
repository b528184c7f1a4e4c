import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Who may write to an embedded (PGlite) store while the app runs it. The app's own writes
 * share the lane; an admin command run inside the app (lib/admin) holds it alone, so a
 * backup it takes in pieces sees no change half-made, and reads go on between the pieces.
 * Either side waits at most WAIT_MS for the other, then gets a StoreBusyError (503).
 * PGlite itself still runs one statement at a time: the lane only decides whose
 * transactions may start.
 */

export const WAIT_MS = 5_000

export class StoreBusyError extends Error {
  readonly status = 503
  constructor(message: string) {
    super(message)
    this.name = 'StoreBusyError'
  }
}

type Waiter = { exclusive: boolean; wake: () => void }

export class WriteLane {
  #shared = 0
  #holder: string | undefined
  #queue: Waiter[] = []
  readonly #inside = new AsyncLocalStorage<WriteLane>()
  readonly #reading = new AsyncLocalStorage<WriteLane>()

  /** What holds the lane alone, if anything (for messages). */
  get holder(): string | undefined {
    return this.#holder
  }

  /** True inside `exclusive`'s function: its own writes pass. */
  get insideExclusive(): boolean {
    return this.#inside.getStore() === this
  }

  /** Runs a read that opens a transaction (a story read whole): it never waits for the lane. */
  reading<T>(fn: () => Promise<T>): Promise<T> {
    return this.#reading.run(this, fn)
  }

  get insideReading(): boolean {
    return this.#reading.getStore() === this
  }

  /** One of the app's writes: runs beside others, never beside an admin command. */
  async shared<T>(fn: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
    if (this.insideExclusive) return fn()
    await this.#take(
      false,
      waitMs,
      () =>
        `An administrator’s command (${this.#holder}) is using the store. Your change was not saved; try again in a moment.`,
    )
    try {
      return await fn()
    } finally {
      this.#shared--
      this.#next()
    }
  }

  /** An admin command: waits for the app's writes under way to finish, then runs alone. */
  async exclusive<T>(what: string, fn: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
    if (this.insideExclusive) return fn()
    await this.#take(true, waitMs, () =>
      this.#holder
        ? `The app is running another command (${this.#holder}). Nothing was changed; run this again when it has finished.`
        : `The app is busy saving changes. Nothing was changed; run this again in a moment.`,
    )
    this.#holder = what
    try {
      return await this.#inside.run(this, fn)
    } finally {
      this.#holder = undefined
      this.#next()
    }
  }

  #free(exclusive: boolean): boolean {
    if (this.#holder !== undefined) return false
    return exclusive ? this.#shared === 0 : true
  }

  #claim(exclusive: boolean): void {
    if (exclusive) this.#holder = 'a command'
    else this.#shared++
  }

  async #take(exclusive: boolean, waitMs: number, busy: () => string): Promise<void> {
    // First come, first served: a write never overtakes a command that is waiting, so a
    // steady stream of edits cannot keep a backup out.
    if (this.#queue.length === 0 && this.#free(exclusive)) return this.#claim(exclusive)
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        exclusive,
        wake: () => {
          clearTimeout(timer)
          resolve()
        },
      }
      const timer = setTimeout(() => {
        this.#queue = this.#queue.filter((w) => w !== waiter)
        reject(new StoreBusyError(busy()))
        this.#next()
      }, waitMs)
      this.#queue.push(waiter)
    })
  }

  #next(): void {
    while (this.#queue.length > 0 && this.#free(this.#queue[0]!.exclusive)) {
      const waiter = this.#queue.shift()!
      // Taken here, before the waiter's code runs, so no one slips in between.
      this.#claim(waiter.exclusive)
      waiter.wake()
      if (waiter.exclusive) return
    }
  }
}

type Transactional = { transaction: (fn: never, config?: { accessMode?: string }) => Promise<unknown> }

/**
 * Puts every transaction of `db` that may write into the lane's shared side. A read-only
 * one (`{ accessMode: 'read only' }`, or run inside `lane.reading`) never waits.
 */
export function guardWrites(db: Transactional, lane: WriteLane): void {
  const transaction = db.transaction.bind(db) as (
    fn: unknown,
    config?: { accessMode?: string },
  ) => Promise<unknown>
  db.transaction = ((fn: unknown, config?: { accessMode?: string }) =>
    config?.accessMode === 'read only' || lane.insideReading
      ? transaction(fn, config)
      : lane.shared(() => transaction(fn, config))) as Transactional['transaction']
}
