/** Where a large story's rows are served from, as a static file made at build time. */
export const storyDataPath = (storyId: string) => `/story-data/${storyId}.json`
