import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SECURITY_HEADERS } from './lib/web/response-headers.mjs'

/**
 * The build id is a hash of everything the build is made from (code and dependencies;
 * stories live in the store, read per request) instead of Next's random one, so two builds of the same inputs give the
 * same output, file for file.
 */
function contentBuildId() {
  const hash = createHash('sha256')
  const add = (file) => hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (!/\.test\.tsx?$/.test(name)) add(full)
    }
  }
  for (const dir of ['app', 'components', 'lib']) walk(dir)
  // Not tsconfig.json: Next.js edits it during builds, and it shapes type checks, not output.
  for (const file of ['package-lock.json', 'next.config.mjs', 'postcss.config.mjs']) add(file)
  add('instrumentation.ts')
  add('proxy.ts')
  return hash.digest('hex').slice(0, 20)
}

// Builds into another folder (fixtures, benchmarks) would otherwise add that folder to
// tsconfig.json; they type-check through a throwaway file (git-ignored) instead.
const tsconfigPath = process.env.NEXT_DIST_DIR ? 'tsconfig.build-alt.json' : 'tsconfig.json'
if (!existsSync(tsconfigPath)) {
  writeFileSync(tsconfigPath, `${JSON.stringify({ extends: './tsconfig.json' }, null, 2)}\n`)
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Benchmarks and fixture builds use their own folder so they never clobber the app's.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // The dev server answers on localhost; let a browser pointed at 127.0.0.1 use it too.
  allowedDevOrigins: ['127.0.0.1'],
  generateBuildId: contentBuildId,
  // Bundled, PGlite cannot find its WebAssembly files; it loads from node_modules instead.
  serverExternalPackages: ['@electric-sql/pglite'],
  typescript: { tsconfigPath },
  // forbidden(): a signed-in user without the role gets a 403 page, not a redirect loop.
  experimental: { authInterrupts: true },
  // The fixed security headers (server.mjs sets them too, on what Next.js answers early);
  // the Content-Security-Policy, with a per-request nonce, and HSTS are set in proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
}

export default nextConfig
