/** Where a large story's rows are served from, as JSON read from the store. */
export const storyDataPath = (storyId: string) => `/story-data/${storyId}.json`

/** Where the first page of a large story's tables is served from, for a view's query string. */
export const storyRowsPath = (storyId: string) => `/story-rows/${encodeURIComponent(storyId)}`
