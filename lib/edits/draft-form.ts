import type { DraftChangesInput } from '../commands/drafts/schema'
import type { ReviewDraft } from '../import/review-draft'
import { caveatList, type CodedKey, type CodedValues } from './form'

/**
 * A draft's fields as the review's cards edit them: the same form values as a
 * statement's (form.ts), and the body of a save built from the fields the editor changed.
 */

export function draftValues(d: ReviewDraft): CodedValues {
  return {
    perspective: d.perspective ?? '',
    speakerName: d.speaker.name,
    speakerRole: d.speaker.role ?? '',
    kind: d.kind ?? '',
    attribution: d.attribution,
    channel: d.channel ?? '',
    stanceValue: d.stance?.value ?? '',
    stanceLabel: d.stance?.label ?? '',
    caveats: d.caveats.join('\n'),
    date: d.date ?? '',
  }
}

/**
 * Keys a card edits besides the coded fields: a new span (a selection), the review mark,
 * and the confirmation of a camp the speaker's record suggested (true once confirmed), and
 * the stances on further claims (one list, saved whole).
 */
export type DraftKey = CodedKey | 'span' | 'reviewed' | 'confirmCamp' | 'stances'

export function draftValue(d: ReviewDraft, key: string): unknown {
  if (key === 'span') return { start: d.start, end: d.end }
  if (key === 'reviewed') return d.reviewed
  if (key === 'confirmCamp') return d.campSuggestion === undefined
  if (key === 'stances') return d.stances
  if (key === 'caveats') return d.caveats.join('\n')
  return draftValues(d)[key as CodedKey]
}

/** A speaker is saved with both its name and role, a stance with its value and label. */
export const DRAFT_PAIRS = [
  ['speakerName', 'speakerRole'],
  ['stanceValue', 'stanceLabel'],
] as const

const orNull = (value: string) => (value === '' ? null : value)

/**
 * The body of a draft's save: each field given, with its partner (a speaker's role with
 * its name) from the saved draft when it was not edited. A stance label with no stance
 * chosen cannot be saved yet: the refusal says so, in words.
 */
export function draftPatch(
  fields: ReadonlyMap<string, unknown>,
  saved: ReviewDraft,
): { ok: true; patch: DraftChangesInput & { reviewed?: boolean } } | { ok: false; message: string } {
  const get = (key: DraftKey) => (fields.has(key) ? fields.get(key) : draftValue(saved, key)) as string
  const patch: DraftChangesInput & { reviewed?: boolean } = {}
  if (fields.has('speakerName') || fields.has('speakerRole'))
    patch.speaker = { name: get('speakerName'), role: orNull(get('speakerRole')) }
  if (fields.has('stanceValue') || fields.has('stanceLabel')) {
    const value = get('stanceValue')
    if (value === '') return { ok: false, message: 'Choose a stance first: its label is saved with it.' }
    patch.stance = {
      value: value as NonNullable<DraftChangesInput['stance']>['value'],
      label: get('stanceLabel'),
    }
  }
  // Confirming a suggested camp is giving that camp as the editor's own choice.
  if (fields.has('perspective') || fields.get('confirmCamp') === true)
    patch.perspective = orNull(get('perspective'))
  if (fields.has('kind')) patch.kind = orNull(get('kind')) as DraftChangesInput['kind']
  if (fields.has('channel')) patch.channel = orNull(get('channel')) as DraftChangesInput['channel']
  if (fields.has('attribution')) patch.attribution = get('attribution')
  if (fields.has('caveats')) patch.caveats = caveatList(get('caveats'))
  if (fields.has('date')) patch.date = orNull(get('date').trim())
  if (fields.has('span')) patch.span = fields.get('span') as { start: number; end: number }
  if (fields.has('stances')) patch.stances = fields.get('stances') as DraftChangesInput['stances']
  if (fields.has('reviewed')) patch.reviewed = fields.get('reviewed') as boolean
  return { ok: true, patch }
}
