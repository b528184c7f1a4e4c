/**
 * The page's Content-Security-Policy, made per request with a fresh nonce: Next.js reads
 * the nonce from the request's policy and puts it on its own scripts (bootstrap, the React
 * Server Components payload, chunks), so no inline script runs without it and
 * 'unsafe-inline' is gone from script-src. 'strict-dynamic' lets those scripts load the
 * app's chunks. Pages render per request anyway (they read the session).
 * - styles keep 'unsafe-inline': React sets style attributes (row windowing) and the font
 *   loader inlines its @font-face; a style cannot run code;
 * - images and fonts from our origin, plus data: and blob: for generated downloads;
 * - the import page's Web Worker comes from our origin (or a blob:);
 * - no remote origin anywhere; object-src 'none', base-uri 'self', form-action 'self',
 *   frame-ancestors 'none'. Development adds 'unsafe-eval' (React's dev tooling) and ws:.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ')
}

/** A year of https only, once a browser has reached us over https. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains'

/** Whether the browser reached us over https: directly, or through a proxy that says so. */
export function reachedOverHttps(headers: Headers, url: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return forwarded ? forwarded === 'https' : url.startsWith('https:')
}

/** 128 random bits, base64: unguessable and new for every response. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
