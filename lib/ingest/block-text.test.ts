import { describe, expect, it } from 'vitest'
import { paragraphsOf } from './block-text'
import { htmlDocument } from './html-article'

const of = (html: string) => paragraphsOf(htmlDocument(html).body)

describe('paragraphsOf', () => {
  it('makes each block a paragraph and collapses white space inside', () => {
    expect(
      of(
        '<p>One\n   two</p><h2>Head</h2><ul><li>a</li><li>b <b>c</b></li></ul><blockquote><p>q</p></blockquote>',
      ),
    ).toEqual(['One two', 'Head', 'a', 'b c', 'q'])
  })

  it('breaks at <br>, keeps table rows together, and keeps preformatted lines', () => {
    expect(
      of('<p>Line one<br>Line two</p><table><tr><td>A</td><td>B</td></tr></table><pre>x  y\nz</pre>'),
    ).toEqual(['Line one', 'Line two', 'A B', 'x y', 'z'])
  })

  it('leaves out scripts, styles, forms, navigation and captions, and invisible characters', () => {
    expect(
      of(
        '<p>Ka\u00adbul\u200b news\u0007</p><script>var x</script><style>p{}</style><nav>Menu</nav><figure><img alt="x"><figcaption>Photo: AFP</figcaption></figure><button>Share</button>',
      ),
    ).toEqual(['Kabul news'])
  })

  it('keeps the zero-width non-joiner that Persian spelling needs', () => {
    expect(of('<p>می\u200cخواهم</p>')).toEqual(['می\u200cخواهم'])
  })
})
