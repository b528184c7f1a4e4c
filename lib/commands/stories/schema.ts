import { z } from 'zod'
import { filled, name, slugOf, text, wording } from '../../story/fields'
import { endpoint } from '../endpoint'

/** A story's own parts (editors): a new story with its camps; its title and question. */

export interface StoryHead {
  title: string
  question: string
}

export const storyTitle = filled('The title', 500)
export const storyQuestion = wording('The question', 1_000)

export const createStory = endpoint<{ id: string }>()({
  method: 'POST',
  path: '/api/stories',
  access: 'editor',
  input: z.strictObject({
    id: slugOf('The short name'),
    title: storyTitle,
    question: storyQuestion,
    perspectives: z
      .array(
        z.strictObject({
          id: slugOf('A camp’s short name'),
          label: name('The camp’s name', 200),
          definition: filled('The camp’s definition', 1_000),
        }),
        { error: 'Give at least one camp, with a name and a definition.' },
      )
      .min(1, 'Give at least one camp, with a name and a definition.')
      .max(50, 'A story has at most 50 camps.'),
  }),
})

/** The title and question, checked against the values the editor started from. */
export const editStory = endpoint<{ story: StoryHead }>()({
  method: 'PATCH',
  path: '/api/stories/[id]',
  access: 'editor',
  input: z.strictObject({
    expected: z
      .strictObject({ title: text('The title', 500), question: text('The question', 1_000) })
      .partial(),
    changes: z.strictObject({ title: storyTitle, question: storyQuestion }).partial(),
  }),
})
