import type { TablePage } from '@/lib/view/table-page'

/** Asks the server for a view's first page; null for a view that is not tables. */
export async function fetchTablePage(rowsPath: string, query: string, signal?: AbortSignal) {
  const response = await fetch(`${rowsPath}${query}`, { signal })
  if (!response.ok) throw new Error(`the server answered ${response.status}`)
  return ((await response.json()) as { page: TablePage | null }).page
}
