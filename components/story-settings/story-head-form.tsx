'use client'

import { useState } from 'react'
import { FIELD, LABEL, PRIMARY } from '../statement-edit/modal'
import * as stories from '@/lib/commands/stories/schema'
import { AffectedStories } from '../claims/affected-stories'
import { RefusalNote, Status, useSettingsCall } from './settings-form'

/**
 * The story's title and question; the save names the values it started from. The question
 * is the story's main claim: when other stories share it, a changed question lists them
 * before it is saved, since it rewords the claim in each of them too.
 */
export function StoryHeadForm({
  storyId,
  title,
  question,
  otherStories = [],
}: {
  storyId: string
  title: string
  question: string
  otherStories?: readonly { id: string; title: string; main: boolean }[]
}) {
  const [values, setValues] = useState({ title, question })
  // The saved title or question changed (this save's refresh, or another editor's): the
  // fields follow it. Not a remount, which would take "Saved." away with it.
  const [saved, setSaved] = useState({ title, question })
  if (saved.title !== title || saved.question !== question) {
    setSaved({ title, question })
    setValues({ title, question })
  }
  const { refusal, status, busy, send } = useSettingsCall()
  const questionChanged = values.question.trim() !== question
  const save = (event: React.FormEvent) => {
    event.preventDefault()
    const changes = Object.fromEntries(
      (['title', 'question'] as const)
        .filter((k) => values[k] !== { title, question }[k])
        .map((k) => [k, values[k]]),
    )
    const expected = Object.fromEntries(
      Object.keys(changes).map((k) => [k, { title, question }[k as 'title']]),
    )
    void send(stories.editStory, { id: storyId }, { expected, changes }, 'Saved.')
  }
  return (
    <form onSubmit={save} className="space-y-3" noValidate>
      <div>
        <label htmlFor="story-title" className={LABEL}>
          Title
        </label>
        <input
          id="story-title"
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.target.value })}
          aria-invalid={refusal?.field === 'title' || undefined}
          aria-describedby={refusal?.field === 'title' ? 'head-refusal' : undefined}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="story-question" className={LABEL}>
          Question
        </label>
        <p id="story-question-help" className="text-xs text-zinc-700 dark:text-zinc-300">
          The claim every stance is measured against, written as a claim.
        </p>
        <textarea
          id="story-question"
          rows={2}
          value={values.question}
          onChange={(e) => setValues({ ...values, question: e.target.value })}
          aria-invalid={refusal?.field === 'question' || undefined}
          aria-describedby={
            refusal?.field === 'question'
              ? 'head-refusal'
              : questionChanged && otherStories.length > 0
                ? 'story-question-help question-affects'
                : 'story-question-help'
          }
          className={FIELD}
        />
      </div>
      {questionChanged ? (
        <AffectedStories
          id="question-affects"
          stories={otherStories}
          lead={`The question is a claim that ${otherStories.length === 1 ? 'another story uses' : `${otherStories.length} other stories use`}: saving rewords it there too, and each records it in its history.`}
        />
      ) : null}
      <RefusalNote refusal={refusal} id="head-refusal" />
      <div className="flex items-center gap-3">
        <button type="submit" className={PRIMARY} disabled={busy}>
          Save title and question
        </button>
        <Status>{status}</Status>
      </div>
    </form>
  )
}
