// Loaded only when an HTML file is read (built apart, as dist/debias-html.mjs: see build-cli.ts).
import { Window } from 'happy-dom';
import type { Section } from '../engine/sections';
import { extractNhsJobsAdvert } from '../page/nhs-jobs';
import { readableText } from '../page/readable-text';
import { flatText, nestingDepth } from './flat-html';

/**
 * Deeper than this, a page is read as plain text: the DOM code (cloning for Readability, the
 * text walk) recurses once per level, and real pages nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 400;

export interface HtmlText {
  text: string;
  /** The sections of an NHS Jobs advert page. */
  sections?: Section[];
  /** Set when the page could only be read as plain text. */
  notice?: string;
}

/** An NHS Jobs advert split into its sections; any other page through Readability. */
export async function readHtml(html: string): Promise<HtmlText> {
  if (nestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    return { text: flatText(html), notice: `The page is nested more than ${MAX_HTML_DEPTH} elements deep, so it was checked as plain text.` };
  }
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const advert = extractNhsJobsAdvert(doc);
    return advert ? { text: advert.text, sections: advert.sections } : { text: readableText(doc) };
  } finally {
    await window.happyDOM.close();
  }
}
