// Loaded only when an HTML file is read (built apart, as dist/debias-html.mjs: see build-cli.ts).
import { Window } from 'happy-dom';
import type { Section } from '../engine/sections';
import { extractNhsJobsAdvert } from '../page/nhs-jobs';
import { readableText } from '../page/readable-text';

/**
 * An NHS Jobs advert split into its sections; any other page through Readability. The DOM code
 * recurses once per level of nesting: read-input.ts sends deeper pages to flat-html.ts instead.
 */
export async function readHtml(html: string): Promise<{ text: string; sections?: Section[] }> {
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
