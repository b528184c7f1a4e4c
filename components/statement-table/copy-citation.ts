import { citation } from '@/lib/export/citation'
import type { StatementRow } from '@/lib/view/view-model'
import { storyPageUrl } from '../export-csv'

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text)
    return
  }
  // Older browsers, or a page not served over HTTPS: the selection-and-copy fallback.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const ok = document.execCommand('copy')
  area.remove()
  if (!ok) throw new Error('copy refused')
}

/**
 * Puts a row's plain-text citation on the clipboard. Loaded by the row's menu when it
 * first opens (row-actions.tsx), so the story page's first load does not carry it.
 */
export function copyCitation(row: StatementRow, claim: { wording: string } | null): Promise<void> {
  return copyText(citation(row, new Date(), storyPageUrl(), claim))
}
