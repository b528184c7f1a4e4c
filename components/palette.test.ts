import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { STANCES, type Stance } from '@/lib/story/codebook'
import { contrastRatio, difference, oklchToLinear, type LinearRgb, type Vision } from '@/lib/view/colour'
import { CAMP_PALETTE } from './camp-colors'

/*
 * The colours the app really draws with: Tailwind's own values (its theme.css), the
 * stance variables of app/globals.css and the camp classes of camp-colors.ts, per theme.
 */
const require = createRequire(import.meta.url)
const themeCss = readFileSync(require.resolve('tailwindcss/theme.css'), 'utf8')
const TAILWIND = new Map<string, LinearRgb>([
  ['white', [1, 1, 1]],
  ['black', [0, 0, 0]],
])
for (const m of themeCss.matchAll(/--color-([a-z]+-\d+):\s*(oklch\([^)]*\))/g)) {
  TAILWIND.set(m[1]!, oklchToLinear(m[2]!))
}
function tailwind(name: string): LinearRgb {
  const colour = TAILWIND.get(name)
  if (!colour) throw new Error(`No Tailwind colour ${name}`)
  return colour
}

type Theme = 'light' | 'dark'
const THEMES: Theme[] = ['light', 'dark']

const globalsCss = readFileSync(new URL('../app/globals.css', import.meta.url), 'utf8')
/** `--stance-<name>` as set for the light page (first) and the dark one (second). */
function stanceVariable(name: string): Record<Theme, string> {
  const values = [
    ...globalsCss.matchAll(new RegExp(`--${name}:\\s*var\\(--color-([a-z]+(?:-\\d+)?)\\)`, 'g')),
  ].map((m) => m[1]!)
  expect(values, `--${name} in light and dark`).toHaveLength(2)
  return { light: values[0]!, dark: values[1]! }
}
const STANCE = Object.fromEntries(
  STANCES.map((s) => [s, { fill: stanceVariable(`stance-${s}`), ink: stanceVariable(`stance-${s}-ink`) }]),
) as Record<Stance, { fill: Record<Theme, string>; ink: Record<Theme, string> }>

/** The colour named by a class list for one theme: `bg-x-600 dark:bg-x-400` → x-600 / x-400. */
function classColour(classes: string, prefix: string, theme: Theme): string {
  const want = theme === 'dark' ? `dark:${prefix}` : prefix
  const found = classes.split(/\s+/).find((c) => c.startsWith(want) && (theme === 'dark' || !c.includes(':')))
  if (!found) throw new Error(`No ${want} in “${classes}”`)
  return found.slice(want.length)
}
const campColours = (theme: Theme) =>
  CAMP_PALETTE.flatMap((camp, i) => [
    { what: `camp ${i + 1} swatch`, name: classColour(camp.swatch, 'bg-', theme) },
    { what: `camp ${i + 1} rule`, name: classColour(camp.rule, 'border-t-', theme) },
  ])

const PAGE: Record<Theme, string[]> = { light: ['white', 'zinc-50'], dark: ['zinc-950', 'zinc-900'] }
const LIMIT: Record<Vision, number> = { normal: 20, deuteranopia: 10, protanopia: 10 }
const VISIONS = Object.keys(LIMIT) as Vision[]

describe.each(THEMES)('the %s theme', (theme) => {
  it('reads every colour it checks', () => {
    expect(campColours(theme)).toHaveLength(CAMP_PALETTE.length * 2)
    for (const { name } of campColours(theme)) expect(() => tailwind(name)).not.toThrow()
  })

  it.each(VISIONS)('keeps each stance colour apart from every camp colour (%s)', (vision) => {
    const close: string[] = []
    for (const stance of STANCES) {
      for (const camp of campColours(theme)) {
        const d = difference(tailwind(STANCE[stance].fill[theme]), tailwind(camp.name), vision)
        if (d < LIMIT[vision])
          close.push(
            `${stance} (${STANCE[stance].fill[theme]}) ~ ${camp.what} (${camp.name}): ${d.toFixed(1)}`,
          )
      }
    }
    expect(close).toEqual([])
  })

  it.each(VISIONS)('keeps the stance colours apart from each other (%s)', (vision) => {
    const close: string[] = []
    for (const [i, one] of STANCES.entries()) {
      for (const two of STANCES.slice(i + 1)) {
        const d = difference(tailwind(STANCE[one].fill[theme]), tailwind(STANCE[two].fill[theme]), vision)
        if (d < LIMIT[vision]) close.push(`${one} ~ ${two}: ${d.toFixed(1)}`)
      }
    }
    expect(close).toEqual([])
  })

  it('writes on a stance fill at WCAG AA (4.5:1), and the fills stand out from the page (3:1)', () => {
    for (const stance of STANCES) {
      const fill = tailwind(STANCE[stance].fill[theme])
      expect(
        contrastRatio(fill, tailwind(STANCE[stance].ink[theme])),
        `${stance} ink`,
      ).toBeGreaterThanOrEqual(4.5)
      for (const page of PAGE[theme]) {
        expect(contrastRatio(fill, tailwind(page)), `${stance} on ${page}`).toBeGreaterThanOrEqual(3)
      }
    }
  })
})

describe('the camp colours', () => {
  it('are not the stance colours of the issue that asked for this (Taliban orange, analysts’ purple)', () => {
    // Before: mixed was orange-500 beside the amber camp, supports violet-600 beside indigo.
    for (const theme of THEMES) {
      const names = campColours(theme).map((c) => c.name)
      for (const stance of STANCES) expect(names).not.toContain(STANCE[stance].fill[theme])
    }
  })
})
