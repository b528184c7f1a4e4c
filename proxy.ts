import { NextResponse, type NextRequest } from 'next/server'
import {
  contentSecurityPolicy,
  makeNonce,
  reachedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from './lib/web/security-headers'

/**
 * Headers that depend on the request: a Content-Security-Policy with a nonce of its own
 * (Next.js finds it in the request's policy and applies it to its scripts), and HSTS over
 * https. It sees only headers, so it checks no session: pages and routes do that
 * themselves, from the store. The fixed headers are in next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(makeNonce(), process.env.NODE_ENV === 'development')
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  if (reachedOverHttps(request.headers, request.url))
    response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY)
  return response
}
