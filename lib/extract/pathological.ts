/**
 * Inputs that made the extractor quadratic, built to a given size: the bench measures
 * them at 1 MB and a unit test guards them at 200 kB.
 */
const utf8 = new TextEncoder()

/** `unit` repeated to at most `bytes` bytes of UTF-8 (curly marks take three each). */
function fill(unit: string, bytes: number): string {
  const chars = [...unit]
  let out = ''
  let size = 0
  for (let i = 0; ; i++) {
    const c = chars[i % chars.length]!
    const n = utf8.encode(c).length
    if (size + n > bytes) return out
    out += c
    size += n
  }
}

export const PATHOLOGICAL: Record<string, (bytes: number) => string> = {
  /** The reproduction: one quotation after another, no paragraph break. */
  'quote run': (n) => fill('"We will act," said Ali Khan. ', n),
  'one paragraph': (n) =>
    fill(
      'Officials said on Monday that the talks would resume, adding that both sides had agreed. The minister denied reports of a deal and urged Kabul to act. ',
      n,
    ),
  /** Reporting hard-wrapped at 72 columns, as plain-text archives and e-mail send it. */
  'wrapped lines': (n) =>
    fill(
      [
        '"We will not allow anyone to use our soil against another country," the',
        'spokesman told reporters in Kabul on Sunday, adding that the talks would',
        'resume. Officials said the border would stay shut until further notice.',
        '',
        '',
      ].join('\n'),
      n,
    ),
  /** Straight and curly marks that do not pair up, inside reporting. */
  'mixed quotes': (n) =>
    fill('“We will act," said Ali Khan. "They ‘must’ leave,” the minister said, “and now. ', n),
  'said, said': (n) => fill('said ', n),
  'quote marks': (n) => fill('"', n),
  'curly quote marks': (n) => fill('“', n),
  'mixed marks': (n) => fill('“"”’‘', n),
  /** Single marks: openers far from any closer but possessives ("farmers’"), and pairs. */
  'single marks': (n) => fill("'We ab farmers' x ‘they said’ it's 'a b' ", n),
  'names and commas': (n) => fill('Ali Khan, Amna Qureshi, the minister, said, ', n),
  'no spaces': (n) => fill('a', n),
}
