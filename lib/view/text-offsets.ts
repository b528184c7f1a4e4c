/**
 * A text box shows line breaks as "\n" only (a "\r\n" or a lone "\r" in the article becomes
 * "\n"), so offsets in the box are mapped back to the article's own: a selection made there
 * always names the article's exact characters.
 */
export function boxOffsets(article: string): { shown: string; toArticle: (i: number) => number } {
  if (!article.includes('\r')) return { shown: article, toArticle: (i) => i }
  const map: number[] = []
  let shown = ''
  for (let i = 0; i < article.length; i++) {
    // A "\r\n" is one "\n" in the box, which stands at the "\r": a selection ending
    // before it leaves both characters out, one ending after it takes both.
    map.push(i)
    shown += article[i] === '\r' ? '\n' : article[i]
    if (article[i] === '\r' && article[i + 1] === '\n') i++
  }
  map.push(article.length)
  return { shown, toArticle: (i) => map[Math.max(0, Math.min(i, map.length - 1))]! }
}

/** The article span of a selection in the box, or null when nothing is selected. */
export function boxSelection(
  article: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  if (end <= start) return null
  const { toArticle } = boxOffsets(article)
  const from = toArticle(start)
  const to = toArticle(end)
  return to > from ? { start: from, end: to } : null
}
