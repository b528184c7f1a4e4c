import type { Story } from '../story/story-check'
import { canonicalName } from '../view/speakers'
import { agreementReport, questionStance, type AgreementReport } from './report'
import type { FinishedCoding } from './types'

/** The story's agreement report, from its finished codings, speakers' merges applied. */
export function storyAgreement(
  story: Story,
  {
    codings,
    aliases,
    claimWordings = {},
  }: {
    codings: FinishedCoding[]
    aliases: Parameters<typeof canonicalName>[1]
    /** Wordings of claims the coders attached that are not the story's, by id. */
    claimWordings?: Readonly<Record<string, string>>
  },
): AgreementReport {
  const camps = new Map(story.perspectives.map((p) => [p.id, p.label]))
  return agreementReport(codings, {
    // The story's claims, its question first: the stance on each is measured.
    claims: story.claims.map((c) => ({ id: c.id, wording: c.wording })),
    otherClaimWording: (id) => (Object.hasOwn(claimWordings, id) ? claimWordings[id] : undefined),
    speakerKey: (name) => canonicalName(name, aliases),
    campLabel: (id) => camps.get(id) ?? id,
  })
}

/** The stance on the story's question, as the story page quotes it. */
export const storyStanceFigure = (story: Story, report: AgreementReport) =>
  story.claims[0] ? questionStance(report, story.claims[0].id) : undefined
