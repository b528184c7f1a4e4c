import { alphaText, type Figures } from '@/lib/coding/report'

const share = (value: number | null) => (value === null ? 'undefined' : `${Math.round(value * 1000) / 10}%`)

/** One set of agreement figures: span agreement, then alpha per field with its counts and reasons. */
export function FiguresTable({ figures, caption }: { figures: Figures; caption: string }) {
  const { spans } = figures
  return (
    // Narrow enough to wrap on a phone: no sideways scroll to reach by keyboard.
    <div>
      <table className="mt-2 w-full border-collapse text-sm [overflow-wrap:anywhere]">
        <caption className="text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-400 text-left">
            <th scope="col" className="py-1 pr-3">
              Field
            </th>
            <th scope="col" className="py-1 pr-3">
              Agreement
            </th>
            <th scope="col" className="py-1 pr-3">
              Units
            </th>
            <th scope="col" className="py-1 pr-3">
              Pairable values
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-zinc-200 dark:border-zinc-700">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              Statements found by both
            </th>
            <td className="py-1 pr-3">
              {share(spans.share)} found by both; mean overlap{' '}
              {spans.meanOverlap === null ? 'undefined' : spans.meanOverlap.toFixed(3)}
              {spans.undefinedReason && (
                <span className="block text-xs">Undefined: {spans.undefinedReason}.</span>
              )}
            </td>
            <td className="py-1 pr-3">{spans.units}</td>
            <td className="py-1 pr-3">
              {spans.foundByBoth} by both, {spans.foundByAOnly} by the first coder only, {spans.foundByBOnly}{' '}
              by the second only
            </td>
          </tr>
          {figures.fields.map((f) => (
            <tr key={f.id} className="border-b border-zinc-200 dark:border-zinc-700">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {f.label}
              </th>
              <td className="py-1 pr-3">
                α = {alphaText(f.alpha)}
                {f.reason && <span className="block text-xs">Undefined: {f.reason}.</span>}
              </td>
              <td className="py-1 pr-3">{f.units}</td>
              <td className="py-1 pr-3">{f.pairableValues}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
