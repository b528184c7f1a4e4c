/**
 * The combined table's id; its sort is kept in `sort`, each camp's in `sort.<id>`. In a
 * module of its own so the story page's first load can name it without the URL parsers.
 */
export const COMBINED = 'combined'
