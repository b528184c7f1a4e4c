/**
 * Imported first by every module of lib/commands that writes: it stops a browser bundle
 * that pulls one in by mistake (scripts/structure.test.ts also holds the import graph to
 * it). The schemas, endpoints, errors and the typed client stay browser-safe.
 */
if (typeof window !== 'undefined')
  throw new Error('A write command was loaded in the browser: import its schema or endpoint instead.')

export {}
