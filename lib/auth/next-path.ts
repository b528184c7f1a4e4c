/**
 * Where to go after signing in (`next=`): only a path on this site. It is read as the
 * browser will read it when it follows it, by the same URL parser: a tab or newline
 * anywhere is dropped and a backslash is a slash, so "/\n/other.example/page" or
 * "/\\other.example" name another host, and are refused. What is handed back is the
 * parser's own spelling of the path, which the browser reads the same way again.
 */
const BASE = 'http://next-path.invalid'

export function localPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return '/'
  }
  if (url.origin !== BASE) return '/'
  const path = `${url.pathname}${url.search}${url.hash}`
  // "/.//other.example" parses to the path "//other.example": a host again, once followed.
  if (!path.startsWith('/') || path.startsWith('//') || new URL(path, BASE).origin !== BASE) return '/'
  return path
}

/** The sign-in page, coming back to `from` (a path on this site) after. */
export const signInPath = (from: string) => `/sign-in?next=${encodeURIComponent(localPath(from))}`
