import { describe, expect, it } from 'vitest'
import { campSuggester, isParticularSpeaker, type RecordedStatement } from './camp-suggestion'

const story = {
  id: 'torkham-2025',
  perspectives: [
    { id: 'pk', label: 'Pakistani officials' },
    { id: 'taliban', label: 'The Taliban' },
    { id: 'analysts', label: 'Analysts' },
  ],
}

const said = (
  speaker: string,
  storyId: string,
  perspective: { id: string; label: string },
  storyTitle = `Story ${storyId}`,
): RecordedStatement => ({ speaker, storyId, storyTitle, perspective })

const TALIBAN = { id: 'taliban', label: 'The Taliban' }
const PK = { id: 'pk', label: 'Pakistani officials' }

describe('campSuggester', () => {
  it('suggests the one camp of this story the speaker’s reviewed statements are in', () => {
    const suggest = campSuggester(story, [
      said('Amir Khan Muttaqi', 'torkham-2025', TALIBAN),
      said('Amir Khan Muttaqi', 'torkham-2025', TALIBAN),
    ])
    expect(suggest('Amir Khan Muttaqi')).toEqual({
      perspective: 'taliban',
      from: 'this story',
      statements: 2,
    })
    // Names compare as the codebook compares them: case and honorifics folded.
    expect(suggest('Mawlawi Amir Khan Muttaqi')?.perspective).toBe('taliban')
  })

  it('suggests nothing with no record, or with a record in several camps', () => {
    const suggest = campSuggester(story, [
      said('Jan Achakzai', 'torkham-2025', PK),
      said('Jan Achakzai', 'torkham-2025', TALIBAN),
      said('Imtiaz Gul', 'other', { id: 'analysts', label: 'Analysts' }),
      said('Imtiaz Gul', 'third', { id: 'experts', label: 'Independent experts' }),
    ])
    expect(suggest('Jan Achakzai')).toBeNull()
    expect(suggest('Imtiaz Gul')).toBeNull()
    expect(suggest('Zabihullah Mujahid')).toBeNull()
  })

  it('from other stories only into a camp of the same label here, naming the story', () => {
    const suggest = campSuggester(story, [
      said('Zabihullah Mujahid', 'kabul-2024', { id: 'ie', label: 'the  Taliban' }, 'Kabul talks'),
      said('Zabihullah Mujahid', 'kabul-2024', { id: 'ie', label: 'The Taliban' }, 'Kabul talks'),
      said('Zabihullah Mujahid', 'doha-2023', { id: 't', label: 'The Taliban' }, 'Doha'),
      said('Shafqat Ali Khan', 'fo-2023', { id: 'fo', label: 'Foreign Office' }),
    ])
    expect(suggest('Zabihullah Mujahid')).toEqual({
      perspective: 'taliban',
      from: { storyId: 'kabul-2024', storyTitle: 'Kabul talks' },
      statements: 3,
    })
    // No camp here is labelled "Foreign Office": nothing.
    expect(suggest('Shafqat Ali Khan')).toBeNull()
  })

  it('this story’s record comes before other stories’', () => {
    const suggest = campSuggester(story, [
      said('Ishaq Dar', 'old', { id: 'x', label: 'The Taliban' }),
      said('Ishaq Dar', 'torkham-2025', PK),
    ])
    expect(suggest('Ishaq Dar')).toEqual({ perspective: 'pk', from: 'this story', statements: 1 })
  })

  it('never places a pronoun, a bare title or a group by another’s record', () => {
    const suggest = campSuggester(story, [
      said('officials', 'torkham-2025', PK),
      said('The minister', 'torkham-2025', PK),
      said('Police', 'torkham-2025', PK),
    ])
    expect(['officials', 'The minister', 'Police', 'he'].map(suggest)).toEqual([null, null, null, null])
  })
})

describe('isParticularSpeaker', () => {
  it('tells a named person or body from a pronoun, a title or a group', () => {
    const particular = [
      'Mohsin Naqvi',
      'The Foreign Office (FO)',
      'the Taliban',
      'UNAMA',
      'India’s Defence and Security establishment',
    ]
    const general = [
      'he',
      'The minister',
      'officials',
      'Local authorities',
      'Pakistani officials',
      'Residents',
      'Minister',
    ]
    expect(particular.filter(isParticularSpeaker)).toEqual(particular)
    expect(general.filter(isParticularSpeaker)).toEqual([])
  })
})
