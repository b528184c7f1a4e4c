import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export async function violations(page: Page, { inTopLayer = false } = {}) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  // Contrast that axe could not measure (text overlapped by another element, say) counts
  // as a failure too; only glyph-only elements, which carry no text, are let through.
  // axe cannot see through a modal dialog's top layer or under an open menu ("partially
  // overlaps other elements", "overlapped by another element"); there the test measures
  // the contrast itself or the overlay's own text is measured.
  const excused = inTopLayer
    ? /only non-text characters|partially overlaps other elements|overlapped by another element/
    : /only non-text characters/
  const unmeasured = results.incomplete
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !n.any.every((check) => excused.test(check.message))),
    }))
    .filter((v) => v.nodes.length > 0)
  // axe takes an SVG for an image and measures none of its text ("contains an image node"),
  // and in a modal's scrolled panel it cannot measure text the panel's edge cuts ("partially
  // obscured by another element"): the contrast of each is measured here instead, and it
  // counts only if too low.
  for (const v of unmeasured) {
    if (v.id !== 'color-contrast') continue
    const kept = []
    for (const n of v.nodes) {
      const svgText = n.any.every((check) => /contains an image node/.test(check.message))
      // Text a region that scrolls sideways cuts at its edge (a wide table on a phone) is
      // "partially obscured" to axe as well: measured here too.
      const obscured = n.any.every((check) => /partially obscured by another element/.test(check.message))
      const target = n.target.join(' ')
      const clipped = obscured && (inTopLayer || (await inSidewaysScroller(page, target)))
      if (!(svgText || clipped) || (await textContrast(page, target)) < 4.5) kept.push(n)
    }
    v.nodes = kept
  }
  // Keep the failure readable: rule id, and where.
  return [...results.violations, ...unmeasured.filter((v) => v.nodes.length > 0)].map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }))
}

/** Whether the element sits in a region that scrolls sideways (and so may be cut at its edge). */
async function inSidewaysScroller(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    for (let node = document.querySelector(selector)?.parentElement; node; node = node.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth)
        return true
    }
    return false
  }, selector)
}

/**
 * The contrast ratio of a text's colour (an SVG text's fill) against the first opaque
 * background behind it, by the WCAG formula. 0 when there is no such element.
 */
async function textContrast(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)
    if (!el) return 0
    // Any CSS colour (Tailwind's are oklch) to sRGB bytes and alpha, by painting one pixel.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
    const rgba = (css: string) => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
      return [r!, g!, b!, a! / 255]
    }
    const fill = rgba(el instanceof SVGTextElement ? getComputedStyle(el).fill : getComputedStyle(el).color)
    let back = [255, 255, 255]
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      const bg = rgba(getComputedStyle(node).backgroundColor)
      if (bg[3]! > 0) {
        back = bg.slice(0, 3)
        break
      }
    }
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0)
    const [a, b] = [lum(fill), lum(back)].sort((x, y) => y - x)
    return (a! + 0.05) / (b! + 0.05)
  }, selector)
}
