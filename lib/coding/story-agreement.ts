import type { Story } from '../story/story-check'
import { canonicalName } from '../view/speakers'
import { agreementReport, type AgreementReport } from './report'
import type { FinishedCoding } from './types'

/** The story's agreement report, from its finished codings, speakers' merges applied. */
export function storyAgreement(
  story: Story,
  { codings, aliases }: { codings: FinishedCoding[]; aliases: Parameters<typeof canonicalName>[1] },
): AgreementReport {
  const camps = new Map(story.perspectives.map((p) => [p.id, p.label]))
  return agreementReport(codings, {
    // The story's first claim is its question, the one a draft's stance is on.
    questionClaimId: story.claims[0]?.id ?? 'question',
    speakerKey: (name) => canonicalName(name, aliases),
    campLabel: (id) => camps.get(id) ?? id,
  })
}
