/**
 * The answer that hands an editor a page as it was fetched: plain text, an attachment,
 * sandboxed and never sniffed, so a browser shows or saves the publisher's markup as
 * characters and never runs it. The file's name says what it is and when it was fetched.
 */
export function archiveDownload(
  sourceId: string,
  page: { html: string; htmlSha256: string; fetchedAt: Date },
): Response {
  const day = page.fetchedAt.toISOString().slice(0, 10)
  const name = `${sourceId.replace(/[^a-z0-9-]/gi, '-')}-as-fetched-${day}.html.txt`
  return new Response(page.html, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'no-store',
      'x-archive-sha256': page.htmlSha256,
    },
  })
}
