import { nameKey } from '../../story/values'
import { invalid } from '../errors'

/**
 * Two camps of one story may not read the same: a name that differs from another only in
 * letter case, width (fullwidth “Ｐｒｏ”) or invisible characters is refused, naming it.
 */
export function refuseLookAlike(label: string, others: readonly { label: string }[], field = 'label') {
  const key = nameKey(label)
  const twin = others.find((camp) => nameKey(camp.label) === key)
  if (!twin) return
  throw invalid(
    field,
    twin.label === label
      ? `This story already has a camp named “${label}”.`
      : `This story already has a camp named “${twin.label}”, and “${label}” reads the same (it differs only in capitals, character widths or invisible characters). Choose a name that tells them apart.`,
  )
}
