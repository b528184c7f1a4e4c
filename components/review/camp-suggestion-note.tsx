import type { Camp } from '@/components/coding-fields/coded-fields'
import type { CampSuggestion } from '@/lib/import/camp-suggestion'

/** The camps as a draft's card offers them: the suggested one says so, on screen and by name. */
export function campsWithSuggestion(camps: readonly Camp[], suggestion: CampSuggestion | undefined): Camp[] {
  return camps.map((c) =>
    suggestion && c.id === suggestion.perspective ? { ...c, label: `${c.label} (suggested)` } : c,
  )
}

const statements = (n: number) => `${n} reviewed statement${n === 1 ? '' : 's'}`

/** Where a suggestion comes from, in the editor's words. */
export function suggestionReason(suggestion: CampSuggestion): string {
  return suggestion.from === 'this story'
    ? `the speaker’s record in this story: ${statements(suggestion.statements)}, all in this camp`
    : `the speaker’s record in the story “${suggestion.from.storyTitle}”: ${statements(suggestion.statements)} in a camp of the same name`
}

/**
 * A camp the speaker's record suggests, shown as a suggestion until the editor confirms
 * it (or chooses another camp): the draft cannot be marked reviewed before.
 */
export function CampSuggestionNote({
  suggestion,
  camps,
  subject,
  onConfirm,
}: {
  suggestion: CampSuggestion
  camps: readonly Camp[]
  subject: string
  onConfirm: () => void
}) {
  const label = camps.find((c) => c.id === suggestion.perspective)?.label ?? suggestion.perspective
  return (
    <div
      role="group"
      aria-label={`Suggested camp of ${subject}`}
      className="mt-2 flex flex-wrap items-center gap-2 rounded border border-sky-700 bg-sky-50 p-2 text-sm text-sky-950 dark:border-sky-300 dark:bg-sky-950 dark:text-sky-50"
    >
      <p>
        Suggested camp: <strong>{label}</strong>, from {suggestionReason(suggestion)}. Confirm it or choose
        another camp.
      </p>
      <button
        type="button"
        aria-label={`Confirm ${label}, the suggested camp of ${subject}`}
        onClick={onConfirm}
        className="rounded border border-sky-800 px-2 py-0.5 font-medium hover:bg-sky-100 dark:border-sky-200 dark:hover:bg-sky-900"
      >
        Confirm {label}
      </button>
    </div>
  )
}
