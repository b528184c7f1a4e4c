import { describe, expect, it } from 'vitest'
import { localPath, signInPath } from './next-path'

describe('where signing in goes on to (next=)', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(localPath('/codebook')).toBe('/codebook')
    expect(localPath('/stories/a-b?view=timeline&q=x#s-1')).toBe('/stories/a-b?view=timeline&q=x#s-1')
    expect(localPath('/%2F%2Fother.example')).toBe('/%2F%2Fother.example')
  })

  it('refuses anything the browser would read as another site: newline, tab, backslash, "//"', () => {
    for (const value of [
      '/\n/other-host/page',
      '/\r\n/other-host/page',
      '/\t/other-host/page',
      '/\\other-host/page',
      '/\\\\other-host',
      '\\/other-host',
      '//other-host/page',
      '/.//other-host/page',
      '/a/../..//other-host',
      '/\t\\other-host',
      'https://other-host/page',
      'javascript:alert(1)',
      ' /other',
      'codebook',
      '',
    ])
      expect(localPath(value), JSON.stringify(value)).toBe('/')
  })

  it('takes only one value, and only text', () => {
    expect(localPath(['/a', '/b'])).toBe('/')
    expect(localPath(undefined)).toBe('/')
  })

  it('every path it hands back, followed from any page of the site, stays on the site', () => {
    const values = ['/x', '/\n/evil', '/.//evil', '/%5C%5Cevil', '/a?b=//evil', '/a#//evil', '/\u0000/evil']
    for (const value of values) {
      const path = localPath(value)
      for (const from of ['https://reader.example/', 'https://reader.example/sign-in?next=x'])
        expect(new URL(path, from).origin, JSON.stringify(value)).toBe('https://reader.example')
    }
  })

  it('the sign-in address carries the page to come back to', () => {
    expect(signInPath('/stories/x?view=timeline')).toBe('/sign-in?next=%2Fstories%2Fx%3Fview%3Dtimeline')
    expect(signInPath('/\n/evil')).toBe('/sign-in?next=%2F')
  })
})
