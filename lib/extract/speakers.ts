import { ArticleNames, fullerNames, sharedBy } from './article-names'
import { bodyReferredTo, itRefersTo } from './body-references'
import { cleanName, foldName, lastToken } from './names'
import {
  bodyKey,
  descriptionWords,
  DOCUMENT,
  ends,
  KIN,
  initials,
  unheldOffice,
  roleWord,
  roleWords,
  stripDescriptors,
} from './speaker-keys'
import type { SpeakerPhrase } from './speaker'
import { ANAPHORIC_HEAD, type Entity, type Resolved } from './entity'

export { ANAPHORIC_HEAD, type Entity, type Resolved } from './entity'

/**
 * The people and bodies an article names, and which of them a mention means: a surname
 * ("Qureshi"), a pronoun at the start of a sentence, or a description ("the envoy") goes
 * to the one person it fits. When two fit, the mention stays as written and is flagged.
 * Lookups go through maps, so resolving is constant time per mention.
 */

export class Speakers {
  readonly entities: Entity[] = []
  lastSpeaker: Entity | null = null
  lastPerson: Entity | null = null
  lastBody: Entity | null = null
  /** The sentence being read (counted by the caller), and the one that last named a person. */
  sentence = 0
  private lastPersonSentence = -10
  private readonly byName = new Map<string, Entity>()
  /** Persons by the first and the last word of their folded name, and by each word of their title. */
  private readonly bySurname = new Map<string, Entity[]>()
  private readonly byRoleWord = new Map<string, Entity[]>()
  private readonly descriptions = new Map<string, Entity>()
  /** "elder brother" → the person a joint subject called so, "younger brother" → the other. */
  private readonly kin = new Map<string, Entity>()
  private readonly byAcronym = new Map<string, Entity>()
  /** Bodies an unnamed spokesperson spoke for, by the title; the last one, till a person is named. */
  private readonly spokespeople = new Map<string, Entity>()
  private voice: Resolved | null = null
  /** Bodies in order of first mention, for "the ministry". */
  private readonly bodies: Entity[] = []
  /** A title's last words run into a name ("india shankar sharma"), folded: no one's name. */
  private readonly glued = new Set<string>()
  /** What a first pass over the whole article found: full names and spelled-out acronyms. */
  private readonly names: ArticleNames

  constructor(private readonly text: string) {
    this.names = new ArticleNames(text)
  }

  resolve(phrase: SpeakerPhrase, at: number, intro: string): Resolved | null {
    switch (phrase.kind) {
      case 'pronoun': {
        const p = phrase.name.toLowerCase()
        if (p === 'he' || p === 'she' || p === 'him' || p === 'her') {
          // "the FO spokesperson said … He said": the unnamed spokesperson, for the body.
          if (this.voice) return this.voice
          return this.lastPerson && { entity: this.lastPerson, role: this.lastPerson.role }
        }
        const named = /\b(?:the|The)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(intro)
        if (named) return this.resolve({ kind: 'body', name: named[0] ?? '', role: null }, at, '')
        const entity = itRefersTo(this.lastSpeaker, this.lastBody)
        return entity && { entity, role: entity.role }
      }
      case 'description':
        return this.describe(phrase.name, phrase.head!, at)
      case 'person':
        // "ISPR said": an acronym the article spelled out is that body.
        if (this.names.acronyms.has(phrase.name)) return this.body(phrase.name, at)
        return this.person(phrase, at)
      case 'body': {
        const resolved = this.body(phrase.name, at)
        // "A spokesperson for the TTP": the body speaks, and a later "the spokesperson" is it.
        if (resolved && phrase.role) return this.voiced(resolved.entity, phrase.role)
        return resolved
      }
      case 'joint':
        return this.joint(phrase.parts ?? [], phrase.role, at)
    }
  }

  /**
   * "Ali and his elder brother Asal Mir": one speaker named by both full names, and a later
   * "the younger brother" is Ali, "the elder brother" Asal Mir.
   */
  private joint(parts: SpeakerPhrase[], role: string | null, at: number): Resolved | null {
    const people = parts.map((part) => this.person(part, at).entity)
    const [first, second] = people
    const kin = parts[1]?.kin
    if (first && second && kin) {
      this.kin.set(`${kin.rank} ${kin.noun}`, second)
      this.kin.set(`${kin.rank === 'elder' ? 'younger' : 'elder'} ${kin.noun}`, first)
    }
    // Two as "A and B"; a longer list as the article lists it, "A, B, C, D".
    const name = people.map((e) => e.name).join(people.length > 2 ? ', ' : ' and ')
    const entity = this.byName.get(bodyKey(name)) ?? this.add({ name, role, kind: 'body', at })
    return { entity, role }
  }

  private body(written: string, at: number): Resolved | null {
    const document = DOCUMENT.exec(written)
    if (document) {
      // "the statement said": whoever issued it; "the ISPR statement": the ISPR.
      if (document[1]) return this.body(document[1], at)
      const entity = this.lastSpeaker
      return entity && { entity, role: entity.role }
    }
    const name = stripDescriptors(written)
    const back = bodyReferredTo(name, this.bodies, this.lastBody)
    if (back) return { entity: back, role: null }
    const key = bodyKey(name)
    const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,8})$/u.exec(name)?.[1]
    let entity = this.byName.get(key) ?? (acronym ? this.byAcronym.get(acronym) : undefined)
    const spelled = acronym && !entity ? this.names.acronyms.get(acronym) : undefined
    if (spelled) return this.body(spelled, at)
    // "the MEA statement" after "the Ministry of External Affairs": the body it abbreviates.
    entity ??= acronym ? this.bodies.slice(-50).findLast((b) => initials(b.name) === acronym) : undefined
    if (entity && name.length > entity.name.length && bodyKey(name) === bodyKey(entity.name))
      entity.name = name
    entity ??= this.add({ name, role: null, kind: 'body', at })
    return { entity, role: null }
  }

  /**
   * "the envoy": the one person whose title holds that word; among several, the one whose
   * title holds every word of the description. "the 23-year-old": the person just named.
   */
  private describe(name: string, head: string, at: number): Resolved {
    const words = descriptionWords(name)
    const kinWords = words.join(' ').replace(/\b(?:older|eldest)\b/, 'elder')
    const kin = this.kin.get(kinWords.replace(/\byoungest\b/, 'younger'))
    if (kin) return { entity: kin, role: kin.role }
    const byHead = this.withRoleWords([roleWord(head)])
    const fits = byHead.length > 1 ? this.withRoleWords(words) : byHead
    const distinct = [...new Set(fits)]
    if (distinct.length === 1) return { entity: distinct[0]!, role: distinct[0]!.role }
    // "the interior minister" after "Interior Minister Rana Sanaullah's statement": the one
    // person the article gave that title where it named them, though they never spoke.
    const titled = distinct.length === 0 ? this.names.titled(words, head) : null
    if (titled) return this.person({ kind: 'person', name: titled.name, role: titled.role }, titled.at)
    // "A spokesperson for the TTP said …", "The spokesperson blamed …": no person holds the
    // title, so it is the body's spokesperson again.
    const spokenFor = distinct.length === 0 ? this.spokespeople.get(roleWord(head)) : undefined
    if (spokenFor) return { entity: spokenFor, role: head }
    // "the Foreign Office (FO) spokesperson said", a title no one holds: the body speaks.
    const office = distinct.length === 0 ? unheldOffice(name, this.text) : null
    const forOffice = office && this.body(office.body, at)
    if (forOffice) return this.voiced(forOffice.entity, office!.role)
    if (distinct.length === 0 && KIN.test(roleWord(head)) && this.lastPerson)
      return { entity: this.lastPerson, role: this.lastPerson.role }
    // "Zabihullah Mujahid said … The official added …", "… the head of the political office
    // in Doha said": a definite description of the kind any office holder fits, right after
    // the article named a person, is that person (a title of its own would have matched above).
    const just = this.justNamed()
    if (distinct.length === 0 && just && /^the\s/i.test(name) && ANAPHORIC_HEAD.test(head))
      return { entity: just, role: just.role }
    // "said the Nobel Laureate economist": a qualified description the article never gave as a
    // title, after the one person it names has just spoken. A bare "the host" is someone else.
    // An indefinite one ("a police officer") introduces someone new.
    const speaker = this.lastSpeaker
    const qualified = distinct.length === 0 && words.length >= 2 && !/^an?\s/i.test(name)
    if (qualified && this.names.people === 1 && speaker === this.lastPerson && speaker && speaker.at < at)
      return { entity: speaker, role: speaker.role }
    const key = name.toLowerCase()
    let entity = this.descriptions.get(key)
    if (!entity) {
      entity = { name, role: null, kind: 'person', at, head, words }
      this.descriptions.set(key, entity)
      this.entities.push(entity)
    }
    return { entity, role: null, uncertain: distinct.length > 1 || undefined }
  }

  /**
   * Persons whose title holds every word, latest first; at most two distinct ones (all
   * the caller needs to tell one from several), looking back a bounded number of titles.
   */
  withRoleWords(words: string[], after = -1): Entity[] {
    if (words.length === 0) return []
    const [first, ...rest] = words.map(roleWord)
    const list = this.byRoleWord.get(first!) ?? []
    const found: Entity[] = []
    for (let i = list.length - 1; i >= 0 && i >= list.length - 200 && found.length < 2; i--) {
      const e = list[i]!
      if (e.at > after && !found.includes(e) && rest.every((w) => roleWords(e.role ?? '').includes(w)))
        found.push(e)
    }
    return found
  }

  private person(phrase: SpeakerPhrase, at: number): Resolved {
    const written = cleanName(phrase.name)
    const key = foldName(written)
    let entity = this.byName.get(key)
    let uncertain = false
    if (!entity) {
      // "Zalmay, a resident of Paktia," introduces someone of that name; a fuller name the
      // article gives later ("Mohammad Zalmay Afghanyar, an analyst") is someone else.
      const fullers = fullerNames(
        written,
        phrase.role,
        phrase.role ? at : Infinity,
        this.bySurname,
        this.names,
        this.glued,
      )
      const fuller = fullers.length > 1 ? sharedBy(fullers, at, this.lastPerson) : fullers[0]?.name
      if (fuller === null) uncertain = true
      else if (fuller) {
        const known = this.byName.get(foldName(fuller))
        // "Zalmay, a resident of Paktia" after "Mohammad Zalmay Afghanyar, an analyst": a first
        // or middle name introduced with a title that shares nothing with the known one is
        // someone else. A surname with a new title ("Baloch, the police chief") is the same man.
        const someoneElse =
          known?.role &&
          phrase.role &&
          lastToken(fuller) !== key &&
          !descriptionWords(phrase.role).some((w) => descriptionWords(known.role!).includes(w))
        if (!someoneElse) entity = known ?? this.add({ name: fuller, role: null, kind: 'person', at })
      }
    }
    entity ??= this.add({ name: written, role: phrase.role, kind: 'person', at })
    if (phrase.role) {
      this.setRole(entity, phrase.role)
      // "ambassador to India Shankar Sharma": the first pass may read "India Shankar Sharma"
      // as a name; each run of the title's last words into this name is no one's.
      const tokens = foldName(`${phrase.role} ${entity.name}`).split(' ')
      const own = foldName(entity.name).split(' ').length
      for (let i = Math.max(0, tokens.length - own - 4); i < tokens.length - own; i++)
        this.glued.add(tokens.slice(i).join(' '))
    }
    return { entity, role: phrase.role ?? entity.role, uncertain: uncertain || undefined }
  }

  private setRole(entity: Entity, role: string) {
    if (entity.role === role) return
    // "Minister Saud" after "Foreign Affairs Minister NP Saud": the statement keeps the title
    // as written there, the person the fullest one, for a later "he".
    const known = entity.role ? roleWords(entity.role) : []
    if (known.length > 0 && roleWords(role).every((w) => known.includes(w))) return
    entity.role = role
    for (const w of new Set(roleWords(role))) {
      const list = this.byRoleWord.get(w) ?? []
      list.push(entity)
      this.byRoleWord.set(w, list)
    }
  }

  private add(entity: Entity): Entity {
    this.entities.push(entity)
    this.byName.set(entity.kind === 'person' ? foldName(entity.name) : bodyKey(entity.name), entity)
    // "the Foreign Office (FO)", later "the FO".
    const acronym = /\((\p{Lu}{2,8})\)/u.exec(entity.name)?.[1]
    if (acronym && !this.byAcronym.has(acronym)) this.byAcronym.set(acronym, entity)
    if (entity.kind === 'body') this.bodies.push(entity)
    if (entity.kind === 'person') {
      for (const key of ends(entity.name)) {
        const list = this.bySurname.get(key) ?? []
        list.push(entity)
        this.bySurname.set(key, list)
      }
      const role = entity.role
      entity.role = null
      if (role) this.setRole(entity, role)
    }
    return entity
  }

  spoke(entity: Entity) {
    this.lastSpeaker = entity
    if (entity.kind === 'person') this.named(entity)
    else this.lastBody = entity
  }

  /** A body speaking through an unnamed spokesperson, the later "the spokesperson" and "he". */
  private voiced(entity: Entity, role: string): Resolved {
    this.spokespeople.set(roleWord(role), entity)
    return (this.voice = { entity, role })
  }

  /** A person the article names in the sentence being read ("Mir Ali was reluctant."). */
  named(entity: Entity) {
    this.voice = null
    this.lastPerson = entity
    this.lastPersonSentence = this.sentence
  }

  /** The person named in this sentence or the one before, if any. */
  private justNamed(): Entity | null {
    return this.sentence - this.lastPersonSentence <= 1 ? this.lastPerson : null
  }
}
