import { FINITE_CUE, OUTLET_TAILS, SPEECH_CUE, TAKES_OBJECT, isOutlet, opensWithPreposition } from './cues'
import { MASK } from './frames'
import { documentIssuer, parseSpeakerPhrase, type SpeakerPhrase } from './speaker'
import { leadsReport } from './verb-led'

/**
 * What a sentence says after its content about who said it: the speaker named after the
 * clause ("…, the military said on Sunday") and the outlets it came through ("…, Dawn
 * reported"), cut from the end of a sentence whose quotations are masked (frames.ts).
 */

/** Cut outlet tails from the end: ", as reported by Pakistani media", ", Dawn reported". */
export function cutOutletTails(s: string, end: number): { end: number; tails: string[] } {
  const tails: string[] = []
  for (let round = 0; round < 3; round++) {
    const core = s.slice(0, end)
    // "citing …" and "as reported by …" always name a go-between; "according to" only an outlet.
    // "according to a joint UNHCR and IOM report": the report's issuer speaks, unless an outlet.
    const outlet = (tail: string) =>
      isOutlet(documentIssuer(tail.replace(/^,?\s*according\s+to\s+/i, '')) ?? tail)
    const hit = OUTLET_TAILS.map((re) => re.exec(core)).find((m, i) => m && (i === 0 || outlet(m[0] ?? '')))
    if (!hit) break
    tails.unshift((hit[0] ?? '').replace(/^,?\s*/, ''))
    end = hit.index
  }
  return { end, tails }
}

export const withTails = (attribution: string, tails: string[]) =>
  tails.length === 0 ? attribution : [attribution, ...tails].filter(Boolean).join(', ')

/** The speaker named after the content: "…, the military said on Sunday." */
export function speakerTail(
  s: string,
  end: number,
): { speaker: SpeakerPhrase; cue: string; attribution: string; at: number; next?: number } | null {
  let core = s.slice(0, end)
  // "…, the minister said, adding that …": the tail's speaker goes on; searched without it.
  const going = /,\s+(?=(?:adding|saying|noting|stressing|warning|insisting)\b)/.exec(core)
  const next = going && going.index > 0 ? going.index + going[0].length : undefined
  if (next !== undefined) core = core.slice(0, going!.index)
  // "…, officials said, as a ceasefire failed to hold": the last clause only sets the scene.
  const subordinate =
    /,\s+(?:as|while|after|when|before|amid|following|because|since|even\s+as|days?\s+after|hours?\s+after)\s+[^,]+$/i.exec(
      core,
    )
  if (subordinate) core = core.slice(0, subordinate.index)
  // "…, according to border officials, creating bottlenecks on either side": what followed.
  const consequence = /,\s+(?!according\b)(\p{Ll}+ing)\s[^,]+$/u.exec(core)
  if (consequence && !SPEECH_CUE.test(consequence[1] ?? '')) core = core.slice(0, consequence.index)
  // Try the last comma, then the one before it, for "…, said Mujahid, the spokesman"; first,
  // a quoted fragment ending the clause, whose comma wire style puts inside the marks
  // ("…, a decision that Iran “respects,” he said").
  const last = core.lastIndexOf(',')
  const points = [last, core.lastIndexOf(',', last - 1)].filter((p) => p > 0)
  const afterQuote = /\u0001\s+[^,\u0001]+$/.exec(core)
  if (afterQuote && afterQuote.index > last) points.unshift(afterQuote.index + 1)
  for (const comma of points) {
    const tail = core.slice(comma + (core.charAt(comma) === ',' ? 1 : 0)).trim()
    if (tail.includes(MASK)) return null
    const according = /^according\s+to\s+(.+)$/i.exec(tail)
    if (according) {
      const speaker = parseSpeakerPhrase(according[1] ?? '')
      return speaker ? { speaker, cue: 'according to', attribution: 'according to', at: comma, next } : null
    }
    const inverted = /^(said|says|added|told\s+\S+)\s+(.+)$/i.exec(tail)
    if (inverted) {
      const speaker = parseSpeakerPhrase(inverted[2] ?? '')
      if (speaker) return { speaker, cue: inverted[1] ?? '', attribution: inverted[1] ?? '', at: comma, next }
    }
    FINITE_CUE.lastIndex = 0
    const m = FINITE_CUE.exec(tail)
    if (m && m.index > 0) {
      const rest = tail.slice(m.index + (m[0] ?? '').length).trim()
      // After a tail's verb comes only its setting ("on Friday"), never a clause of its own.
      const settingOnly =
        rest === '' ||
        opensWithPreposition(rest) ||
        /^(?:this|last|late|earlier|yesterday|today)\b/i.test(rest) ||
        (TAKES_OBJECT.has((m[2] ?? '').toLowerCase()) &&
          /^(?:\p{Lu}|reporters|journalists|the\s+media)/u.test(rest))
      // "In addition to …, Andrabi commented on recent incidents": a verb phrase of its own
      // (a lower-case object after the preposition), not a setting such as "on Friday".
      const ownReport =
        leadsReport(m[2] ?? '', ` ${rest}`) &&
        /^\p{Ll}+\s+(?!(?:this|last|late|earlier|yesterday|today|the\s+(?:occasion|sidelines|eve))\b)\p{Ll}/u.test(
          rest,
        )
      if (settingOnly && !ownReport && rest.split(/\s+/).length <= 8 && !/^(?:and|but)\s/i.test(tail)) {
        const speaker = parseSpeakerPhrase(tail.slice(0, m.index))
        if (speaker)
          return {
            speaker,
            cue: m[2] ?? '',
            attribution: tail.slice(m.index + (m[1] ?? '').length).trim(),
            at: comma,
            next,
          }
      }
    }
  }
  return null
}

/**
 * The outlet a tail names ("Express News reported", "according to AFP", "reports The Daily
 * Star"), when it names one: unnamed media ("local media") and non-outlets give null.
 */
export function namedOutlet(tail: string): SpeakerPhrase | null {
  const name =
    /^(?:according\s+to|as\s+reported\s+(?:by|in))\s+(.+)$/i.exec(tail)?.[1] ??
    /^(?:reported|reports)\s+(.+)$/i.exec(tail)?.[1] ??
    /^(.+?)\s+(?:reported|reports)$/i.exec(tail)?.[1]
  if (!name || !isOutlet(name) || !/\p{Lu}/u.test(name.replace(/^the\s+/i, ''))) return null
  const speaker = parseSpeakerPhrase(name)
  return speaker?.kind === 'body' || speaker?.kind === 'person' ? speaker : null
}
