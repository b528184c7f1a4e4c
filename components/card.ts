/**
 * The panel every boxed piece of a page sits in, so all of them change together: the
 * `card` component class in app/globals.css (one short name in the markup, not five
 * utilities on every panel).
 */
export const CARD = 'card'
