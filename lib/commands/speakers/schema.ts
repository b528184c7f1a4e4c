import { z } from 'zod'
import { filled } from '../../story/fields'
import { endpoint } from '../endpoint'

/**
 * Merging and splitting speakers (editors). Names are given exactly as statements give
 * them: a merge joins those very names, so they are not tidied here.
 */

const speaker = filled('The speaker’s name', 300)

/** `name` becomes a variant of `into`. */
export const mergeSpeaker = endpoint<{ canonical: string; moved: string[] }>()({
  method: 'POST',
  path: '/api/speakers/merge',
  access: 'editor',
  input: z.strictObject({ name: speaker, into: speaker }),
})

/** A merged name is its own speaker again. */
export const splitSpeaker = endpoint<{ name: string; was: string }>()({
  method: 'POST',
  path: '/api/speakers/split',
  access: 'editor',
  input: z.strictObject({ name: speaker }),
})
