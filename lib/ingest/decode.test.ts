import { describe, expect, it } from 'vitest'
import { decodeDocument, encodingFor, headerCharset } from './decode'

const latin1 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)))
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeDocument', () => {
  it('reads UTF-8 when nothing is declared and the bytes are UTF-8', () => {
    expect(decodeDocument(utf8('<p>Café “x”</p>'), 'html')).toEqual({
      text: '<p>Café “x”</p>',
      charset: 'utf-8',
      from: 'utf-8',
    })
  })

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8, with its curly quotes', () => {
    const decoded = decodeDocument(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x80]), 'text')
    expect(decoded).toEqual({ text: '“café”€', charset: 'windows-1252', from: 'fallback' })
  })

  it('reads <meta charset> and <meta http-equiv>, and the XML declaration', () => {
    expect(decodeDocument(latin1('<meta charset="ISO-8859-1"><p>caf\xe9</p>'), 'html')).toMatchObject({
      text: '<meta charset="ISO-8859-1"><p>café</p>',
      charset: 'windows-1252',
      from: 'document',
    })
    const sjis = new Uint8Array([
      ...utf8('<meta http-equiv="content-type" content="text/html; charset=Shift_JIS">'),
      0x82,
      0xa0,
    ])
    expect(decodeDocument(sjis, 'html').text.endsWith('あ')).toBe(true)
    expect(
      decodeDocument(latin1('<?xml version="1.0" encoding="iso-8859-1"?><t>\xe9</t>'), 'xml'),
    ).toMatchObject({
      text: '<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>',
      from: 'document',
    })
  })

  it('lets the header win over the document, and a BOM win over both', () => {
    expect(
      decodeDocument(latin1('<meta charset="utf-8">\xe9'), 'html', 'text/html; charset=windows-1252').text,
    ).toBe('<meta charset="utf-8">é')
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('é')])
    expect(decodeDocument(bom, 'html', 'text/html; charset=iso-8859-1')).toEqual({
      text: 'é',
      charset: 'utf-8',
      from: 'bom',
    })
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00])
    expect(decodeDocument(utf16, 'text')).toEqual({ text: 'Aé', charset: 'utf-16le', from: 'bom' })
  })

  it('ignores an unknown label, and a UTF-16 declaration with no BOM', () => {
    expect(decodeDocument(utf8('<meta charset="klingon">é'), 'html').from).toBe('utf-8')
    expect(decodeDocument(utf8('<meta charset="utf-16">é'), 'html')).toMatchObject({
      charset: 'utf-8',
      text: '<meta charset="utf-16">é',
    })
    // A plain text file has no declaration to read.
    expect(decodeDocument(utf8('<meta charset="iso-8859-1">é'), 'text').charset).toBe('utf-8')
  })
})

describe('headerCharset and encodingFor', () => {
  it('reads the parameter, quoted or not', () => {
    expect(headerCharset('text/html; charset=UTF-8')).toBe('UTF-8')
    expect(headerCharset('text/html;charset="iso-8859-1"')).toBe('iso-8859-1')
    expect(headerCharset('text/html')).toBeNull()
    expect(encodingFor('latin1')).toBe('windows-1252')
    expect(encodingFor('nonsense')).toBeNull()
  })
})
