import { reachedOverHttps } from './security-headers'

/**
 * Same-origin check for writes: the Origin a browser sends must be this site's own, its
 * scheme, host and port alike. The site's origin is the one the request came to (the
 * Host header, or the proxy's X-Forwarded-Host and X-Forwarded-Proto): no base URL is set.
 * Requests with no Origin (not from a browser page) are refused too.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return false
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  if (!host) return false
  const scheme = reachedOverHttps(request.headers, request.url) ? 'https' : 'http'
  try {
    // URL.origin spells a default port the same way either side ("https://a:443" is "https://a").
    return new URL(origin).origin === new URL(`${scheme}://${host}`).origin
  } catch {
    return false
  }
}
