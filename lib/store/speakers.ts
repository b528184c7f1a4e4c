import type { StoreDb } from './db'
import { speakerAliases } from './speaker-tables'

/** The merges an editor has made: each variant name to the canonical name it joins. */
export async function readAliases(db: StoreDb): Promise<Map<string, string>> {
  const rows = await db
    .select({ name: speakerAliases.name, canonical: speakerAliases.canonical })
    .from(speakerAliases)
  return new Map(rows.map((row) => [row.name, row.canonical]))
}
