import { ROLE_WORDS } from './lexicon'
import { bareToken, foldName, fullNames } from './names'

/** Up to five capitalised words (a possessive place first) right before a name. */
const TITLE_BEFORE = /((?:\p{Lu}[\p{L}-]*[’']s\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)\s+$/u
import { ends, roleWord, roleWords } from './speaker-keys'

/**
 * Names a first pass over the whole article finds, for mentions that come before or
 * after them: full names by their words, bodies spelled out with an acronym, and how many
 * people the article names. Linear in the text's length.
 */
export class ArticleNames {
  /** Bodies the article spells out with an acronym, by the acronym. */
  readonly acronyms = new Map<string, string>()
  /** The article's full names by each word of them, with the offset of first mention. */
  readonly bySurname = new Map<string, { name: string; at: number }[]>()
  /** People the article names with a title right before the name, in order. */
  readonly titles: { name: string; role: string; at: number }[] = []
  /**
   * The one person the article names with a title holding the description's head word
   * (and, among several, every word of it), wherever it names them; null otherwise.
   */
  titled(words: string[], head: string): { name: string; role: string; at: number } | null {
    const key = roleWord(head)
    const byHead = this.titles.filter((t) => roleWords(t.role).includes(key))
    const fits =
      new Set(byHead.map((t) => foldName(t.name))).size > 1
        ? byHead.filter((t) => words.every((w) => roleWords(t.role).includes(roleWord(w))))
        : byHead
    return new Set(fits.map((t) => foldName(t.name))).size === 1 ? fits[0]! : null
  }

  /** How many distinct people the whole article names. */
  readonly people: number

  constructor(text: string) {
    // "the Inter-Services Public Relations (ISPR)" anywhere: a later "ISPR" is that body.
    // Found from each "(ACRONYM)" back, so the work follows the acronyms, not the capitals.
    const acronyms = /\((\p{Lu}{2,8})\)/gu
    const spelled = /((?:[Tt]he\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}’'-]*)){0,8})\s+$/u
    for (let a = acronyms.exec(text); a; a = acronyms.exec(text)) {
      const acronym = a[1]!
      if (this.acronyms.has(acronym)) continue
      const name = spelled.exec(text.slice(Math.max(0, a.index - 300), a.index))?.[1]
      if (name) this.acronyms.set(acronym, `${name} (${acronym})`)
    }
    const names = [...fullNames(text).values()]
    // "Pakistan's Interior Minister Rana Sanaullah's statement": the title the article gives
    // a person where it first names them, for a later "the interior minister".
    for (const entry of names) {
      const before = text.slice(Math.max(0, entry.at - 80), entry.at)
      const title = TITLE_BEFORE.exec(before)?.[1]
      if (title && ROLE_WORDS.has(bareToken(title.split(/\s+/).at(-1)!)))
        this.titles.push({ ...entry, role: title })
    }
    this.people = new Set(names.map((entry) => foldName(entry.name))).size
    for (const entry of names)
      for (const key of ends(entry.name)) {
        const list = this.bySurname.get(key) ?? []
        list.push(entry)
        this.bySurname.set(key, list)
      }
  }
}

/** A full name a short mention may stand for, with the offset of its first mention. */
export interface NameAt {
  name: string
  at: number
}

/**
 * The fuller names a short mention may stand for ("Qureshi", "Mr Qureshi", "Gen. Munir"):
 * each distinct person the article names with a longer name holding it (given before
 * `before`, when the mention introduces someone with a title of its own), with the offset
 * where the article first names them. `glued`: names a title's last words run into (see
 * Speakers), which are no one's.
 */
export function fullerNames(
  written: string,
  role: string | null,
  before: number,
  entities: ReadonlyMap<string, readonly NameAt[]>,
  names: ArticleNames,
  glued: ReadonlySet<string> = new Set(),
): NameAt[] {
  const folded = foldName(written)
  // "ambassador in Islamabad Ahmad Shakib": the first pass glued the title's place to the name.
  const titled = role ? ` ${foldName(`${role} ${written}`)}` : ''
  const tokens = folded.split(' ')
  if (tokens.length > 2) return []
  const candidates = new Map<string, NameAt>()
  const consider = (entry: NameAt) => {
    const f = foldName(entry.name)
    // "Qureshi" or "Gen. Munir" ends the full name; "Zabihullah", "Asif Mahmud" begin it;
    // "Khalid" stands inside "AFM Khalid Hossain".
    if (f !== folded && ` ${f} `.includes(` ${folded} `) && !titled.endsWith(` ${f}`)) {
      const kept = candidates.get(f)
      // The fullest form: honorifics kept as the article writes them at its fullest.
      const name =
        !kept || entry.name.split(/\s+/).length > kept.name.split(/\s+/).length ? entry.name : kept.name
      candidates.set(f, { name, at: Math.min(entry.at, kept?.at ?? Infinity) })
    }
  }
  for (const key of new Set([tokens.at(-1)!, tokens[0]!])) {
    for (const e of entities.get(key) ?? []) consider(e)
    // "ambassador to India Shankar Sharma": the first pass glued the title's place to a
    // known person's name ("India Shankar Sharma"); that is no one else.
    for (const n of names.bySurname.get(key) ?? [])
      if (n.at < before && !glued.has(foldName(n.name))) consider(n)
  }
  // "Asim Munir" and "Syed Asim Munir" are one person written two ways: keep the longer,
  // first named where either was.
  const keys = [...candidates.keys()].sort((a, b) => b.length - a.length)
  const people: NameAt[] = []
  keys.forEach((k, i) => {
    const longer = keys.slice(0, i).find((l) => ` ${l} `.includes(` ${k} `))
    if (!longer) people.push(candidates.get(k)!)
    else {
      const kept = people.find((p) => foldName(p.name) === longer)
      if (kept) kept.at = Math.min(kept.at, candidates.get(k)!.at)
    }
  })
  return people
}

/**
 * A short name several people share ("Mujahid" for two Mujahids): the one the article is
 * talking about, that is, the person it named last; failing that, the only one of them it
 * has introduced before the mention, for a full name introduces a person and a bare name
 * refers back. Null (left as written, flagged) when neither settles it.
 */
export function sharedBy(fullers: NameAt[], at: number, lastPerson: { name: string } | null): string | null {
  const last = lastPerson && foldName(lastPerson.name)
  const current = fullers.find((f) => foldName(f.name) === last)
  if (current) return current.name
  const earlier = fullers.filter((f) => f.at < at)
  return earlier.length === 1 ? earlier[0]!.name : null
}
