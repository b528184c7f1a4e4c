/**
 * Saving a card's fields as they are edited, so that nothing typed is lost: one queue per
 * draft (or statement). A field's value on screen is held here until the server has
 * confirmed that very value; a field is sent once it is committed (the editor leaves it,
 * or makes a choice), and every request carries the latest values of every committed
 * field. While one request is in flight the next waits, then goes with the version the
 * first one answered. A refusal keeps the values on screen and says why; "saved" means
 * the server holds what the screen shows. Free of React and of fetch: the page gives it
 * a `send` and re-renders on `onChange`.
 */

export type Outcome<S> =
  | { ok: true; saved: S }
  /** `current`: the row as the server has it now (a conflict), which the screen sits on. */
  | { ok: false; message: string; current?: S; drop?: string[] }

export type SaveState = 'idle' | 'editing' | 'saving' | 'failed' | 'saved'

export interface QueueOptions<S> {
  /** The value a field has in a saved row, to tell an edit from the saved value. */
  valueOf: (saved: S, key: string) => unknown
  /** Sends the committed fields' values (and their saved row, for its version). */
  send: (fields: ReadonlyMap<string, unknown>, saved: S) => Promise<Outcome<S>>
  onChange: () => void
  /** Fields saved as one (a speaker's name and role): an edit of either sends both. */
  together?: readonly (readonly string[])[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export class SaveQueue<S> {
  private screen = new Map<string, unknown>()
  private ready = new Set<string>()
  private flight: ReadonlyMap<string, unknown> | null = null
  private confirmed = false
  failure: string | null = null
  /** Goes up with every change, so a view can tell this queue changed. */
  revision = 0

  constructor(
    public saved: S,
    private readonly options: QueueOptions<S>,
  ) {}

  private changed() {
    this.revision++
    this.options.onChange()
  }

  /** What a field shows: the editor's value while it is not confirmed, else the saved one. */
  value(key: string): unknown {
    return this.screen.has(key) ? this.screen.get(key) : this.options.valueOf(this.saved, key)
  }

  /** The editor changed a field (a keystroke): held, not sent yet. */
  edit(key: string, value: unknown): void {
    if (!this.flight?.has(key) && same(value, this.options.valueOf(this.saved, key))) {
      this.screen.delete(key)
      this.ready.delete(key)
    } else this.screen.set(key, value)
    this.changed()
  }

  /** The editor is done with a field (left it, or chose): it goes with the next request. */
  commit(key: string): void {
    if (this.screen.has(key)) this.ready.add(key)
    void this.flush()
  }

  /** A choice: changed and committed at once. */
  set(key: string, value: unknown): void {
    this.edit(key, value)
    this.commit(key)
  }

  /** The row was replaced from outside (a reload of the page's data): edits stay on top. */
  replaceSaved(saved: S): void {
    this.saved = saved
    this.changed()
  }

  get state(): SaveState {
    if (this.flight || this.ready.size > 0) return 'saving'
    if (this.failure) return 'failed'
    if (this.screen.size > 0) return 'editing'
    return this.confirmed ? 'saved' : 'idle'
  }

  /** Anything on screen the server does not hold yet (leaving the page should warn). */
  get unsaved(): boolean {
    return this.flight !== null || this.screen.size > 0
  }

  /** Sends what is committed, after the request in flight, if any. */
  async flush(): Promise<void> {
    if (this.flight || this.ready.size === 0) return
    for (const group of this.options.together ?? [])
      if (group.some((key) => this.ready.has(key)))
        for (const key of group) if (this.screen.has(key)) this.ready.add(key)
    const fields = new Map([...this.ready].map((key) => [key, this.screen.get(key)]))
    this.flight = fields
    this.failure = null
    this.changed()
    let outcome: Outcome<S>
    try {
      outcome = await this.options.send(fields, this.saved)
    } catch {
      outcome = {
        ok: false,
        message: 'The change could not be sent. What you typed is kept here; try again.',
      }
    }
    this.flight = null
    if (outcome.ok) {
      this.saved = outcome.saved
      this.confirmed = true
      for (const [key, value] of fields)
        if (same(this.screen.get(key), value)) {
          this.screen.delete(key)
          this.ready.delete(key)
        }
    } else {
      if (outcome.current) this.saved = outcome.current
      for (const key of outcome.drop ?? []) {
        this.screen.delete(key)
        this.ready.delete(key)
      }
      // Nothing is sent again by itself: the editor tries again, or changes the value.
      this.ready.clear()
      for (const key of this.screen.keys())
        if (!same(this.screen.get(key), fields.get(key))) this.ready.add(key)
      this.failure = outcome.message
      this.confirmed = false
    }
    this.changed()
    if (this.ready.size > 0) await this.flush()
  }

  /** Tries again with every edit still on screen. */
  retry(): Promise<void> {
    for (const key of this.screen.keys()) this.ready.add(key)
    return this.flush()
  }

  /** Waits until nothing is in flight or waiting (before a removal, say). */
  async settled(): Promise<void> {
    while (this.flight || this.ready.size > 0) await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
