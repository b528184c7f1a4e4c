/** The look of the account forms' fields and buttons. */
export const FIELD =
  'mt-1 w-full rounded border border-zinc-400 bg-white px-3 py-2 dark:border-zinc-500 dark:bg-zinc-900'
export const BUTTON =
  'rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 disabled:opacity-70'
export const QUIET_BUTTON =
  'rounded border border-zinc-500 px-3 py-1.5 font-medium text-zinc-900 hover:bg-zinc-100 dark:text-zinc-50 dark:hover:bg-zinc-800'
