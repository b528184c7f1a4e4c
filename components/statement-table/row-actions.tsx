'use client'

import { createContext, useContext, useEffect, useId, useRef, useState } from 'react'
import type { StatementRow } from '@/lib/view/view-model'

export interface RowActionsApi {
  showInSource: (rowId: string, invoker: HTMLElement) => void
  /** For editors only: absent, the menu offers no edit controls. */
  edit?: (rowId: string, invoker: HTMLElement) => void
  history?: (rowId: string, invoker: HTMLElement) => void
  remove?: (rowId: string, invoker: HTMLElement) => void
  /** The claim a claim filter names: citations then name it. */
  claim?: { wording: string } | null
}

export const RowActionsContext = createContext<RowActionsApi | null>(null)

type CitationCopier = typeof import('./copy-citation')
let copier: CitationCopier | null = null
/**
 * The citation's code loads when a row's menu first opens, not with the page. It is in by
 * the time "Copy citation" is chosen, so the copy still runs within the click, as some
 * browsers' clipboards require.
 */
const loadCopier = (): Promise<CitationCopier> =>
  import('./copy-citation').then((loaded) => (copier = loaded))

const ITEM =
  'block w-full px-3 py-1.5 text-left text-sm text-zinc-900 hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none dark:text-zinc-50 dark:hover:bg-zinc-700 dark:focus:bg-zinc-700'

/**
 * One "Actions" button per row, opening a menu with "Show in source" and "Copy citation"
 * (and, for editors, "Edit", "History" and "Delete"): a single tab stop per row. Arrow keys move in the menu, Esc closes it and focus goes
 * back to the button.
 */
export function RowActions({ row }: { row: StatementRow }) {
  const api = useContext(RowActionsContext)
  const [open, setOpen] = useState(false)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (copyState === 'idle') return
    const timer = setTimeout(() => setCopyState('idle'), 4000)
    return () => clearTimeout(timer)
  }, [copyState])

  useEffect(() => {
    if (!open) return
    if (!copier) loadCopier().catch(() => {}) // tried again on "Copy citation"
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  if (!api) return null
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }
  const copy = () => {
    close(true)
    const run = (loaded: CitationCopier) => loaded.copyCitation(row, api.claim ?? null)
    ;(copier ? run(copier) : loadCopier().then(run)).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    )
  }
  const onMenuKey = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(at + step + items.length) % items.length]?.focus()
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus()
    } else if (event.key === 'Tab') {
      close(false)
    }
  }

  return (
    <div className="row-actions">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Actions for this statement by ${row.speaker}`}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        Actions <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`Actions for this statement by ${row.speaker}`}
          onKeyDown={onMenuKey}
          className="absolute left-0 top-full z-20 mt-1 w-44 overflow-hidden rounded-md border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-600 dark:bg-zinc-800"
        >
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={ITEM}
            onClick={() => {
              const from = button.current
              setOpen(false)
              if (from) api.showInSource(row.id, from)
            }}
          >
            Show in source
          </button>
          <button type="button" role="menuitem" tabIndex={-1} className={ITEM} onClick={copy}>
            Copy citation
          </button>
          {(
            [
              ['Edit', api.edit],
              ['History', api.history],
              ['Delete', api.remove],
            ] as const
          ).map(([label, action]) =>
            action ? (
              <button
                key={label}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={ITEM}
                onClick={() => {
                  const from = button.current
                  setOpen(false)
                  if (from) action(row.id, from)
                }}
              >
                {label}
              </button>
            ) : null,
          )}
        </div>
      ) : null}
      <span role="status">
        {copyState === 'copied'
          ? 'Citation copied'
          : copyState === 'failed'
            ? 'Could not copy: your browser refused'
            : ''}
      </span>
    </div>
  )
}
