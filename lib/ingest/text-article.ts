import { UNKNOWN } from '../story/codebook'
import type { SourceDate } from '../story/schema'
import { cleanByline, type ArticleFields } from './article-fields'
import { readDay } from './published-date'

/**
 * The form's fields from a plain-text article, as analysts save them: a headline on the
 * first line, then perhaps a byline, an outlet and a date, then the text; or a block of
 * "Title: …", "Publisher: …", "Date: …" lines. What is taken for a field leaves the text,
 * so the headline no longer opens the article body. Browser-safe.
 */

const FIELD_LINE =
  /^(title|headline|publisher|source|outlet|date|published|by|byline|author|url|link)\s*:\s*(\S.*)$/i
const WEB_ADDRESS = /^https?:\/\/\S+$/i
const DATE_PREFIX = /^(published|updated|posted|date)(\s+on)?\s*:?\s*/i

const words = (line: string) => line.trim().split(/\s+/).length

/** A first line that reads as a headline: short, no full stop, not a byline or field. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim()
  if (text.length < 3 || text.length > 200 || words(text) < 2 || words(text) > 30) return false
  if (/[.,;:]$/.test(text)) return false
  if (/^[a-z]/.test(text)) return false
  return !FIELD_LINE.test(text) && !/^by\s/i.test(text) && !WEB_ADDRESS.test(text) && readDay(text) === null
}

interface Header {
  title: string | null
  publisher: string | null
  byline: string | null
  date: SourceDate
  url: string | null
}

/** A date line under the headline, alone or after the outlet ("Dawn | 4 March 2024"). */
function dateLine(line: string): { day: string; publisher: string | null } | null {
  if (words(line) > 10) return null
  const alone = readDay(line.replace(DATE_PREFIX, ''))
  if (alone) return { day: alone, publisher: null }
  const split = /^(.{2,60}?)\s*[|,–—-]\s*(.+)$/.exec(line)
  const day = split ? readDay(split[2]!.replace(DATE_PREFIX, '')) : null
  return day && words(split![1]!) <= 5 ? { day, publisher: split![1]!.trim() } : null
}

function readFieldLines(lines: string[], header: Header): number {
  let i = 0
  for (; i < lines.length; i++) {
    const match = FIELD_LINE.exec(lines[i]!.trim())
    if (!match) break
    const [, key, raw] = match
    const value = raw!.trim()
    const field = key!.toLowerCase()
    if (field === 'title' || field === 'headline') header.title = value
    else if (field === 'publisher' || field === 'source' || field === 'outlet') header.publisher = value
    else if (field === 'by' || field === 'byline' || field === 'author') header.byline = cleanByline(value)
    else if (field === 'url' || field === 'link') header.url = WEB_ADDRESS.test(value) ? value : header.url
    else header.date = readDay(value) ?? header.date
  }
  return i
}

/** The lines under a headline that hold a byline, a date or an address; returns how many. */
function readMastheadLines(lines: string[], start: number, header: Header): number {
  let i = start
  let taken = start
  for (let looked = 0; i < lines.length && looked < 4; i++) {
    const line = lines[i]!.trim()
    if (line === '') continue
    looked++
    const date = header.date === UNKNOWN ? dateLine(line) : null
    if (/^by\s/i.test(line) && words(line) <= 12 && !/[.!?]$/.test(line)) header.byline = cleanByline(line)
    else if (WEB_ADDRESS.test(line) && header.url === null) header.url = line
    else if (date) {
      header.date = {
        value: date.day,
        inferred: true,
        reason: `read from the line “${line}” under the headline`,
      }
      header.publisher ??= date.publisher
    } else break
    taken = i + 1
  }
  return taken
}

/** Split a plain-text article into the form's fields and its text. */
export function readTextArticle(input: string, url: string | null = null): ArticleFields {
  const lines = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const header: Header = { title: null, publisher: null, byline: null, date: UNKNOWN, url }
  let first = 0
  while (first < lines.length && lines[first]!.trim() === '') first++

  let bodyStart = first
  const fields = readFieldLines(lines.slice(first), header)
  if (fields > 0) bodyStart = first + fields
  else {
    const rest = lines.slice(first + 1).some((line) => line.trim() !== '')
    if (first < lines.length && rest && looksLikeHeadline(lines[first]!)) {
      header.title = lines[first]!.trim()
      bodyStart = readMastheadLines(lines, first + 1, header)
    }
  }
  const text = lines
    .slice(bodyStart)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd()
  return { ...header, text }
}
