import { rmSync } from 'node:fs'

// The servers' temporary stores go when the run ends (the servers are stopped first).
export default function removeStores() {
  if (process.env.E2E_STORE_DIR) rmSync(process.env.E2E_STORE_DIR, { recursive: true, force: true })
}
