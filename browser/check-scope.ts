/** What an on-demand check looks at: the user's selection, or the page's main text. */
export type CheckScope = 'selection' | 'page';

/** The global the on-demand checker reads its scope from (both run in the extension's isolated world). */
export const SCOPE_GLOBAL = '__deBiasCheckScope';
