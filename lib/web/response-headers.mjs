// The security headers every response carries, whatever made it: next.config.mjs sets
// them on what Next.js routes, and the app's server (server.mjs) on everything before
// Next.js sees it, so an error Next.js answers early (a broken address, a method it
// refuses) carries them too. Plain JavaScript: both load it without a compiler.

/** Headers that never change. The page's Content-Security-Policy has a nonce: proxy.ts. */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Which story an analyst reads is nobody else's business: links out send no referrer.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=(), clipboard-write=(self)',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Our responses are for our own pages only: no other site may embed or fetch them.
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
]

/**
 * The policy of a response that never reached proxy.ts (an error answered before it):
 * nothing may load or run at all. proxy.ts replaces it on every page with the page's own.
 */
export const FALLBACK_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
