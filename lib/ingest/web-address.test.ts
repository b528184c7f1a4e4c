import { describe, expect, it } from 'vitest'
import { IngestError } from './errors'
import { checkWebAddress, readWebAddress } from './web-address'

const refused = (input: string) => {
  try {
    readWebAddress(input)
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError)
    expect((error as IngestError).problem).toBe('address')
    return (error as IngestError).message
  }
  throw new Error(`${input} was accepted`)
}

describe('readWebAddress', () => {
  it('takes http and https addresses, without the fragment', () => {
    expect(readWebAddress('  https://www.dawn.com/news/1812345#comments ').href).toBe(
      'https://www.dawn.com/news/1812345',
    )
    expect(readWebAddress('http://example.org:8080/a?b=1').href).toBe('http://example.org:8080/a?b=1')
  })

  it('adds https:// to an address typed without a scheme, ports included', () => {
    expect(readWebAddress('www.dawn.com/news/1').href).toBe('https://www.dawn.com/news/1')
    expect(readWebAddress('example.org:8080/x').href).toBe('https://example.org:8080/x')
    expect(readWebAddress('localhost:3000/x').href).toBe('https://localhost:3000/x')
  })

  it('refuses other schemes, in words', () => {
    expect(refused('ftp://files.example.org/a.txt')).toBe(
      'That address starts with “ftp:”; only web pages (http:// or https://) can be fetched.',
    )
    expect(refused('javascript:alert(document.cookie)')).toMatch(/^That address starts with “javascript:”/)
    expect(refused('file:///etc/passwd')).toMatch(/^That address starts with “file:”/)
    expect(refused('data:text/html,<b>x</b>')).toMatch(/^That address starts with “data:”/)
  })

  it('refuses an empty, a too long, a broken address, and one with a password', () => {
    expect(refused('  ')).toBe('Give the address of the page, starting with https://.')
    expect(refused(`https://example.org/${'a'.repeat(2000)}`)).toBe(
      'That address is 2,020 characters long; an article’s address has at most 2,000.',
    )
    expect(refused('https://exa mple.org/')).toBe(
      'That address is not a web address: “https://exa mple.org/”.',
    )
    expect(refused('https://ann:secret@example.org/')).toBe(
      'That address carries a user name or password; give the page’s address without them.',
    )
  })
})

describe('checkWebAddress', () => {
  it('names what it checks', () => {
    expect(() => checkWebAddress('mailto:a@b.org', 'The feed item’s link')).toThrow(
      'The feed item’s link starts with “mailto:”; only web pages (http:// or https://) can be fetched.',
    )
  })
})
