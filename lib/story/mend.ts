import { CAVEATS_MAX } from './fields'
import type { SourceDate } from './schema'
import type { Story } from './story-check'
import { cleanName, isCalendarDay, isHttpUrl, nameKey, plainText } from './values'

/**
 * Values a story holds that today's rules would refuse: stored before the rules were
 * what they are (a source dated 2024-02-31, a speaker named only with invisible
 * characters, two camps that read the same). They still load and show as they are; this
 * lists them, each with what is wrong in the rule's own words, for an editor to mend.
 */

export interface ToMend {
  /** What holds it: a source, a camp or a statement. */
  kind: 'source' | 'camp' | 'statement'
  id: string
  /** The field, in the words the forms use. */
  field: string
  value: string
  problem: string
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/** A name's problem: none, unless nothing visible is left or it holds a NUL or control character. */
function nameProblem(value: string, what: string): string | null {
  const checked = cleanName(value, what, Infinity)
  return checked.ok ? null : checked.message
}

function dateProblem(date: SourceDate | undefined): string | null {
  if (date === undefined || date === 'unknown') return null
  const day = typeof date === 'string' ? date : date.value
  return isCalendarDay(day)
    ? null
    : `The date ${day} is not a real day: give the day the source was published, or “unknown”.`
}

export function valuesToMend(story: Story): ToMend[] {
  const found: ToMend[] = []
  const add = (kind: ToMend['kind'], id: string, field: string, value: unknown, problem: string | null) => {
    if (problem) found.push({ kind, id, field, value: shown(value), problem })
  }
  for (const source of story.sources) {
    add('source', source.id, 'Date', source.date, dateProblem(source.date))
    if (source.url !== 'unknown' && !isHttpUrl(source.url))
      add(
        'source',
        source.id,
        'URL',
        source.url,
        'This is not a web address starting with http:// or https://.',
      )
    for (const [field, value] of [
      ['Publisher', source.publisher],
      ['Title', source.title],
    ] as const) {
      const text = plainText(value, `The ${field.toLowerCase()}`)
      add('source', source.id, field, value, text.ok ? null : text.message)
    }
  }
  story.perspectives.forEach((camp, i) => {
    add('camp', camp.id, 'Name', camp.label, nameProblem(camp.label, 'The camp’s name'))
    const twin = story.perspectives.slice(0, i).find((other) => nameKey(other.label) === nameKey(camp.label))
    if (twin)
      add(
        'camp',
        camp.id,
        'Name',
        camp.label,
        `It reads the same as the camp “${twin.label}” (they differ only in capitals, character widths or invisible characters): rename one, or move this one's statements to the other and delete it.`,
      )
  })
  for (const s of story.statements) {
    add('statement', s.id, 'Speaker', s.speaker.name, nameProblem(s.speaker.name, 'The speaker’s name'))
    if (s.speaker.role !== null)
      add('statement', s.id, 'Role', s.speaker.role, nameProblem(s.speaker.role, 'The speaker’s role'))
    if (s.date !== undefined && !isCalendarDay(s.date))
      add(
        'statement',
        s.id,
        'Date',
        s.date,
        `The date ${s.date} is not a real day: give the day it was said, or clear it.`,
      )
    if (s.caveats.length > CAVEATS_MAX)
      add(
        'statement',
        s.id,
        'Caveats',
        `${s.caveats.length} caveats`,
        `At most ${CAVEATS_MAX} caveats: keep the ones a careful reader must know.`,
      )
  }
  return found
}
