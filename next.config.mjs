const isDev = process.env.NODE_ENV === 'development'

/**
 * Content-Security-Policy, as strict as a statically rendered Next.js app allows:
 * - everything from our own origin only; no remote origin anywhere;
 * - scripts: 'unsafe-inline' is needed because Next.js streams its bootstrap and the React
 *   Server Components payload as inline <script> tags. The only way around that is a
 *   per-request nonce, which would make every page render on demand and lose static
 *   HTML; statement and source text never reaches the page as markup (React escapes it),
 *   which is the injection this would otherwise guard against. Development adds
 *   'unsafe-eval' for React's dev tooling;
 * - styles: 'unsafe-inline' for the style attributes React sets (row windowing) and the
 *   font loader's inline @font-face;
 * - images and fonts from our origin, plus data: and blob: for generated downloads;
 * - object-src 'none', base-uri 'self', form-action 'self', frame-ancestors 'none'.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Which story an analyst reads is nobody else's business: links out send no referrer.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), clipboard-write=(self)',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Benchmarks and fixture builds use their own folder so they never clobber the app's.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default nextConfig
