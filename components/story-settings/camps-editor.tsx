'use client'

import { useState } from 'react'
import { BUTTON, DANGER, FIELD, LABEL, PRIMARY } from '../statement-edit/modal'
import * as camps from '@/lib/commands/camps/schema'
import { RefusalNote, Status, useSettingsCall } from './settings-form'

export interface CampSetting {
  id: string
  label: string
  definition: string
  version: number
  statements: number
}

/** The story's camps: rename or redefine, reorder, delete an empty one, add one. */
export function CampsEditor({ storyId, camps: list }: { storyId: string; camps: CampSetting[] }) {
  const order = useSettingsCall()
  const move = (index: number, step: -1 | 1) => {
    const ids = list.map((c) => c.id)
    const [id] = ids.splice(index, 1)
    ids.splice(index + step, 0, id!)
    void order.send(camps.reorderCamps, { id: storyId }, { order: ids }, 'Order saved.')
  }
  return (
    <div>
      <ol className="space-y-4">
        {list.map((camp, index) => (
          <li key={`${camp.id}-${camp.version}`}>
            <CampForm storyId={storyId} camp={camp} />
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                className={BUTTON}
                disabled={index === 0 || order.busy}
                onClick={() => move(index, -1)}
                aria-label={`Move “${camp.label}” up`}
              >
                Move up
              </button>
              <button
                type="button"
                className={BUTTON}
                disabled={index === list.length - 1 || order.busy}
                onClick={() => move(index, 1)}
                aria-label={`Move “${camp.label}” down`}
              >
                Move down
              </button>
            </div>
          </li>
        ))}
      </ol>
      <RefusalNote refusal={order.refusal} id="order-refusal" />
      <Status>{order.status}</Status>
      <AddCamp storyId={storyId} />
    </div>
  )
}

function CampForm({ storyId, camp }: { storyId: string; camp: CampSetting }) {
  const [values, setValues] = useState({ label: camp.label, definition: camp.definition })
  const { refusal, status, busy, send } = useSettingsCall()
  const target = { id: storyId, campId: camp.id }
  const base = `camp-${camp.id}`
  return (
    <fieldset className="rounded-md border border-zinc-300 p-3 dark:border-zinc-600">
      <legend className="px-1 text-sm font-semibold">
        {camp.label} ({camp.statements} statement{camp.statements === 1 ? '' : 's'})
      </legend>
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr]">
        <div>
          <label htmlFor={`${base}-label`} className={LABEL}>
            Name
          </label>
          <input
            id={`${base}-label`}
            value={values.label}
            onChange={(e) => setValues({ ...values, label: e.target.value })}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor={`${base}-definition`} className={LABEL}>
            Definition
          </label>
          <input
            id={`${base}-definition`}
            value={values.definition}
            onChange={(e) => setValues({ ...values, definition: e.target.value })}
            className={FIELD}
          />
        </div>
      </div>
      <RefusalNote refusal={refusal} id={`${base}-refusal`} />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={PRIMARY}
          disabled={busy}
          onClick={() =>
            void send(camps.editCamp, target, { expectedVersion: camp.version, changes: values }, 'Saved.')
          }
        >
          Save camp
        </button>
        <button
          type="button"
          className={DANGER}
          disabled={busy}
          aria-label={`Delete the camp “${camp.label}”`}
          onClick={() => void send(camps.deleteCamp, target, { expectedVersion: camp.version }, 'Deleted.')}
        >
          Delete camp
        </button>
        <Status>{status}</Status>
      </div>
    </fieldset>
  )
}

function AddCamp({ storyId }: { storyId: string }) {
  const [values, setValues] = useState({ label: '', definition: '' })
  const { refusal, status, busy, send } = useSettingsCall()
  const add = async (event: React.FormEvent) => {
    event.preventDefault()
    if (await send(camps.addCamp, { id: storyId }, values, 'Camp added.'))
      setValues({ label: '', definition: '' })
  }
  return (
    <form
      onSubmit={add}
      noValidate
      className="mt-6 rounded-md border border-dashed border-zinc-400 p-3 dark:border-zinc-600"
    >
      <h3 className="text-sm font-semibold">Add a camp</h3>
      <div className="mt-2 grid gap-3 sm:grid-cols-[1fr_2fr]">
        <div>
          <label htmlFor="new-camp-label" className={LABEL}>
            Name of the new camp
          </label>
          <input
            id="new-camp-label"
            value={values.label}
            onChange={(e) => setValues({ ...values, label: e.target.value })}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor="new-camp-definition" className={LABEL}>
            Who belongs to it
          </label>
          <input
            id="new-camp-definition"
            value={values.definition}
            onChange={(e) => setValues({ ...values, definition: e.target.value })}
            className={FIELD}
          />
        </div>
      </div>
      <RefusalNote refusal={refusal} id="new-camp-refusal" />
      <div className="mt-2 flex items-center gap-3">
        <button type="submit" className={PRIMARY} disabled={busy}>
          Add camp
        </button>
        <Status>{status}</Status>
      </div>
    </form>
  )
}
