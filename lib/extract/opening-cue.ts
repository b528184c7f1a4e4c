import { introLength } from './frames'

/**
 * A participle of a speech act before the sentence's cue: opening the sentence ("Calling for
 * special border security arrangement, the Home Minister said …") or set off between the
 * subject and its verb ("X, while stressing the presence of Iran in Syria, said …"). Either is
 * a statement of its own, by whoever speaks first in the sentence (sentence-statements.ts).
 */

/** Speech acts (calling for, urging, condemning …), not framing ("Expressing surprise over …"). */
const OPENING_CUE =
  /^((Calling\s+(?:for|on|upon)|Urging|Demanding|Condemning|Denouncing|Rejecting|Denying|Accusing|Vowing|Pledging)\s[^,\u0001]{3,160}(?:\u0001+[^,\u0001]{0,80})*),\s/

/** "X, while stressing …, said": not "X, while visiting Kabul, said". */
const ASIDE_CUE =
  /^[^,\u0001]{3,120},\s+(?:while|whilst)\s+((stressing|emphasi[sz]ing|underscoring|stating|noting|insisting|urging|calling\s+for|rejecting|denying|condemning)\s[^,\u0001]{3,160}),\s/

/** The participle phrase as a range of the masked sentence, and its cue. */
export function openingCue(masked: string): { cue: string; start: number; end: number } | null {
  const m = OPENING_CUE.exec(masked)
  if (m) return { cue: m[2]!, start: 0, end: m[1]!.length }
  const intro = introLength(masked)
  const aside = ASIDE_CUE.exec(masked.slice(intro))
  if (!aside) return null
  // The phrase is the group right before the closing ", ".
  const end = intro + aside[0].length - 2
  return { cue: aside[2]!, start: end - aside[1]!.length, end }
}
