/**
 * A speaker's address: the canonical name folded to lower-case letters and digits joined
 * by hyphens ("Jan Achakzai" → jan-achakzai, "Ma’ruf Zoë" → maruf-zoe). Names that fold
 * to nothing (a script with no Latin letters) keep a percent-encoded form instead.
 */
export function speakerSlug(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded) return folded
  return encodeURIComponent(name.trim().replace(/\s+/g, '-').toLowerCase())
}

export const speakerPath = (name: string): string => `/speakers/${speakerSlug(name)}`
