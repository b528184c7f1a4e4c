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
  // Keep the failure readable: rule id, and where.
  return [...results.violations, ...unmeasured].map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }))
}
