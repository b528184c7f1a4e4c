import { authFor, sameOrigin } from '@/lib/auth'

/**
 * better-auth's own endpoints: sign-in, sign-out, session, change password (sign-up is
 * off). A POST must come from our own pages: better-auth checks the Origin only when a
 * cookie is present, which would let another site sign a visitor in to its account.
 */
async function handle(request: Request): Promise<Response> {
  if (request.method !== 'GET' && !sameOrigin(request))
    return Response.json({ error: 'This request did not come from this site’s own pages.' }, { status: 403 })
  const auth = await authFor(request.headers, request.url)
  return auth.handler(request)
}

export { handle as GET, handle as POST }
