/**
 * The fixture server's feeds: an RSS feed in two versions (a second poll re-sends items,
 * changes GUIDs and addresses, republishes one under a new address, and adds one), an Atom
 * feed, and hostile ones. `origin` makes every link point back at the fixture server.
 */

interface RssItem {
  guid?: string
  permalink?: boolean
  link?: string
  title?: string
  description?: string
  pubDate?: string
  creator?: string
}

const TORKHAM = {
  guid: 'fl-4812',
  link: '/2024/03/04/traders-count-losses-as-torkham-reopens/',
  title: 'Traders count losses as Torkham reopens after nine days',
  description:
    '<p>The Torkham crossing reopened on Monday after a nine-day closure that left hundreds of trucks stranded.</p>',
  pubDate: 'Mon, 04 Mar 2024 04:15:27 +0000',
  creator: 'Sana Malik',
}
const FLAG_MEETING = {
  guid: 'fl-4813',
  link: '/2024/03/05/flag-meeting-sets-terms/',
  title: 'Flag meeting sets terms for a joint border survey',
  description: 'Commanders agreed that neither side would build near the crossing until a survey is done.',
  pubDate: 'Tue, 05 Mar 2024 07:00:00 +0000',
}
const EXAMS = {
  guid: 'fl-4790',
  link: '/2024/03/01/exam-season/?utm_source=rss&utm_medium=feed',
  title: 'Exam season begins in Khyber Pakhtunkhwa',
  description: '<p>More than 400,000 students sit their matriculation exams this month.</p>',
  pubDate: 'Fri, 01 Mar 2024 05:30:00 +0000',
}
const CHAMAN = {
  guid: 'fl-4795',
  link: '/2024/03/02/chaman-protests/',
  title: 'Protests continue at Chaman’s Friendship Gate',
  description:
    '<![CDATA[<p>Residents say the passport rule splits families. <a href="/tag/chaman">More on Chaman</a></p>]]>',
  pubDate: 'Sat, 02 Mar 2024 09:00:00 +0000',
}

const VERSIONS: Record<1 | 2, RssItem[]> = {
  1: [
    TORKHAM,
    FLAG_MEETING,
    EXAMS,
    CHAMAN,
    // Malformed: nothing to show or open.
    { description: '' },
    // Malformed: its link is no web address.
    { guid: 'fl-bad', permalink: false, title: 'A broken entry', link: 'javascript:alert(1)' },
  ],
  2: [
    // Re-sent as it was.
    TORKHAM,
    // The same story under a new GUID.
    { ...FLAG_MEETING, guid: 'fl-4813-rev2' },
    // A new GUID, and the address without its tracking parameters.
    {
      ...EXAMS,
      guid: 'https://frontier.example/?p=4790',
      permalink: false,
      link: '/2024/03/01/exam-season/',
    },
    // Republished: new GUID, new address, the same title and summary.
    { ...FLAG_MEETING, guid: 'fl-4830', link: '/2024/03/06/flag-meeting-sets-terms-2/' },
    {
      guid: 'fl-4820',
      link: '/2024/03/06/customs-figures/',
      title: 'Customs figures show Torkham trade fell by a third',
      description: 'Traders say each day of closure costs them more than $1.5 million.',
      pubDate: 'Wed, 06 Mar 2024 06:00:00 +0000',
    },
    // Malformed: a title but nothing to open.
    { title: 'An entry with no link', guid: 'fl-nolink', permalink: false },
  ],
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function rssItem(item: RssItem, origin: string): string {
  const link = item.link?.startsWith('/') ? origin + item.link : item.link
  const parts = [
    item.title !== undefined && `<title>${escape(item.title)}</title>`,
    link !== undefined && `<link>${escape(link)}</link>`,
    item.guid !== undefined &&
      `<guid${item.permalink === false ? ' isPermaLink="false"' : ''}>${escape(item.guid)}</guid>`,
    item.description !== undefined &&
      `<description>${item.description.startsWith('<![CDATA[') ? item.description : escape(item.description)}</description>`,
    item.pubDate && `<pubDate>${item.pubDate}</pubDate>`,
    item.creator && `<dc:creator><![CDATA[${item.creator}]]></dc:creator>`,
  ]
  return `<item>${parts.filter(Boolean).join('')}</item>`
}

export function rssFeed(version: 1 | 2, origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Frontier Ledger</title>
<atom:link href="${origin}/feeds/world.rss" rel="self" type="application/rss+xml" />
<link>${origin}/</link>
<description>Trade, borders and politics from the frontier</description>
<lastBuildDate>Wed, 06 Mar 2024 06:00:00 +0000</lastBuildDate>
<language>en-GB</language>
${VERSIONS[version].map((item) => rssItem(item, origin)).join('\n')}
</channel>
</rss>`
}

export function atomFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Asia Wire – Region</title>
  <id>tag:asiawire.example,2024:region</id>
  <link rel="self" href="${origin}/feeds/region.atom"/>
  <link rel="alternate" type="text/html" href="${origin}/news/world/asia"/>
  <updated>2024-03-06T08:00:00Z</updated>
  <entry>
    <title type="html">Pakistan &amp;amp; Afghanistan agree to talks on border fencing</title>
    <id>tag:asiawire.example,2024:68512345</id>
    <link rel="alternate" type="text/html" href="${origin}/news/world-asia-68512345"/>
    <published>2024-03-05T14:20:00Z</published>
    <updated>2024-03-06T08:00:00Z</updated>
    <author><name>Omar Farooq</name></author>
    <summary type="html">&lt;p&gt;Officials will meet in &lt;b&gt;Doha&lt;/b&gt; next week.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Qatar offers to host a second round of talks</title>
    <id>tag:asiawire.example,2024:68512399</id>
    <link href="${origin}/news/world-asia-68512399"/>
    <updated>2024-03-06T07:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The Emir’s envoy said Qatar was <em>ready</em> to help.</p></div></content>
  </entry>
</feed>`
}

/** Not well-formed: a title closed by </item>. */
export const BROKEN_FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Broken</title>
<item><title>Unclosed title</item>
</channel></rss>`

/** An external entity that asks the reader to open a file on the server. */
export const XXE_FEED = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&secret;</title>
<item><title>Read this</title><link>https://example.org/a</link><description>&secret;</description></item>
</channel></rss>`

/** Nested entities that would expand to a billion "lol"s in a careless reader. */
export const LAUGHS_FEED = `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://example.org/a</link></item>
</channel></rss>`

/** The start of a feed that goes on for 50 MB of items (streamed by the server). */
export const HUGE_FEED_HEAD = `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`
export const hugeFeedItem = (n: number) =>
  `<item><title>Filler item ${n}</title><link>https://example.org/${n}</link><description>${'x'.repeat(900)}</description></item>\n`
