/**
 * Where the editors are on each site, by attributes that do not change with the page's language
 * where the site has them (tech research §4). Each finder returns the editable elements now present.
 */

const visible = (el: Element) => el.getClientRects().length > 0;
const editable = (el: Element) => !(el as HTMLInputElement).readOnly && !(el as HTMLInputElement).disabled;

/** Gmail: compose bodies (pop-out and inline replies) and their subject lines. */
export function findGmailEditors(doc: Document): HTMLElement[] {
  const bodies = [...doc.querySelectorAll<HTMLElement>('[g_editable="true"][role="textbox"][contenteditable="true"]')];
  const fallback = bodies.length > 0 ? [] : [...doc.querySelectorAll<HTMLElement>('div[aria-label="Message Body"][contenteditable="true"]')];
  const subjects = [...doc.querySelectorAll<HTMLElement>('input[name="subjectbox"]')];
  return [...bodies, ...fallback, ...subjects].filter(visible);
}

/** Outlook on the web (NHSmail): the message body and the subject. */
export function findOutlookEditors(doc: Document): HTMLElement[] {
  let bodies = [...doc.querySelectorAll<HTMLElement>('div[contenteditable="true"][role="textbox"][aria-label^="Message body" i]')];
  if (bodies.length === 0) bodies = [...doc.querySelectorAll<HTMLElement>('div[contenteditable="true"][role="textbox"][aria-multiline="true"]')];
  const subjects = [...doc.querySelectorAll<HTMLElement>('input[aria-label="Add a subject"], input[placeholder="Add a subject"]')];
  return [...bodies, ...subjects].filter(visible);
}

/**
 * NHS Jobs employer pages: the advert and person-specification text areas, and text inputs such
 * as criteria lines. The authoring pages are behind a login and no public copy of their markup
 * exists, so every visible, writable text area and text input is checked, and rich-text editors too.
 */
export function findNhsJobsEmployerEditors(doc: Document): HTMLElement[] {
  const fields = [...doc.querySelectorAll<HTMLElement>('textarea, input[type="text"], input:not([type])')].filter(
    (el) => editable(el) && !/(email|phone|postcode|search|date|salary)/i.test((el as HTMLInputElement).name + el.id),
  );
  const rich = [...doc.querySelectorAll<HTMLElement>('[contenteditable="true"]')].filter(
    (el) => !el.parentElement?.closest('[contenteditable="true"]'),
  );
  return [...fields, ...rich].filter(visible);
}
