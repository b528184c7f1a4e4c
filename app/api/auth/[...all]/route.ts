import { handleAuth } from '@/lib/auth/endpoint'
import { endpoint } from '@/lib/commands/endpoint'
import { passThrough } from '@/lib/commands/route'

/**
 * better-auth's sign-in, sign-out and session (lib/auth/endpoint.ts says what is offered
 * and limits the guesses), behind the same wrapper as every route: a POST must come from
 * our own pages, and its body is read within the limit.
 */
const auth = endpoint<unknown>()({ method: 'POST', path: '/api/auth/[...all]', access: 'anyone', input: null })

const handle = passThrough(auth, (request) => handleAuth(request))

export { handle as GET, handle as POST }
