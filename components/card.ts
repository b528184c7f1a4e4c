/** The panel every boxed piece of a page sits in, so all of them change together. */
export const CARD = 'rounded-lg border border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900'
