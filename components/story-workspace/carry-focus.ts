/**
 * Where the keyboard focus is, described so that it can be found again after the part of
 * the page holding it is drawn anew (a large story's first page giving way to its data's
 * workspace, with the same controls): by id, else by its group's name and its own text.
 */
export interface FocusPlace {
  id: string | null
  group: string | null
  text: string
  selection: [number, number] | null
}

export function focusPlace(): FocusPlace | null {
  const element = document.activeElement
  if (!(element instanceof HTMLElement) || element === document.body) return null
  const input = element instanceof HTMLInputElement ? element : null
  return {
    id: element.id || null,
    group: element.closest('[role="group"][aria-label]')?.getAttribute('aria-label') ?? null,
    text: element.textContent ?? '',
    selection:
      input && input.selectionStart !== null && input.selectionEnd !== null
        ? [input.selectionStart, input.selectionEnd]
        : null,
  }
}

/** Puts the focus back where `place` was, when it has gone to the page's body. */
export function restoreFocus(place: FocusPlace | null) {
  if (!place || (document.activeElement && document.activeElement !== document.body)) return
  const found = place.id
    ? document.getElementById(place.id)
    : [...document.querySelectorAll<HTMLElement>(`[role="group"] button, [role="group"] a`)].find(
        (element) =>
          element.closest('[role="group"][aria-label]')?.getAttribute('aria-label') === place.group &&
          element.textContent === place.text,
      )
  if (!found) return
  found.focus({ preventScroll: true })
  if (place.selection && found instanceof HTMLInputElement) found.setSelectionRange(...place.selection)
}
