import { handleAuth } from '@/lib/auth/endpoint'

// better-auth's sign-in, sign-out and session; lib/auth/endpoint.ts says what is offered.
export { handleAuth as GET, handleAuth as POST }
