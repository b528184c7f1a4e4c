import { coderEmail } from '@/lib/coding/blind'
import type { CoderReview } from '@/lib/coding/types'

/** Who codes an article twice, blind, and whether each is done: never what they chose. */
export function CodingStatus({ coders, actor }: { coders: CoderReview[]; actor: string }) {
  return (
    <div className="mt-3 text-sm">
      <p className="font-medium">Coded twice, blind, by:</p>
      <ul className="list-disc pl-5">
        {coders.map((c) => (
          <li key={c.id}>
            {coderEmail(c.coder)}
            {c.coder === actor ? ' (you)' : ''}: {c.codedAt ? 'done' : 'still coding'}
          </li>
        ))}
      </ul>
    </div>
  )
}
