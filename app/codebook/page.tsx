import type { Metadata } from 'next'
import { requireReader } from '@/lib/auth'
import { StanceBadge } from '@/components/stance-badge'
import { CARD } from '@/components/card'
import { KINDS, STANCES } from '@/lib/story/codebook'
import {
  CHANNEL_LABELS,
  KIND_LABELS,
  NO_RESPONSE,
  NO_STANCE_NAME,
  SILENT,
  STANCE_MEANINGS,
} from '@/lib/story/vocabulary'

const CLAIM_EXAMPLES = [
  'Militants who attack Pakistan operate from Afghan territory.',
  'Pakistan’s own military strategy shares the blame.',
] as const

export const metadata: Metadata = {
  title: 'How statements are coded',
  description:
    'The rules every statement in the reader follows: what a statement is, its kind, stance, the claims it is taken on, attribution and caveats.',
}

const KIND_RULES: Record<(typeof KINDS)[number], string> = {
  direct:
    'The speaker’s own words inside quotation marks. The statement is the quoted words exactly, without the marks.',
  paraphrase:
    'The source reports what the speaker said or holds in its own words. The statement is the source’s own sentence or clause that carries it, exactly; a short quoted fragment inside it keeps it a paraphrase.',
}

function Rule({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={`p-5 ${CARD}`}>
      <h2 id={id} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      <div className="mt-2 space-y-2 text-zinc-800 dark:text-zinc-100">{children}</div>
    </section>
  )
}

/**
 * The coding rules, in the product: what every row of the reader means and how it was
 * filled in, so an analyst can judge a row without asking anyone.
 */
export default async function CodebookPage() {
  await requireReader('/codebook')
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        How statements are coded
      </h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-200">
        A comparison is only worth trusting when every row can be traced back to the words of its source.
        These are the rules every statement in the reader follows, whoever coded it.
      </p>
      <div className="mt-6 space-y-4">
        <Rule id="story" title="A story">
          <p>
            A story is one contested question covered by one or more source documents. Its{' '}
            <strong>question</strong> is written as a claim (“Militant violence in Pakistan is driven from
            Afghanistan, with Taliban complicity”), and every stance is measured against it. Its{' '}
            <strong>camps</strong> are the sides being compared, each with a one-line definition of who
            belongs to it.
          </p>
          <p>
            Each source is given with its publisher, title, date and address where known. What is not known
            says “unknown”, never a guess; a date worked out from the text is marked as inferred, with the
            reason.
          </p>
        </Rule>
        <Rule id="statement" title="What a statement is">
          <p>
            A statement is one thing a named person or body said or holds, as the source reports it: who spoke
            and in what role, the exact words, whether they are quoted or paraphrased, the stance they take on
            the question, and how the source knows.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <strong>Speaker:</strong> the person or body as the source names them, in the fullest form it
              gives (“Zabihullah Mujahid”, not “Mujahid”). A rank may stay as written (“Gen. Asim Munir”); a
              job title goes to the role, never into the name. A body with no named spokesperson (“the
              Taliban”) is a speaker.
            </li>
            <li>
              <strong>Role:</strong> the title exactly as the source gives it at the statement. When the
              source gives the same person two titles, the one at the statement is kept and the other noted as
              a caveat.
            </li>
            <li>
              <strong>Camp:</strong> by position, not by opinion. Serving officials of a side belong to that
              side; someone quoted only as an expert belongs with the analysts even when their view leans one
              way.
            </li>
          </ul>
        </Rule>
        <Rule id="kinds" title="Quote or paraphrase">
          <dl className="space-y-2">
            {KINDS.map((kind) => (
              <div key={kind}>
                <dt className="font-semibold">{KIND_LABELS[kind]}</dt>
                <dd>{KIND_RULES[kind]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Nobody writes new words into a statement: a summary goes in the stance label, never in the text.
          </p>
        </Rule>
        <Rule id="stance" title="The stance scale">
          <p>
            Every stance is taken on one claim (the story’s question, unless a claim is chosen), on this
            scale, in this order:
          </p>
          <dl className="space-y-1.5">
            {STANCES.map((stance) => (
              <div key={stance} className="flex items-baseline gap-2">
                <dt>
                  <StanceBadge stance={stance} />
                </dt>
                <dd>{STANCE_MEANINGS[stance]}</dd>
              </div>
            ))}
          </dl>
          <p>
            Each stance carries a short label in the analyst’s words, such as “Blames Pakistan’s own
            policies”.
          </p>
          <p>
            A statement that does not speak to a claim has <strong>no stance</strong> on it, never{' '}
            <em>neutral</em>: the reader shows it as “{NO_STANCE_NAME}”, sorts it after every stance, gives it
            its own value in the stance filter, counts it apart, and leaves both stance cells of an export
            empty.
          </p>
        </Rule>
        <Rule id="claims" title="Claims: comparing camps point by point">
          <p>
            A story’s question is its <strong>main claim</strong>. Most contested stories turn on more than
            one point, and camps agree on some and split on others, so a story may list further claims. A
            claim is one proposition a statement can support or reject, worded so that every camp could answer
            it: “{CLAIM_EXAMPLES[0]}” “{CLAIM_EXAMPLES[1]}”
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <strong>Wording:</strong> one proposition, in neutral words, written as a statement, not a
              question. No camp’s loaded terms, and never two propositions joined by “and”: a claim that could
              be half true is split in two.
            </li>
            <li>
              <strong>Shared across stories:</strong> a claim keeps one identity and one wording in every
              story that uses it, so a camp’s position can be followed over time. Rewording it changes it
              everywhere, and the old wording stays in its history. Editing a story’s question rewords its
              main claim.
            </li>
            <li>
              <strong>A stance on each claim it addresses:</strong> a statement takes a stance, on the same
              scale and with its own label, on every claim it speaks to, and on none of the others. One
              statement may address several: “Following the resurgence of the Taliban …, coupled with flawed
              strategies by the Pakistani military …” supports one claim about Afghan territory and another
              about Pakistan’s own strategy. Every reviewed statement takes a stance on at least one of its
              story’s claims.
            </li>
            <li>
              <strong>Silence and non-response:</strong> a camp with no statement on a claim is{' '}
              <em>{SILENT}</em> on it in that story. When the source says a camp did not respond (“the Taliban
              has not responded to the claims made by …”), that is recorded apart: the camp, the claim, the
              day as of which, and the passage that says so. It is not a statement and has no stance; the
              reader shows it as “{NO_RESPONSE} as of” the day, marked as inferred when the source’s date is.
            </li>
          </ul>
          <p>
            The <em>Claims</em> view lines the camps up claim by claim. A claim is marked{' '}
            <strong>split</strong> when one camp supports it and another rejects it, and{' '}
            <strong>agree</strong> when two or more camps spoke and none takes the opposite side.
          </p>
        </Rule>
        <Rule id="attribution" title="Attribution: how the source knows">
          <p>
            Every statement says how its source knows it: “press conference”, “comment to the outlet”, “as
            reported by Pakistani media”, “standing position, no response to these claims”.
          </p>
          <p>
            A statement the source knows only through another outlet is{' '}
            <strong>{CHANNEL_LABELS.secondhand.toLowerCase()}</strong>, and its attribution names that outlet;
            otherwise it is {CHANNEL_LABELS.firsthand.toLowerCase()}.
          </p>
        </Rule>
        <Rule id="anchor" title="Every row is anchored">
          <p>
            A statement’s text must be found word for word in its source (line breaks aside). The reader finds
            the exact passage itself and shows it under <em>Show in source</em>; a statement that cannot be
            found does not load.
          </p>
        </Rule>
        <Rule id="date" title="When it was said">
          <p>
            A statement’s date is the day it was made, when the source gives one (“said on Monday”, “in a
            statement on 4 March”): a real day as YYYY-MM-DD, and optional. Without it, the timeline places
            the statement on its source’s date and marks that date as inferred. A statement whose source is
            undated too goes under “Date unknown”.
          </p>
          <p>
            Editors set it in review, where the words around a statement may suggest one (“on Monday” is the
            last Monday on or before the source’s date; “on 4 March” is that day in the source’s year, or the
            year before when it would fall after the source): a suggestion names the words it came from and is
            checked against the article, changed or cleared like any other field. Editors change or clear it
            later in the statement’s edit form; each change is recorded in its history.
          </p>
        </Rule>
        <Rule id="caveats" title="Caveats">
          <p>
            A caveat is what a careful reader must know before relying on a row: titles that do not agree,
            reporting at second or third hand, a party that did not respond, an affiliation the source does
            not state.
          </p>
        </Rule>
        <Rule id="segmentation" title="Where one statement ends and the next begins">
          <ul className="list-disc space-y-1 pl-5">
            <li>
              One statement per reporting cue: said, told, added, stated, according to, claimed that, “…” X
              said.
            </li>
            <li>
              A quote of several sentences under one cue is one statement. A quote paragraph with no cue of
              its own that continues the previous speaker is a statement of its own, by that speaker.
            </li>
            <li>
              A quote spans the words inside the marks. A paraphrase spans the reported clause without “that”.
              A reporting verb with no clause (“denied reports of …”, “urged Kabul to …”) spans the verb
              phrase, verb included.
            </li>
            <li>
              Something relayed through another outlet (“according to Reuters, X said …”) is a paraphrase
              whose attribution names the outlet.
            </li>
          </ul>
        </Rule>
        <Rule id="not-statements" title="What is not a statement">
          <p>
            The reporter’s own narration of events (“23 soldiers lost their lives in an attack in Dera Ismail
            Khan”) is context, not a camp’s position. It is kept as the story’s narration, anchored to its
            passage like a statement, and shown apart from the camps.
          </p>
        </Rule>
      </div>
    </div>
  )
}
