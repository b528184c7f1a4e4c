import { afterAll, beforeAll, expect } from 'vitest'
import { startFixtureWeb, type FixtureWeb } from '../../e2e/web-fixtures/server'
import type { AllowedKinds } from './address'
import { IngestError } from './errors'

/**
 * For the ingest tests: the fixture web on loopback for one test file, the allowance that
 * reaches it (loopback, nothing else: a redirect to a private or metadata address is then
 * refused before any connection), and the refusal a promise ends in.
 */

export const LOOPBACK: AllowedKinds = new Set(['loopback'])

/**
 * The fixture web for this test file: started before its tests, stopped after. Call at the
 * top level; the properties can be read once the tests run.
 */
export function serveFixtureWeb(): FixtureWeb {
  let web: FixtureWeb | undefined
  beforeAll(async () => {
    web = await startFixtureWeb()
  })
  afterAll(() => web?.close())
  const started = () => {
    if (!web) throw new Error('the fixture web is not started yet')
    return web
  }
  return {
    get origin() {
      return started().origin
    },
    get port() {
      return started().port
    },
    get requests() {
      return started().requests
    },
    setFeedVersion: (version) => started().setFeedVersion(version),
    close: () => started().close(),
  }
}

/** The IngestError a promise rejects with (the test fails if it resolves or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(IngestError)
  return error as IngestError
}
