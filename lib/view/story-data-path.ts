/** Where a large story's rows are served from, as JSON read from the store. */
export const storyDataPath = (storyId: string) => `/story-data/${storyId}.json`

/**
 * The same file gzipped once on the server (application/gzip: the server does not compress
 * it again), which the page's worker unzips itself. From the JSON file's path.
 */
export const gzippedDataPath = (dataPath: string) => `${dataPath}.gz`

/** Where the first page of a large story's tables is served from, for a view's query string. */
export const storyRowsPath = (storyId: string) => `/story-rows/${encodeURIComponent(storyId)}`
