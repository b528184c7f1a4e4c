import type { StatementChangesInput as StatementChangesBody } from '../commands/statements/schema'
import type { StatementSnapshot } from './statement'

/**
 * The coded fields as a form holds them, the same for a draft in review and a statement:
 * each a string, empty for a choice not made yet or a value not given.
 */
export interface CodedValues {
  perspective: string
  speakerName: string
  speakerRole: string
  kind: string
  attribution: string
  channel: string
  stanceValue: string
  stanceLabel: string
  /** One caveat a line. */
  caveats: string
  /** The day the statement was made, YYYY-MM-DD; empty when the source gives none. */
  date: string
}
export type CodedKey = keyof CodedValues

/**
 * The edit form's values and the change they make. Only fields that differ from the
 * version the editor started from are sent, so a conflict is about what they changed,
 * and their input can be put on top of someone else's newer version.
 */
export interface StatementForm extends CodedValues {
  anchor: { start: number; end: number }
  /** The words of `anchor`, as the source shows them: for display, never sent. */
  text: string
}

export function formOf(s: StatementSnapshot): StatementForm {
  return {
    perspective: s.perspective,
    speakerName: s.speaker.name,
    speakerRole: s.speaker.role ?? '',
    kind: s.kind,
    attribution: s.attribution,
    channel: s.channel,
    stanceValue: s.stance?.value ?? '',
    stanceLabel: s.stance?.label ?? '',
    caveats: s.caveats.join('\n'),
    date: s.date ?? '',
    anchor: { ...s.anchor },
    text: s.text,
  }
}

/** The caveats typed one a line, blank lines left out. */
export const caveatList = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)

/** The body of a save: what `form` changes relative to `base`. */
export function changesOf(base: StatementSnapshot, form: StatementForm): StatementChangesBody {
  const was = formOf(base)
  const changes: StatementChangesBody = {}
  if (form.perspective !== was.perspective) changes.perspective = form.perspective
  if (form.speakerName !== was.speakerName || form.speakerRole !== was.speakerRole)
    changes.speaker = {
      name: form.speakerName,
      role: form.speakerRole.trim() === '' ? null : form.speakerRole,
    }
  if (form.kind !== was.kind) changes.kind = form.kind as StatementChangesBody['kind']
  if (form.attribution !== was.attribution) changes.attribution = form.attribution
  if (form.channel !== was.channel) changes.channel = form.channel as StatementChangesBody['channel']
  if (form.stanceValue !== was.stanceValue || form.stanceLabel !== was.stanceLabel)
    changes.stance = {
      value: form.stanceValue as NonNullable<StatementChangesBody['stance']>['value'],
      label: form.stanceLabel,
    }
  const caveats = caveatList(form.caveats)
  if (JSON.stringify(caveats) !== JSON.stringify(base.caveats)) changes.caveats = caveats
  if (form.anchor.start !== was.anchor.start || form.anchor.end !== was.anchor.end)
    changes.anchor = { ...form.anchor }
  if (form.date.trim() !== was.date) changes.date = form.date.trim() === '' ? null : form.date.trim()
  return changes
}

/** The editor's own changes (relative to `base`) put on top of `current`, someone else's newer version. */
export function rebase(
  base: StatementSnapshot,
  form: StatementForm,
  current: StatementSnapshot,
): StatementForm {
  const mine = changesOf(base, form)
  const next = formOf(current)
  if (mine.perspective !== undefined) next.perspective = form.perspective
  if (mine.speaker) Object.assign(next, { speakerName: form.speakerName, speakerRole: form.speakerRole })
  if (mine.kind !== undefined) next.kind = form.kind
  if (mine.attribution !== undefined) next.attribution = form.attribution
  if (mine.channel !== undefined) next.channel = form.channel
  if (mine.stance) Object.assign(next, { stanceValue: form.stanceValue, stanceLabel: form.stanceLabel })
  if (mine.caveats) next.caveats = form.caveats
  if (mine.anchor) Object.assign(next, { anchor: form.anchor, text: form.text })
  if (mine.date !== undefined) next.date = form.date
  return next
}

/** The version the form would save, as a snapshot: shown beside the other in a conflict. */
export function snapshotOf(base: StatementSnapshot, form: StatementForm): StatementSnapshot {
  const changes = changesOf(base, form)
  return {
    ...base,
    ...(changes.perspective !== undefined ? { perspective: changes.perspective } : {}),
    ...(changes.speaker ? { speaker: changes.speaker } : {}),
    ...(changes.kind ? { kind: changes.kind } : {}),
    ...(changes.attribution !== undefined ? { attribution: changes.attribution } : {}),
    ...(changes.channel ? { channel: changes.channel } : {}),
    ...(changes.stance ? { stance: changes.stance } : {}),
    ...(changes.caveats ? { caveats: changes.caveats } : {}),
    ...(changes.anchor ? { anchor: changes.anchor, text: form.text } : {}),
    ...(changes.date !== undefined ? { date: changes.date } : {}),
  }
}
