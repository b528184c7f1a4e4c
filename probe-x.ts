import { readFileSync } from 'node:fs'
import { extractArticle } from './lib/ingest/html-article'
const o = 'http://127.0.0.1:9'
const pages: [string, string][] = [['wordpress-article.html', '/2024/03/04/traders-count-losses-as-torkham-reopens/'], ['json-ld-news.html', '/news/world-asia-68512345'], ['amp-article.html', '/amp/news/border-reopens-to-pedestrians'], ['cluttered-article.html', '/2024/02/29/markets/analysts-weigh-ceasefire.html']]
for (const [f, p] of pages) {
  const html = readFileSync('e2e/web-fixtures/pages/' + f, 'utf8').replaceAll('{{origin}}', o)
  const a = extractArticle(html, o + p)
  console.log('=====', f)
  console.log(a.text.split('\n\n').map(s => s.slice(0, 70)).join('\n'))
}
