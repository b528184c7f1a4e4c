/**
 * `npm run fixtures:web -- [--port N]`
 *
 * Serves the fixture web (e2e/web-fixtures) on 127.0.0.1 until stopped: realistic article
 * pages, feeds, and misbehaving addresses, for e2e runs of fetching by URL. The app under
 * test reaches it only with FETCH_ALLOW_PRIVATE=loopback (never set outside tests).
 */
import { parseArgs } from 'node:util'
import { startFixtureWeb } from '../e2e/web-fixtures/server'

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write('usage: npm run fixtures:web -- [--port N] (N a port number)\n')
  process.exit(2)
}
const web = await startFixtureWeb(port)
process.stdout.write(`fixture web at ${web.origin}\n`)
const stop = () => void web.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
