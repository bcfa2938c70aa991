/** The element that hosts De-bias's UI on a page (its shadow root holds everything else). */
export const UI_TAG = 'de-bias-ui';

/** Every element De-bias adds to a page has a tag starting with this; page readers skip them. */
export const isOwnElement = (el: Element) => el.tagName.toLowerCase().startsWith('de-bias-');
