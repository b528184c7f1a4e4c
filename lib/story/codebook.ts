/**
 * The codebook's closed vocabularies, free of any validation library so that client
 * code (sorting, CSV) can use them without pulling the schema into the browser bundle.
 * The words the app shows for them are in vocabulary.ts.
 */
export const STANCES = ['supports', 'mixed', 'neutral', 'rejects'] as const
export type Stance = (typeof STANCES)[number]

/**
 * A statement that does not address a claim takes no stance on it (never `neutral`). In
 * the facets, the URL and the counts it is a value of its own, always last.
 */
export const NO_STANCE = 'none' as const
export const STANCE_FACETS = [...STANCES, NO_STANCE] as const
export type StanceFacet = (typeof STANCE_FACETS)[number]

export const KINDS = ['direct', 'paraphrase'] as const
export type Kind = (typeof KINDS)[number]

export const CHANNELS = ['firsthand', 'secondhand'] as const
export type Channel = (typeof CHANNELS)[number]

/** How data spells a fact that is not known; the app never guesses it. */
export const UNKNOWN = 'unknown' as const
