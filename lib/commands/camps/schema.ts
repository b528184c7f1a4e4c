import { z } from 'zod'
import { filled, name, version } from '../../story/fields'
import { endpoint } from '../endpoint'

/** A story's camps (editors): add, rename or redefine, reorder, delete an empty one. */

export interface CampSnapshot {
  id: string
  label: string
  definition: string
  position: number
  version: number
}

export const campLabel = name('The camp’s name', 200)
export const campDefinition = filled('The camp’s definition', 1_000)

const CAMPS = '/api/stories/[id]/camps'
const CAMP = '/api/stories/[id]/camps/[campId]'

/** Adds a camp at the end. */
export const addCamp = endpoint<{ camp: CampSnapshot }>()({
  method: 'POST',
  path: CAMPS,
  access: 'editor',
  input: z.strictObject({ label: campLabel, definition: campDefinition }),
})

/** Puts the camps in a new order: every camp, once, as the editor saw them. */
export const reorderCamps = endpoint<{ camps: CampSnapshot[] }>()({
  method: 'PUT',
  path: CAMPS,
  access: 'editor',
  input: z.strictObject({ order: z.array(z.string().max(200)).min(1).max(1_000) }),
})

export const editCamp = endpoint<{ camp: CampSnapshot }>()({
  method: 'PATCH',
  path: CAMP,
  access: 'editor',
  input: z.strictObject({
    expectedVersion: version,
    changes: z.strictObject({ label: campLabel, definition: campDefinition }).partial(),
  }),
})

/** Only a camp with no statements left; otherwise the refusal lists them. */
export const deleteCamp = endpoint<{ deleted: CampSnapshot }>()({
  method: 'DELETE',
  path: CAMP,
  access: 'editor',
  input: z.strictObject({ expectedVersion: version.optional() }),
})
