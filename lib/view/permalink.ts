/** A statement's permalink: the story page's address with `#s-<statement id>`. */
export function permalink(pageUrl: string, statementId: string): string {
  return `${pageUrl}#s-${encodeURIComponent(statementId)}`
}

/**
 * Permalinks to a statement: `#s-<statement id>`. A hash that is not one, or whose
 * percent-encoding is broken (`#s-%`, `#s-%E0%A4%A`), is no permalink and is ignored:
 * a mangled link must still open the story.
 */
export function statementIdFromHash(hash: string): string | null {
  const match = /^#s-(.+)$/.exec(hash)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return null
  }
}
