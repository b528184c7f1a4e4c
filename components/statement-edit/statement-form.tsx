'use client'

import { CodedFields, type Camp } from '@/components/coding-fields/coded-fields'
import type { StatementForm } from '@/lib/edits/form'
import { SpanPicker } from './span-picker'

export interface FieldError {
  field: string
  message: string
}

/**
 * The fields of one statement: the same widgets as a draft in review (components/
 * coding-fields), and its words chosen by selecting them in its source. A refused save
 * marks its field; the form's own button saves them all at once.
 */
export function StatementFields({
  form,
  camps,
  source,
  error,
  onChange,
}: {
  form: StatementForm
  camps: readonly Camp[]
  source: { text: string; label: string } | null
  error: FieldError | null
  onChange: (next: StatementForm) => void
}) {
  const invalid = (...fields: string[]) =>
    error && fields.some((f) => error.field.startsWith(f)) ? true : undefined
  return (
    <div className="space-y-4">
      {source ? (
        <SpanPicker
          sourceText={source.text}
          sourceLabel={source.label}
          anchor={form.anchor}
          text={form.text}
          invalid={invalid('text', 'anchor') ?? false}
          errorId={invalid('text', 'anchor') ? 'edit-error' : undefined}
          onPick={(anchor, text) => onChange({ ...form, anchor, text })}
        />
      ) : null}
      <CodedFields
        values={form}
        camps={camps}
        idPrefix="edit"
        error={error ? { ...error, id: 'edit-error' } : null}
        dateHelp="“Said on Monday”, “in a statement on 4 March”. Leave it empty to use the source’s date."
        onEdit={(key, value) => onChange({ ...form, [key]: value })}
        onCommit={() => undefined}
      />
    </div>
  )
}
