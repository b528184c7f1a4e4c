'use client'

import type { CodedKey, CodedValues } from '@/lib/edits/form'
import { CHANNELS, KINDS, STANCES } from '@/lib/story/codebook'
import { CHANNEL_LABELS, KIND_LABELS, STANCE_MEANINGS, STANCE_NAMES } from '@/lib/story/vocabulary'
import { ChoiceField, DateField, Rule, SelectField, TextField, type Option } from './fields'

export interface Camp {
  id: string
  label: string
  definition: string
}

export interface FieldError {
  /** The field refused, as the server names it: speaker.name, stance.label, date… */
  field: string
  message: string
  /** The id of the element that shows the message. */
  id: string
}

/** Which form field a refusal's field is: "speaker.name" is the speaker's name box. */
const KEYS: Record<CodedKey, string> = {
  perspective: 'perspective',
  speakerName: 'speaker.name',
  speakerRole: 'speaker.role',
  kind: 'kind',
  attribution: 'attribution',
  channel: 'channel',
  stanceValue: 'stance.value',
  stanceLabel: 'stance.label',
  caveats: 'caveats',
  date: 'date',
}

const CHANNEL_MEANINGS = {
  firsthand: 'the source heard it itself',
  secondhand: 'the source knows it through another outlet',
} as const

const channels = CHANNELS.map((c) => ({
  value: c,
  label: CHANNEL_LABELS[c],
  description: CHANNEL_MEANINGS[c],
}))
const stances = STANCES.map((s) => ({ value: s, label: STANCE_NAMES[s], description: STANCE_MEANINGS[s] }))
const RULES: Record<string, string> = {
  attribution: 'Rule: attribution',
  story: 'Rule: camps',
  stance: 'Rule: the stance scale',
}
const DATE = 'Date the statement was made, if the source gives one'

/**
 * Every coded field of a statement, the same widgets for a draft in review and for a
 * statement of the story: the camp with its definition, the speaker, the kind, how the
 * source knows, the date, the stance with what it means and its label, the caveats, each
 * beside the codebook's rule. `subject` names the card the fields belong to, on a page of several.
 */
export function CodedFields({
  values,
  camps,
  subject,
  idPrefix,
  error,
  dateHelp,
  onEdit,
  onCommit,
}: {
  values: CodedValues
  camps: readonly Camp[]
  subject?: string
  idPrefix: string
  error?: FieldError | null
  dateHelp: string
  onEdit: (key: CodedKey, value: string) => void
  onCommit: (key: CodedKey) => void
}) {
  const of = (base: string) => (subject === undefined ? base : `${base} of ${subject}`)
  const comma = (base: string) => (subject === undefined ? base : `${base}, ${subject}`)
  const common = (key: CodedKey, name: string, shown: string) => ({
    id: `${idPrefix}-${key}`,
    name,
    shown,
    invalid: error ? error.field === KEYS[key] || error.field.startsWith(`${KEYS[key]}.`) : false,
    errorId: error?.id,
  })
  const text = (key: CodedKey, shown: string, help?: string, multiline = false) => (
    <TextField
      {...common(key, of(shown), shown)}
      help={help}
      multiline={multiline}
      value={values[key]}
      onEdit={(value) => onEdit(key, value)}
      onCommit={() => onCommit(key)}
    />
  )
  const choose = (key: CodedKey) => (value: string) => {
    onEdit(key, value)
    onCommit(key)
  }
  /** A choice among a few, each with what it means, beside its rule in the codebook. */
  const pick = (key: CodedKey, name: string, shown: string, options: readonly Option[], section: string) => (
    <ChoiceField
      {...common(key, name, shown)}
      options={options}
      value={values[key]}
      rule={<Rule section={section}>{RULES[section]}</Rule>}
      onChoose={choose(key)}
    />
  )
  const campOptions = camps.map((c) => ({ value: c.id, label: c.label, description: c.definition }))
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-3">
        {text('speakerName', 'Speaker', 'As the source names them, in full.')}
        {text('speakerRole', 'Role', 'The title as the source gives it; empty when it gives none.')}
        <SelectField
          {...common('kind', of('Kind'), 'Kind')}
          options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={values.kind}
          rule={<Rule section="kinds">Rule: quote or paraphrase</Rule>}
          onChoose={choose('kind')}
        />
        {text(
          'attribution',
          'Attribution',
          'How the source knows: “said at a press conference”, “as reported by …”.',
        )}
        {pick(
          'channel',
          comma('First-hand or secondhand'),
          'First-hand or secondhand',
          channels,
          'attribution',
        )}
        <DateField
          {...common('date', comma(DATE), DATE)}
          help={dateHelp}
          clearName={subject === undefined ? 'Clear the date' : `Clear the date of ${subject}`}
          value={values.date}
          onEdit={(value) => onEdit('date', value)}
          onCommit={() => onCommit('date')}
        />
        {text('caveats', 'Caveats', 'One a line: what a careful reader must know.', true)}
        <Rule section="caveats">Rule: caveats</Rule>
      </div>
      <div className="space-y-3">
        {pick('perspective', of('Camp'), 'Camp', campOptions, 'story')}
        {pick('stanceValue', of('Stance'), 'Stance', stances, 'stance')}
        {text(
          'stanceLabel',
          'Stance label',
          'A few words in yours: what this statement says on the question.',
        )}
      </div>
    </div>
  )
}
