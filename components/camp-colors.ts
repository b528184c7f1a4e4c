/**
 * One colour per camp, chosen by the camp's position in the story so a camp keeps its
 * colour on every page. Full class names are spelled out so Tailwind can find them.
 */
export interface CampColor {
  /** Top rule of the camp's table. */
  rule: string
  /** Small solid swatch. */
  swatch: string
  /** Caption band behind the camp's name. */
  band: string
  /** Small chip: background and text. */
  chip: string
  /** Highlight of this camp's statements in a source text. */
  mark: string
}

export const CAMP_PALETTE: readonly CampColor[] = [
  {
    rule: 'border-t-emerald-600 dark:border-t-emerald-400',
    swatch: 'bg-emerald-600 dark:bg-emerald-400',
    band: 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-50',
    chip: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
    mark: 'bg-emerald-200 text-zinc-950 dark:bg-emerald-800 dark:text-white',
  },
  {
    rule: 'border-t-amber-500 dark:border-t-amber-400',
    swatch: 'bg-amber-500 dark:bg-amber-400',
    band: 'bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
    chip: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-50',
    mark: 'bg-amber-200 text-zinc-950 dark:bg-amber-800 dark:text-white',
  },
  {
    rule: 'border-t-indigo-600 dark:border-t-indigo-400',
    swatch: 'bg-indigo-600 dark:bg-indigo-400',
    band: 'bg-indigo-50 text-indigo-950 dark:bg-indigo-950 dark:text-indigo-50',
    chip: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-50',
    mark: 'bg-indigo-200 text-zinc-950 dark:bg-indigo-800 dark:text-white',
  },
  {
    rule: 'border-t-rose-600 dark:border-t-rose-400',
    swatch: 'bg-rose-600 dark:bg-rose-400',
    band: 'bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-50',
    chip: 'bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-50',
    mark: 'bg-rose-200 text-zinc-950 dark:bg-rose-800 dark:text-white',
  },
  {
    rule: 'border-t-cyan-600 dark:border-t-cyan-400',
    swatch: 'bg-cyan-600 dark:bg-cyan-400',
    band: 'bg-cyan-50 text-cyan-950 dark:bg-cyan-950 dark:text-cyan-50',
    chip: 'bg-cyan-100 text-cyan-900 dark:bg-cyan-900 dark:text-cyan-50',
    mark: 'bg-cyan-200 text-zinc-950 dark:bg-cyan-800 dark:text-white',
  },
  {
    rule: 'border-t-fuchsia-600 dark:border-t-fuchsia-400',
    swatch: 'bg-fuchsia-600 dark:bg-fuchsia-400',
    band: 'bg-fuchsia-50 text-fuchsia-950 dark:bg-fuchsia-950 dark:text-fuchsia-50',
    chip: 'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-900 dark:text-fuchsia-50',
    mark: 'bg-fuchsia-200 text-zinc-950 dark:bg-fuchsia-800 dark:text-white',
  },
]

export function campColor(index: number): CampColor {
  return CAMP_PALETTE[index % CAMP_PALETTE.length] as CampColor
}
