import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * With READ_ACCESS=signed-in every page and data route needs a session, checked by the
 * page or route itself from the store (a proxy sees only that a cookie is there). This
 * holds the rule for pages and routes added later: each one calls a check, or is on the
 * short list of ones that must stay open (signing in itself).
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const OPEN = [
  path.join('app', 'sign-in', 'page.tsx'),
  path.join('app', 'api', 'auth', '[...all]', 'route.ts'),
  // For a load balancer: whether the store is up, nothing about the stories.
  path.join('app', 'api', 'health', 'route.ts'),
]
// Routes under /api/ are made by the one route wrapper (lib/commands/route), which checks the
// session and role its endpoint names before anything else (checked below).
const CHECKS =
  /\b(requireReader|refuseUnlessReader|refuseUnlessRole|requireAdminPage|requireEditorPage|requireRolePage|requireSignedIn|route|passThrough)\(/

function entries(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name)
    if (statSync(path.join(root, rel)).isDirectory()) return entries(rel)
    return /^(page\.tsx|route\.ts)$/.test(name) ? [rel] : []
  })
}

describe('read access', () => {
  it('every page and route checks the session on the server, except signing in', () => {
    const files = entries('app')
    expect(files).toContain(path.join('app', 'story-data', '[file]', 'route.ts'))
    const unchecked = files.filter(
      (file) => !OPEN.includes(file) && !CHECKS.test(readFileSync(path.join(root, file), 'utf8')),
    )
    expect(unchecked).toEqual([])
  })

  it('every route under /api/ is made by the one wrapper, and answers through it only', () => {
    const routes = entries(path.join('app', 'api'))
    expect(routes.length).toBeGreaterThan(15)
    for (const file of routes) {
      const text = readFileSync(path.join(root, file), 'utf8')
      const methods = [...text.matchAll(/export (?:async function|const|\{) ?(\w+)?/g)]
      expect(methods.length, file).toBeGreaterThan(0)
      // Each handler is `export const METHOD = route(endpoint, …)` (or passThrough for better-auth).
      expect(text, file).not.toMatch(/export async function/)
      expect(text, file).not.toMatch(/Response\.json|new Response\(/)
      for (const [, name] of text.matchAll(/export const (\w+) =/g))
        expect(text, `${file}: ${name}`).toMatch(new RegExp(`export const ${name} = (route|passThrough)\\(`))
    }
    const wrapper = readFileSync(path.join(root, 'lib', 'commands', 'route.ts'), 'utf8')
    expect(wrapper).toMatch(/sessionUser\(request\.headers/)
    expect(wrapper).toMatch(/hasRole\(user\.role, endpoint\.access\)/)
  })
  it('every page’s metadata is made after the read check: a title names what it shows', () => {
    const pages = entries('app').filter((file) => file.endsWith('page.tsx'))
    const made = pages.filter((file) =>
      /\bgenerateMetadata\b/.test(readFileSync(path.join(root, file), 'utf8')),
    )
    expect(made).toContain(path.join('app', 'speakers', '[slug]', 'page.tsx'))
    const unchecked = made.filter((file) => {
      const text = readFileSync(path.join(root, file), 'utf8')
      const body = text.slice(text.indexOf('function generateMetadata'))
      // Its body, up to the next top-level declaration, hands its work to readableMetadata.
      const own = body.slice(0, body.search(/\n(export |function |async function |const )/) + 1 || undefined)
      return !/\breturn readableMetadata\(/.test(own)
    })
    expect(unchecked).toEqual([])
  })
})
