/**
 * The codebook's closed vocabularies, free of any validation library so that client
 * code (sorting, CSV) can use them without pulling the schema into the browser bundle.
 * The words the app shows for them are in vocabulary.ts.
 */
export const STANCES = ['supports', 'mixed', 'neutral', 'rejects'] as const
export type Stance = (typeof STANCES)[number]

export const KINDS = ['direct', 'paraphrase'] as const
export type Kind = (typeof KINDS)[number]

export const CHANNELS = ['firsthand', 'secondhand'] as const
export type Channel = (typeof CHANNELS)[number]

/** Whether an analyst has checked a statement: the import tools mark theirs "draft". */
export const REVIEWS = ['draft', 'reviewed'] as const
export type Review = (typeof REVIEWS)[number]

/** The camp of drafted statements the import could not place; assigned on review. */
export const UNASSIGNED = 'unassigned' as const

/** How data spells a fact that is not known; the app never guesses it. */
export const UNKNOWN = 'unknown' as const
