import { describe, expect, it } from 'vitest'
import { extractStatements } from '../lib/extract/extract'
import { emptyScores, precisionRecall, score } from '../lib/extract/evaluate'
import { EVAL_SETS, LAYOUTS, loadSet, REAL_SET, REAL_SET_2 } from './eval-sets'

/** Published reports labelled blind: eval/real, and eval/real-2 from other outlets (issue 21). */
const PUBLISHED: readonly string[] = [REAL_SET, REAL_SET_2]

/**
 * The accuracy the README reports must not slip unnoticed: each labelled set is held to
 * the targets (direct P ≥ 0.97, R ≥ 0.95; all F1 ≥ 0.88; kind accuracy ≥ 0.95),
 * as written and laid out as text arrives from elsewhere (one paragraph, hard-wrapped).
 * For the published reports speaker exact match is held too: grouping by speaker is what
 * analysts do with the drafts. The thresholds are the issue's, not this extractor's scores.
 */
describe.each([...PUBLISHED, ...EVAL_SETS].flatMap((set) => LAYOUTS.map((layout) => [set, layout] as const)))(
  'the %s evaluation set, %s',
  (set, layout) => {
    const totals = emptyScores()
    for (const article of loadSet(set, layout)) score(extractStatements(article.text), article.labels, totals)

    it('meets the targets for direct quotes', () => {
      const direct = precisionRecall(totals.direct)
      expect(direct.precision).toBeGreaterThanOrEqual(0.97)
      expect(direct.recall).toBeGreaterThanOrEqual(0.95)
    })
    it('meets the F1 target over all statements, and the kind accuracy target', () => {
      expect(precisionRecall(totals.all).f1).toBeGreaterThanOrEqual(0.88)
      expect(totals.kind.agree / totals.kind.pairs).toBeGreaterThanOrEqual(0.95)
    })
    if (PUBLISHED.includes(set))
      it('names the speakers as the labels do', () => {
        expect(totals.speaker.exact / totals.speaker.pairs).toBeGreaterThanOrEqual(0.95)
      })
  },
)
