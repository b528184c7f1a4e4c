/** Where a large story's rows are served from, as JSON read from the store. */
export const storyDataPath = (storyId: string) => `/story-data/${storyId}.json`
