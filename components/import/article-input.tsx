'use client'

import { memo, useId, useState } from 'react'
import { ArticleInputError, decodeArticle } from '@/lib/extract/article-input'

interface ArticleInputProps {
  text: string
  onText: (text: string, fileName: string | null) => void
  error: string | null
  onError: (message: string | null) => void
  /**
   * Reads a chosen or dropped file (a saved page or a text file) and fills the form; says
   * why it could not, or null. Without it, a text file's contents become the text.
   */
  onFile?: (file: File) => Promise<string | null>
}

/**
 * Where the article comes in: pasted, typed, chosen or dropped as a text file. A file
 * is read and checked here, in the browser, with the command line's own rules.
 * Memoised: a long article's textarea is not touched when a review row changes.
 */
export const ArticleInput = memo(function ArticleInput({
  text,
  onText,
  error,
  onError,
  onFile,
}: ArticleInputProps) {
  const id = useId()
  const [dragging, setDragging] = useState(false)
  const [opened, setOpened] = useState<string | null>(null)

  async function readFile(file: File) {
    setOpened(null)
    if (onFile) {
      const problem = await onFile(file)
      onError(problem)
      if (!problem) setOpened(file.name)
      return
    }
    try {
      onText(decodeArticle(new Uint8Array(await file.arrayBuffer()), file.name), file.name)
      onError(null)
      setOpened(file.name)
    } catch (e) {
      onError(e instanceof ArticleInputError ? e.message : `${file.name}: could not be read`)
    }
  }

  return (
    <div>
      <label htmlFor={`${id}-text`} className="block font-semibold text-zinc-900 dark:text-zinc-50">
        Article text
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        Paste the article, or drop a plain-text file on the box, or choose one. Changing the text drafts it
        again and discards your edits below.
      </p>
      <textarea
        id={`${id}-text`}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => {
          onText(e.target.value, null)
          setOpened(null)
        }}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0]
          setDragging(false)
          if (!file) return
          e.preventDefault()
          void readFile(file)
        }}
        rows={12}
        spellCheck={false}
        className={`mt-2 block h-64 w-full rounded border bg-white p-3 font-mono [contain:strict] text-sm text-zinc-900 dark:bg-zinc-950 dark:text-zinc-50 ${
          dragging ? 'border-blue-600 ring-2 ring-blue-600' : 'border-zinc-400 dark:border-zinc-600'
        }`}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor={`${id}-file`} className="font-medium">
          {onFile ? 'Open a saved page or text file' : 'Open a text file'}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept={onFile ? '.txt,.html,.htm,text/plain,text/html' : '.txt,text/plain'}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) void readFile(file)
          }}
          className="text-sm file:mr-2 file:rounded file:border file:border-zinc-400 file:bg-white file:px-2 file:py-1 dark:file:bg-zinc-800 dark:file:text-zinc-50"
        />
      </div>
      <p role="status" className="mt-1 text-sm text-zinc-700 dark:text-zinc-200">
        {opened ? `Opened ${opened}.` : null}
      </p>
      {error && (
        <p
          role="alert"
          className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      )}
    </div>
  )
})
