import { describe, expect, it } from 'vitest'
import { SaveQueue, type Outcome } from './save-queue'

/**
 * The save queue against a server that answers late: edits made while a save is in
 * flight go after it with the latest values, "saved" waits for the last answer, and a
 * refusal keeps what was typed.
 */

type Row = { version: number; name: string; role: string; stance: string; label: string }
const start: Row = { version: 1, name: 'Ali', role: '', stance: '', label: '' }

function server() {
  let row = { ...start }
  const sent: Record<string, unknown>[] = []
  const waiting: (() => void)[] = []
  let refuse: string | null = null
  const send = async (fields: ReadonlyMap<string, unknown>, saved: Row): Promise<Outcome<Row>> => {
    const body = Object.fromEntries(fields)
    sent.push({ ...body, version: saved.version })
    await new Promise<void>((resolve) => waiting.push(resolve))
    if (refuse) return { ok: false, message: refuse }
    row = { ...row, ...(body as Partial<Row>), version: row.version + 1 }
    return { ok: true, saved: row }
  }
  return {
    send,
    sent,
    /** Lets the oldest request in flight be answered. */
    answer: async () => {
      while (waiting.length === 0) await new Promise((r) => setTimeout(r, 1))
      waiting.shift()!()
      await new Promise((r) => setTimeout(r, 1))
    },
    refuse: (message: string | null) => (refuse = message),
    row: () => row,
  }
}

const queueOn = (s: ReturnType<typeof server>) =>
  new SaveQueue<Row>(start, {
    valueOf: (saved, key) => saved[key as keyof Row],
    send: s.send,
    onChange: () => undefined,
    together: [['stance', 'label']],
  })

describe('the save queue', () => {
  it('sends an edit made during a save after it, with the version the first answered and the latest values', async () => {
    const s = server()
    const queue = queueOn(s)
    queue.set('stance', 'rejects')
    expect(queue.state).toBe('saving')
    // The label is typed and left while the stance is still on its way.
    queue.edit('label', 'Denies')
    queue.commit('label')
    queue.edit('name', 'Ali Khan')
    expect(queue.value('label')).toBe('Denies')
    await s.answer()
    expect(queue.state).toBe('saving')
    await s.answer()
    expect(s.sent).toEqual([
      { stance: 'rejects', version: 1 },
      // The stance is saved by now: its label goes with the version that save answered.
      { label: 'Denies', version: 2 },
    ])
    // The name is on screen but not left yet: not saved, and not "saved".
    expect(queue.state).toBe('editing')
    expect(queue.unsaved).toBe(true)
    queue.commit('name')
    await s.answer()
    expect(queue.state).toBe('saved')
    expect(queue.unsaved).toBe(false)
    expect(s.row()).toMatchObject({ name: 'Ali Khan', stance: 'rejects', label: 'Denies', version: 4 })
  })

  it('keeps what was typed after a refusal, says why, and sends it again on a retry', async () => {
    const s = server()
    const queue = queueOn(s)
    s.refuse('The change could not reach the server.')
    queue.edit('name', 'Typed offline')
    queue.commit('name')
    await s.answer()
    expect(queue.state).toBe('failed')
    expect(queue.failure).toBe('The change could not reach the server.')
    expect(queue.value('name')).toBe('Typed offline')
    expect(queue.unsaved).toBe(true)
    s.refuse(null)
    const retried = queue.retry()
    await s.answer()
    await retried
    expect(queue.state).toBe('saved')
    expect(s.row().name).toBe('Typed offline')
  })

  it('forgets an edit typed back to the saved value', () => {
    const queue = queueOn(server())
    queue.edit('name', 'Alison')
    queue.edit('name', 'Ali')
    expect(queue.state).toBe('idle')
    expect(queue.unsaved).toBe(false)
  })
})
