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
// editRoute and editorRead wrap the story edit routes: each calls requireRole first (checked below).
const CHECKS = /\b(requireReader|refuseUnlessReader|requireRole|requireAdminPage|requireSignedIn|editRoute|editorRead)\(/

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
    const wrapper = readFileSync(path.join(root, 'app', 'api', 'stories', 'edit-route.ts'), 'utf8')
    expect(wrapper).toMatch(/\brequireRole\(request, 'editor'\)/)
  })
})
