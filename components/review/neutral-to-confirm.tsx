import { NO_STANCE_NAME } from '@/lib/story/vocabulary'

/**
 * For editors: the main-claim stances coded `neutral` before the codebook said what
 * neutral means (addresses the claim, takes no side). Each may have meant that the
 * statement does not address the question; an editor confirms or clears it.
 */
export function NeutralToConfirm({
  items,
}: {
  items: readonly { statementId: string; speaker: string; label: string | null }[]
}) {
  if (items.length === 0) return null
  return (
    <details className="mt-3 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50 print:hidden">
      <summary className="cursor-pointer font-semibold">
        {items.length} “Neutral” stance{items.length === 1 ? '' : 's'} to confirm
      </summary>
      <p className="mt-1">
        These were coded before “Neutral” meant that a statement addresses the question and takes no side.
        Check each: if the statement does not address the question, its stance should be “{NO_STANCE_NAME}”.
      </p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.statementId}>
            <a href={`#s-${item.statementId}`} className="text-blue-800 underline dark:text-blue-200">
              {item.speaker}
            </a>
            {item.label ? `: ${item.label}` : ''}
          </li>
        ))}
      </ul>
    </details>
  )
}
