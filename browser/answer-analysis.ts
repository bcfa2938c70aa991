import { analyse, type TextKind } from '@/lib/engine';
import type { Settings } from '@/lib/settings/schema';
import { ParagraphCache } from '@/lib/page/paragraph-cache';
import { analyseRequestSchema, paragraphsRequestSchema } from './analysis-request';
import { onMessage } from './messages';

/** Paragraph caches kept at once: one per kind of text and settings in use (settings rarely change). */
const MAX_CACHES = 4;

/** Measures kept for reading (a worker that stays awake must not gather them without end). */
const KEPT_MEASURES = 100;

/** Runs one analysis, marked for DevTools' Performance panel and `npm run bench`. */
function measured<T>(name: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    if (performance.getEntriesByName(name).length >= KEPT_MEASURES) performance.clearMeasures(name);
    performance.measure(name, { start: started });
  }
}

/**
 * The background's side of the checker: the content scripts read the page and paint, and the
 * engine (with its compiled rules) runs here, so it never weighs on the page. Requests are checked
 * before use; a bad one is answered with an error, which the content script shows as a notice.
 * Returns the way to stop answering.
 */
export function answerAnalysis(): () => void {
  const caches = new Map<string, ParagraphCache>();
  const cacheFor = (context: TextKind, settings: Settings) => {
    const key = `${context}|${JSON.stringify(settings)}`;
    let cache = caches.get(key);
    if (!cache) {
      cache = new ParagraphCache((paragraph) => analyse(paragraph, { context, settings }));
      if (caches.size >= MAX_CACHES) caches.delete(caches.keys().next().value!);
      caches.set(key, cache);
    }
    return cache;
  };

  const stops = [
    onMessage('analyse', ({ data }) =>
      measured('de-bias:analyse', () => {
        const { text, minWordsForStatements, ...options } = analyseRequestSchema.parse(data);
        return analyse(text, { ...options, minWordsForStatements: minWordsForStatements === null ? Number.POSITIVE_INFINITY : minWordsForStatements });
      }),
    ),
    onMessage('analyse-paragraphs', ({ data }) =>
      measured('de-bias:analyse-paragraphs', () => {
        const { text, context, settings } = paragraphsRequestSchema.parse(data);
        return cacheFor(context, settings).findings(text);
      }),
    ),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
