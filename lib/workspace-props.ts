import type { Story } from './story'
import { sourceView, statementRows, type StatementRow } from './view-model'

/** Everything the story workspace needs, as plain data for the client. */
export interface WorkspaceProps {
  storyId: string
  contentHash: string
  perspectives: { id: string; label: string; index: number }[]
  rows: StatementRow[]
  sources: { id: string; label: string; text: string }[]
  anchors: {
    targetId: string
    sourceId: string
    description: string
    start: number
    end: number
    colorIndex: number | null
  }[]
}

export function workspaceProps(story: Story): WorkspaceProps {
  const rows = statementRows(story)
  return {
    storyId: story.id,
    contentHash: story.contentHash,
    perspectives: story.perspectives.map((p, index) => ({ id: p.id, label: p.label, index })),
    rows,
    sources: story.sources.map((source) => {
      const view = sourceView(source)
      const who =
        view.publisher === null && view.title === null
          ? 'Publisher and title unknown'
          : `${view.publisher ?? 'Publisher unknown'}, ${view.title ?? 'title unknown'}`
      return { id: source.id, label: `${who} · ${view.date.display}`, text: source.text }
    }),
    anchors: [
      ...rows.map((row) => ({
        targetId: `s-${row.id}`,
        sourceId: row.source.id,
        description: `${row.speaker} (${row.perspectiveLabel})`,
        start: row.anchor.start,
        end: row.anchor.end,
        colorIndex: row.perspectiveIndex,
      })),
      ...story.events.map((event) => ({
        targetId: `e-${event.id}`,
        sourceId: event.source,
        description: `Reporter’s narration: ${event.label}`,
        start: event.anchor.start,
        end: event.anchor.end,
        colorIndex: null,
      })),
    ],
  }
}
