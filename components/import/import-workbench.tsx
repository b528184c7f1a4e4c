'use client'

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { UNASSIGNED } from '@/lib/story/codebook'
import { ArticleInputError, checkArticleText } from '@/lib/extract/article-input'
import { guessPerspective, ImportError, slugify, UNASSIGNED_PERSPECTIVE } from '@/lib/import/draft-story'
import { buildReviewedStory, reviewRows, type ReviewRow } from '@/lib/import/review'
import type { Perspective } from '@/lib/story/schema'
import { StoryDataError } from '@/lib/story/story-check'
import { CARD } from '../card'
import { downloadText } from '../download'
import { ArticleInput } from './article-input'
import { HighlightedArticle } from './highlighted-article'
import { pageOf, ReviewTable } from './review-table'
import { StoryForm, type StoryFormValues } from './story-form'
import { useExtractor } from './use-extractor'

export interface CampTemplate {
  id: string
  title: string
  perspectives: Perspective[]
}

const today = () => new Date().toISOString().slice(0, 10)

function Step({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={`p-4 ${CARD}`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

/**
 * The import page: article in, drafted statements out, reviewed by hand, downloaded as
 * a story file. Everything runs here in the browser; nothing is sent anywhere.
 */
export function ImportWorkbench({ templates }: { templates: CampTemplate[] }) {
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '')
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState('pasted-article.txt')
  const [inputError, setInputError] = useState<string | null>(null)
  const [rows, setRows] = useState<ReviewRow[]>([])
  const [page, setPage] = useState(0)
  const rowsRef = useRef(rows)
  const [took, setTook] = useState<number | null>(null)
  const extract = useExtractor()
  const request = useRef(0)
  const [form, setForm] = useState<StoryFormValues>({ id: '', title: '', question: '', source: {} })
  const [outcome, setOutcome] = useState<
    { ok: true; message: string } | { ok: false; problems: string[] } | null
  >(null)

  const camps = useMemo(
    () => templates.find((t) => t.id === templateId)?.perspectives ?? [],
    [templates, templateId],
  )
  const campOptions = useMemo(
    () => [...camps.filter((p) => p.id !== UNASSIGNED), UNASSIGNED_PERSPECTIVE],
    [camps],
  )

  // Draft shortly after typing stops; a paste or a dropped file drafts at once.
  useEffect(() => {
    const handle = setTimeout(() => {
      // Only the latest article's drafts are shown, however the answers arrive.
      const mine = ++request.current
      setOutcome(null)
      if (text.trim() === '') {
        setRows([])
        setTook(null)
        return
      }
      try {
        checkArticleText(text, fileName === 'pasted-article.txt' ? 'Pasted text' : fileName)
      } catch (e) {
        setInputError(e instanceof ArticleInputError ? e.message : String(e))
        setRows([])
        return
      }
      const started = performance.now()
      void extract(text).then((drafts) => {
        // A newer article was sent meanwhile: its answer will follow.
        if (drafts === null || mine !== request.current) return
        setTook(performance.now() - started)
        setRows(reviewRows(drafts, (d) => guessPerspective(d, camps)))
        setPage(0)
        setInputError(null)
      })
    }, 150)
    return () => clearTimeout(handle)
  }, [text, fileName, camps, extract])

  // A removal can leave the page past the end; show the last one then.
  const shownPage = Math.min(page, Math.max(0, pageOf(rows.length - 1)))
  // Read by the jump callback, which must keep its identity so the memoised marked
  // article does not re-render on every page turn or edit.
  const pageRef = useRef(shownPage)
  useEffect(() => {
    rowsRef.current = rows
    pageRef.current = shownPage
  }, [rows, shownPage])

  // Stable callbacks, so the memoised rows and the marked article skip unchanged work.
  const change = useCallback((key: string, patch: Partial<ReviewRow>) => {
    setOutcome(null)
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))
  }, [])
  const remove = useCallback((key: string) => {
    setOutcome(null)
    setRows((current) => current.filter((row) => row.key !== key))
  }, [])
  // A mark whose row is on another page: show that page now, then follow the link.
  const jump = useCallback((key: string) => {
    const target = pageOf(rowsRef.current.findIndex((row) => row.key === key))
    if (target === pageRef.current) return false
    flushSync(() => setPage(target))
    window.location.hash = `draft-${key}`
    return true
  }, [])

  const takeText = useCallback((next: string, name: string | null) => {
    setText(next)
    if (name) setFileName(name)
  }, [])

  function download() {
    const id = form.id.trim() || slugify(form.source.title ?? '') || 'imported-story'
    try {
      const json = buildReviewedStory(
        { id, title: form.title, question: form.question, perspectives: camps },
        { text, fileName, meta: form.source, importedOn: today() },
        rows,
      )
      downloadText(`${id}.json`, json, 'application/json')
      const accepted = rows.filter((r) => r.accepted).length
      setOutcome({
        ok: true,
        message: `Downloaded ${id}.json: ${rows.length} statements, ${accepted} accepted and ${rows.length - accepted} still marked draft. Put it in data/stories/ and restart the app: it loads stories it does not have yet on start.`,
      })
    } catch (e) {
      if (e instanceof StoryDataError) setOutcome({ ok: false, problems: e.problems })
      else if (e instanceof ImportError) setOutcome({ ok: false, problems: [e.message] })
      else throw e
    }
  }

  const accepted = rows.filter((r) => r.accepted).length
  return (
    <div className="space-y-6">
      <Step id="step-camps" title="1. Camps">
        <label htmlFor="camp-template" className="mt-2 block text-sm font-medium">
          Take the camps, and their match words, from
        </label>
        <select
          id="camp-template"
          value={templateId}
          onChange={(e) => setTemplateId(e.target.value)}
          className="mt-1 rounded border border-zinc-400 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-950"
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
          <option value="">No camps: leave every statement unassigned</option>
        </select>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
          Changing this drafts the article again and discards your edits below.
        </p>
      </Step>

      <Step id="step-article" title="2. Article">
        <div className="mt-2">
          <ArticleInput text={text} error={inputError} onError={setInputError} onText={takeText} />
        </div>
      </Step>

      <Step id="step-review" title="3. Review the drafts">
        <p role="status" className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
          {took === null
            ? 'No article yet.'
            : `Drafted ${rows.length} statement${rows.length === 1 ? '' : 's'} in ${took < 1 ? 'under 1' : Math.round(took)} ms; ${accepted} accepted.`}
        </p>
        {text.trim() !== '' && (
          <div className="mt-3 space-y-4">
            <HighlightedArticle text={text} rows={rows} onJump={jump} />
            <ReviewTable
              rows={rows}
              perspectives={campOptions}
              onChange={change}
              onRemove={remove}
              page={shownPage}
              onPage={setPage}
            />
          </div>
        )}
      </Step>

      <Step id="step-download" title="4. Download the story">
        <div className="mt-2">
          <StoryForm values={form} onChange={setForm} />
        </div>
        <button
          type="button"
          onClick={download}
          disabled={rows.length === 0}
          className="mt-4 rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-zinc-400 dark:bg-blue-600 dark:disabled:bg-zinc-700"
        >
          Download story JSON
        </button>
        {outcome?.ok === true && (
          <p role="status" className="mt-2 text-sm text-emerald-900 dark:text-emerald-100">
            {outcome.message}
          </p>
        )}
        {outcome?.ok === false && (
          <div
            role="alert"
            className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">The story file would not load, so nothing was downloaded:</p>
            <ul className="mt-1 list-disc pl-5">
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </Step>
    </div>
  )
}
