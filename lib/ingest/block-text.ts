/**
 * An element's text as paragraphs: each block (paragraph, heading, list item, quote,
 * table row, line break) its own paragraph, white space collapsed, no markup. Used for
 * the article body (paragraphs joined by a blank line) and for feed summaries.
 */

const BLOCKS = new Set(
  (
    'address article aside blockquote caption dd details dialog div dl dt fieldset figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
)

/** Elements whose text is never article text. Captions are skipped: they describe pictures. */
const SKIPPED = new Set(
  'button canvas embed figcaption head iframe input nav noscript object script select style svg template textarea'.split(
    ' ',
  ),
)

/**
 * Characters that are no part of the words: soft hyphens, zero-width spaces, word joiners,
 * byte order marks, and control characters. (Zero-width joiners stay: Persian needs them.)
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g

export function paragraphsOf(root: Node): string[] {
  const out: string[] = []
  let line = ''
  const flush = () => {
    const paragraph = line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
    if (paragraph !== '') out.push(paragraph)
    line = ''
  }
  const walk = (node: Node, pre: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const data = (child as Text).data
        if (!pre) line += data
        else {
          // Preformatted text keeps its lines.
          const lines = data.split('\n')
          lines.forEach((part, i) => {
            line += part
            if (i < lines.length - 1) flush()
          })
        }
        continue
      }
      if (child.nodeType !== 1) continue
      const tag = (child as Element).tagName.toLowerCase()
      if (SKIPPED.has(tag)) continue
      if (tag === 'br') {
        flush()
        continue
      }
      if (tag === 'td' || tag === 'th') {
        line += ' '
        walk(child, pre)
        line += ' '
        continue
      }
      const block = BLOCKS.has(tag)
      if (block) flush()
      walk(child, pre || tag === 'pre')
      if (block) flush()
    }
  }
  walk(root, false)
  flush()
  return out
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length

/**
 * Remove what Readability kept that is no part of the article: blocks that are mostly
 * links ("More on this story", tag lists, "Read more: …"), then containers left holding
 * only a heading.
 */
export function dropLinkBlocks(root: Element): void {
  const blocks = Array.from(root.querySelectorAll('p, ul, ol, dl, div, section, aside, footer, table'))
  for (const block of blocks.reverse()) {
    const total = textLength(block)
    // Detached from the page (Readability's result is), so ask the root, not isConnected.
    if (total === 0 || !root.contains(block)) continue
    const linked = Array.from(block.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0)
    if (linked / total >= 0.5) block.remove()
  }
  for (const box of Array.from(root.querySelectorAll('div, section, aside, footer')).reverse()) {
    const headings = Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6')).reduce(
      (n, h) => n + textLength(h),
      0,
    )
    if (headings > 0 && headings === textLength(box)) box.remove()
  }
}
