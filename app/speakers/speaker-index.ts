import { getSpeakerIndex } from '@/lib/store/app-store'

/** Everyone with a statement in any story (lib/store/app-store: getSpeakerIndex). */
export const loadSpeakerIndex = getSpeakerIndex
