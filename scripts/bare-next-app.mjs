// A bare Next.js page with no app code (a root layout and a page of one heading), built
// with this project's own Next.js, for `npm run size` to compare the pages' First Load JS
// against in the same run. Written to a throwaway folder inside the project (Next.js
// resolves its packages from the project's node_modules) and built there.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { nextBin } from './next-server.mjs'

export const BARE_DIR = '.next-bare-app'

const FILES = {
  'app/layout.js': `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.js': `export default function Page() {
  return <h1>Bare page</h1>
}
`,
  'next.config.mjs': `export default {}
`,
}

/** Writes and builds the bare app; returns its folder, relative to the project. */
export function buildBareApp(root) {
  const dir = path.join(root, BARE_DIR)
  rmSync(dir, { recursive: true, force: true })
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  delete env.NEXT_DIST_DIR
  execFileSync(nextBin(root), ['build', BARE_DIR], { cwd: root, env, stdio: 'ignore' })
  return BARE_DIR
}
