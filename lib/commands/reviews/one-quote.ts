/**
 * A review's body with one drafted quote, as the review page sends it: for tests that need
 * a review to work on (route tests and e2e alike), so each does not spell out the draft.
 */
export function oneQuoteReview(article: string, quote: string) {
  const start = article.indexOf(quote)
  if (start < 0) throw new Error('The quote must be in the article.')
  return {
    article,
    source: { publisher: 'Test Wire' },
    drafts: [
      {
        speaker: 'Ali Khan',
        role: 'spokesman',
        kind: 'direct',
        text: quote,
        start,
        end: start + quote.length,
        attribution: 'said on Monday',
        channel: 'firsthand',
        cue: 'said',
      },
    ],
  }
}
