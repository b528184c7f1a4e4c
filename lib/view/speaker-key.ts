/**
 * How a speaker files in a sorted list: a person by surname, as a reader looks them up
 * ("Gen. Asim Munir" under M, "Jan Achakzai" under A), a body by its name without the
 * article ("The Taliban" under T for Taliban). Honorifics and ranks never decide the
 * order. The key is plain text; the sort folds its case and accents (textSortKey).
 */

// Words a source puts before a name: ranks, honorifics and the article.
const LEADING = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'gen',
  'general',
  'lt',
  'lieutenant',
  'maj',
  'major',
  'col',
  'colonel',
  'brig',
  'brigadier',
  'capt',
  'captain',
  'adm',
  'admiral',
  'field',
  'marshal',
  'justice',
  'sen',
  'senator',
  'rep',
  'president',
  'pm',
  'minister',
  'mullah',
  'maulana',
  'mawlawi',
  'mufti',
  'sheikh',
  'shaikh',
  'haji',
  'hajji',
  'hafiz',
  'qari',
  'syed',
  'sayed',
  'barrister',
  'engineer',
  'ambassador',
  'imam',
  'amb',
  'gov',
  'governor',
])

// Words that make a name a body, not a person: it files under its own first word.
const BODY = new Set([
  'taliban',
  'ministry',
  'office',
  'department',
  'army',
  'military',
  'police',
  'government',
  'council',
  'committee',
  'commission',
  'party',
  'movement',
  'front',
  'agency',
  'bank',
  'court',
  'forces',
  'force',
  'embassy',
  'authority',
  'authorities',
  'administration',
  'organisation',
  'organization',
  'nations',
  'union',
  'group',
  'officials',
  'spokesperson',
  'spokesman',
  'media',
  'network',
  'league',
  'assembly',
  'parliament',
  'senate',
  'secretariat',
  'cabinet',
  'emirate',
  'state',
  'states',
  'corps',
  'institute',
  'centre',
  'center',
  'residents',
  'analysts',
  'sources',
])

// A trailing generation or post-nominal is not the surname.
const TRAILING = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

const bare = (word: string) => word.toLowerCase().replace(/[.,’'`]/g, '')

export function speakerSortKey(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  let first = 0
  while (first < words.length - 1 && LEADING.has(bare(words[first]!))) first++
  const rest = words.slice(first)
  // Bodies, one-word names, and names with other characters or in another script keep
  // their own order.
  if (
    rest.length < 2 ||
    rest.some((word) => BODY.has(bare(word)) || /^[A-Z]{2,}$/.test(word)) ||
    !rest.every((word) => /^[\p{Script=Latin}’'.-]+$/u.test(word))
  )
    return rest.join(' ')
  let last = rest.length - 1
  while (last > 0 && TRAILING.has(bare(rest[last]!))) last--
  // "Munir, Asim": surname first, then the given names, so people sharing a surname
  // file by given name.
  return [rest[last], ...rest.slice(0, last)].join(' ')
}
