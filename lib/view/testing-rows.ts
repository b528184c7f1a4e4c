import type { SourceView, StatementRow } from './view-model'
import type { WorkspaceData } from './workspace-data'

/** A statement row for tests, with plain defaults that each test overrides. */
export function makeRow(overrides: Partial<StatementRow> = {}): StatementRow {
  return {
    id: 's1',
    perspectiveId: 'city',
    perspectiveLabel: 'City officials',
    perspectiveIndex: 0,
    speaker: 'Ana Ruiz',
    role: 'the mayor',
    kind: 'direct',
    text: 'It is unsafe',
    stance: 'supports',
    stanceLabel: 'Safety first',
    claimStances: [],
    attribution: 'press conference',
    channel: 'firsthand',
    source: {
      id: 'paper',
      number: 1,
      publisher: 'The Daily Example',
      title: 'Bridge shut',
      url: 'https://example.org/bridge',
      date: { iso: '2024-03-01', inferred: false, reason: null, display: '1 Mar 2024' },
      notes: [],
    },
    date: { iso: '2024-03-01', inferred: true, display: '1 Mar 2024 (inferred from the source)' },
    caveats: [],
    anchor: { start: 30, end: 42 },
    ...overrides,
  }
}

/** A source like the seed's: publisher, title and URL unknown, date inferred. */
export const UNKNOWN_SOURCE: SourceView = {
  id: 'unknown-source',
  number: 1,
  publisher: null,
  title: null,
  url: null,
  date: {
    iso: '2023-12-16',
    inferred: true,
    reason: 'four days after the attack',
    display: 'c. 16 Dec 2023 (inferred)',
  },
  notes: [],
}

/** A story of these rows for tests: camps named by their ids, the main claim only, no sources. */
export function storyOfRows(rows: StatementRow[], camps: readonly string[]): WorkspaceData {
  return {
    storyId: 'large',
    contentHash: 'x',
    perspectives: camps.map((id, index) => ({ id, label: id, index })),
    claims: [
      { id: 'large-question', slug: 'large-question', wording: 'The talks failed.', notes: [], main: true },
    ],
    rows,
    sources: [],
    events: [],
    nonResponses: [],
  }
}
