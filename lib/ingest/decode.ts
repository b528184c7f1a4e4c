import { firstInvalidUtf8 } from '../extract/article-input'

/**
 * Bytes to text the way a browser does it (the WHATWG encoding sniffing order): a byte
 * order mark wins, then the charset the server sent, then the document's own declaration
 * (<meta charset> in HTML, <?xml encoding?> in a feed), then UTF-8 when the bytes are valid
 * UTF-8, and windows-1252 (what browsers assume for old Western pages) when they are not.
 */

export type CharsetSource = 'bom' | 'header' | 'document' | 'utf-8' | 'fallback'

export interface Decoded {
  text: string
  /** The encoding's canonical name ("utf-8", "windows-1252", "shift_jis"). */
  charset: string
  from: CharsetSource
}

/** How far into a document its declaration is looked for (the spec says 1024; real pages run longer heads). */
const PRESCAN_BYTES = 4096

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return null
}

/** The canonical name of an encoding label, or null when no decoder knows it. */
export function encodingFor(label: string | null | undefined): string | null {
  if (!label) return null
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding
  } catch {
    return null
  }
}

/** The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1"). */
export function headerCharset(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')
  return match?.[2] ?? null
}

function declaredCharset(bytes: Uint8Array, kind: 'html' | 'xml'): string | null {
  // Declarations are ASCII: reading the head as Latin-1 keeps every byte one character.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  if (kind === 'xml') return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1] ?? null
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head)
  return meta?.[1] ?? null
}

/**
 * Decode a fetched or uploaded document. `kind` says which declaration to read: a plain
 * text file has none. Never throws: undecodable bytes become U+FFFD, as in a browser.
 */
export function decodeDocument(
  bytes: Uint8Array,
  kind: 'html' | 'xml' | 'text',
  contentType?: string | null,
): Decoded {
  const pick = (): { charset: string; from: CharsetSource } => {
    const bom = bomEncoding(bytes)
    if (bom) return { charset: bom, from: 'bom' }
    const header = encodingFor(headerCharset(contentType))
    if (header) return { charset: header, from: 'header' }
    if (kind !== 'text') {
      let declared = encodingFor(declaredCharset(bytes, kind))
      // A document that calls itself UTF-16 but had no BOM was mislabelled (the spec's rule).
      if (declared?.startsWith('utf-16')) declared = 'utf-8'
      if (declared) return { charset: declared, from: 'document' }
    }
    return firstInvalidUtf8(bytes) < 0
      ? { charset: 'utf-8', from: 'utf-8' }
      : { charset: 'windows-1252', from: 'fallback' }
  }
  const { charset, from } = pick()
  // The decoder drops a BOM that matches its encoding.
  const text = new TextDecoder(charset).decode(bytes)
  return { text: charset === 'windows-1252' ? fixWindows1252(text) : text, charset, from }
}

// Bytes 0x80–0x9F of windows-1252 (curly quotes, dashes, €). Some Node versions decode the
// label as strict Latin-1, leaving C1 control characters in their place.
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!)
}
