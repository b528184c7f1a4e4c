import { afterEach, describe, expect, it, vi } from 'vitest'
import { StoreBusyError, WAIT_MS, WriteLane } from './write-lane'

/** The write lane's rules, on its own: who waits for whom, for how long, and in what order. */

const deferred = () => {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}
const settled = async <T>(promise: Promise<T>) => {
  let state: 'pending' | 'done' | 'failed' = 'pending'
  promise.then(
    () => (state = 'done'),
    () => (state = 'failed'),
  )
  await vi.advanceTimersByTimeAsync(0)
  return state
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the write lane', () => {
  it('lets the app’s writes run side by side', async () => {
    const lane = new WriteLane()
    const order: string[] = []
    const a = deferred()
    const first = lane.shared(async () => {
      order.push('a starts')
      await a.promise
      order.push('a ends')
    })
    await lane.shared(async () => void order.push('b runs'))
    a.resolve()
    await first
    expect(order).toEqual(['a starts', 'b runs', 'a ends'])
  })

  it('makes a command wait for the writes under way, and writes wait for the command', async () => {
    vi.useFakeTimers()
    const lane = new WriteLane()
    const write = deferred()
    const order: string[] = []
    const running = lane.shared(async () => {
      await write.promise
      order.push('write')
    })
    const command = lane.exclusive('db:backup', async () => {
      order.push('command')
      expect(lane.holder).toBe('db:backup')
      // The command's own writes pass through.
      await lane.shared(async () => void order.push('command writes'))
    })
    expect(await settled(command)).toBe('pending')
    // A write arriving now queues behind the waiting command: edits cannot keep it out.
    const later = lane.shared(async () => void order.push('later write'))
    write.resolve()
    await command
    await later
    await running
    expect(order).toEqual(['write', 'command', 'command writes', 'later write'])
  })

  it(`refuses a write after ${WAIT_MS / 1000} s of a command holding the store, in words`, async () => {
    vi.useFakeTimers()
    expect(WAIT_MS).toBe(5_000)
    const lane = new WriteLane()
    const hold = deferred()
    const command = lane.exclusive('stories:import', () => hold.promise)
    const write = lane.shared(async () => 'saved')
    const outcome = write.catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(4_999)
    expect(await settled(write)).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    const error = await outcome
    expect(error).toBeInstanceOf(StoreBusyError)
    expect((error as StoreBusyError).status).toBe(503)
    expect((error as Error).message).toBe(
      'An administrator’s command (stories:import) is using the store. Your change was not saved; try again in a moment.',
    )
    // The command was not disturbed, and once it is done writes go on.
    hold.resolve()
    await command
    await expect(lane.shared(async () => 'saved')).resolves.toBe('saved')
  })

  it('refuses a command after 5 s of writes it waits for, and a second command while one runs', async () => {
    vi.useFakeTimers()
    const lane = new WriteLane()
    const write = deferred()
    const running = lane.shared(() => write.promise)
    const command = lane.exclusive('db:backup', async () => 'backed up').catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await command).toBeInstanceOf(StoreBusyError)
    expect(((await command) as Error).message).toMatch(/busy saving changes. Nothing was changed/)
    write.resolve()
    await running

    const hold = deferred()
    const first = lane.exclusive('db:backup', () => hold.promise)
    const second = lane.exclusive('users:add', async () => 'added').catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(((await second) as Error).message).toMatch(/another command \(db:backup\)/)
    hold.resolve()
    await first
  })

  it('never holds back reads run through it', async () => {
    const lane = new WriteLane()
    const hold = deferred()
    const command = lane.exclusive('db:backup', () => hold.promise)
    expect(await lane.reading(async () => lane.insideReading)).toBe(true)
    expect(lane.insideReading).toBe(false)
    hold.resolve()
    await command
  })
})
