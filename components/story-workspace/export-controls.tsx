'use client'

import type { CsvEncoding } from './use-csv-encoding'

interface ExportControlsProps {
  encoding: CsvEncoding
  onEncodingChange: (encoding: CsvEncoding) => void
  onExportCsv: () => void
  onExportClaimsCsv: () => void
  onExportJson: () => void
}

const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600'

/** Exports of exactly what is shown: every visible table, in its current order. */
export function ExportControls({
  encoding,
  onEncodingChange,
  onExportCsv,
  onExportClaimsCsv,
  onExportJson,
}: ExportControlsProps) {
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <label className="flex items-center gap-1.5 text-sm text-zinc-800 dark:text-zinc-100">
        CSV encoding
        <select
          value={encoding}
          onChange={(event) => onEncodingChange(event.target.value === 'plain' ? 'plain' : 'excel')}
          className="rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-50"
        >
          <option value="excel">Excel (UTF-8 with BOM)</option>
          <option value="plain">Plain UTF-8</option>
        </select>
      </label>
      <button
        type="button"
        onClick={onExportCsv}
        className={`${BUTTON} bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300`}
      >
        Export all (CSV)
      </button>
      <button
        type="button"
        onClick={onExportClaimsCsv}
        className={`${BUTTON} border border-zinc-400 text-zinc-900 hover:bg-zinc-100 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800`}
      >
        Export by claim (CSV)
      </button>
      <button
        type="button"
        onClick={onExportJson}
        className={`${BUTTON} border border-zinc-400 text-zinc-900 hover:bg-zinc-100 dark:border-zinc-500 dark:text-zinc-50 dark:hover:bg-zinc-800`}
      >
        Export JSON
      </button>
    </div>
  )
}
