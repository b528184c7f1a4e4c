import type { StatementChangesInput as StatementChangesBody } from '../commands/statements/schema'
import type { StanceOnClaim, StatementSnapshot } from './statement'

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
  /** Its stances on the story's further claims: one for each claim it addresses. */
  stances: StanceOnClaim[]
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
    stances: (s.stances ?? []).map((x) => ({ ...x })),
  }
}

/** Two lists of stances on claims say the same, whatever their order. */
const sameStances = (a: readonly StanceOnClaim[], b: readonly StanceOnClaim[]) => {
  const key = (list: readonly StanceOnClaim[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => (x.claim < y.claim ? -1 : x.claim > y.claim ? 1 : 0))
        .map((x) => [x.claim, x.value, x.label]),
    )
  return key(a) === key(b)
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
  if (!sameStances(form.stances, was.stances))
    changes.stances = form.stances.map((x) => ({
      claim: x.claim,
      value: x.value as NonNullable<StatementChangesBody['stances']>[number]['value'],
      label: x.label,
    }))
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
  if (mine.stances) next.stances = form.stances
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
    ...(changes.stances ? { stances: changes.stances } : {}),
  }
}
