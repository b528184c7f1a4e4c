import { z } from 'zod'
import { maybeUnknown, sourceDate, sourceUrl, version } from '../../story/fields'
import { endpoint } from '../endpoint'

/** A source's facts (editors); its text stays as imported. */

export interface SourceFacts {
  publisher: string
  title: string
  date: unknown
  url: string
}
export interface SourceSnapshot extends SourceFacts {
  id: string
  version: number
}

const PATH = '/api/stories/[id]/sources/[sourceId]'

export const sourceFacts = z.strictObject({
  publisher: maybeUnknown('The publisher', 300),
  title: maybeUnknown('The title', 500),
  date: sourceDate,
  url: sourceUrl,
})

export const editSource = endpoint<{ source: SourceSnapshot }>()({
  method: 'PATCH',
  path: PATH,
  access: 'editor',
  input: z.strictObject({ expectedVersion: version, changes: sourceFacts.partial() }),
})

/** Only a source no statement cites; otherwise the refusal lists them. */
export const deleteSource = endpoint<{ deleted: SourceSnapshot }>()({
  method: 'DELETE',
  path: PATH,
  access: 'editor',
  input: z.strictObject({ expectedVersion: version.optional() }),
})
