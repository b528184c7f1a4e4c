import type { Channel, Kind } from '../story/codebook'

/** One drafted statement; its own file so the extractor's stages can name it without importing the extractor. */
export interface DraftStatement {
  /** The full name as the article gives it, with pronouns and descriptions resolved. */
  speaker: string
  /** The title as the article gives it, or null when it gives none. */
  role: string | null
  kind: Kind
  /** Exactly input.slice(start, end). */
  text: string
  start: number
  end: number
  /** The cue and its setting: "stated during a press conference". */
  attribution: string
  channel: Channel
  /** The reporting verb or phrase. */
  cue: string
  /**
   * Present (true) when two people fit the mention ("the minister" with two ministers
   * named): the speaker is then left as the article writes it, for the analyst to settle.
   */
  speakerUncertain?: true
}
