/** A person or body an article names, as the speaker resolver keeps them. */

/**
 * Heads of descriptions any named office holder fits ("the official", "the head of …"),
 * as against titles that name an office of their own ("the minister", "the spokesman").
 */
export const ANAPHORIC_HEAD = /^(?:official|officer|head|diplomat|politician|representative)$/

export interface Entity {
  name: string
  role: string | null
  kind: 'person' | 'body'
  /** Offset of first mention, to resolve a description to a later introduction. */
  at: number
  /** An unresolved definite description ("the central bank governor") and its words. */
  head?: string
  words?: string[]
}

export interface Resolved {
  entity: Entity
  role: string | null
  /** Two or more people fit the mention; it stays as written, for review. */
  uncertain?: boolean
}
