import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAnalysis } from '@/browser/answer-analysis';
import { ANALYSIS_TIMEOUT_MS, AnalysisTimeout, requestAnalysis, requestParagraphFindings } from '@/browser/messages';
import { analyse } from '@/lib/engine';
import type { Report } from '@/lib/engine/finding';
import { reportSchema } from '@/lib/engine/finding';
import { ParagraphCache } from '@/lib/page/paragraph-cache';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const advert = (file: string) => readFileSync(path.join(FIXTURES, 'adverts', file), 'utf8');

type Listener = (message: unknown, sender: object, respond: (reply: unknown) => void) => boolean;

/**
 * Chrome's runtime messaging as @webext-core/messaging uses it: messages and replies cross as
 * JSON (what Chrome does; Firefox uses the structured clone, which keeps more), and a listener
 * that returns true answers later.
 */
function fakeChrome(answer = true) {
  const listeners = new Set<Listener>();
  const wire = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    sendMessage(message: unknown, callback: (reply: unknown) => void) {
      if (!answer) return;
      for (const listener of listeners) {
        if (listener(wire(message), { id: 'de-bias' }, (reply) => callback(wire(reply)))) return;
      }
      runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
      callback(undefined);
      runtime.lastError = undefined;
    },
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  return { runtime };
}

let stop: (() => void) | undefined;
const answering = () => {
  vi.stubGlobal('chrome', fakeChrome());
  stop = answerAnalysis();
};

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the analyse message', () => {
  it('answers with exactly the report the engine gives in the page', async () => {
    answering();
    const text = advert('practice-nurse.txt');
    const sections = [{ role: 'essential' as const, start: 0, end: 40 }];
    const reply = await requestAnalysis({ text, context: 'advert', settings: DEFAULT_SETTINGS, sections, minWordsForStatements: 80 });
    expect(reply).toEqual(analyse(text, { context: 'advert', settings: DEFAULT_SETTINGS, sections, minWordsForStatements: 80 }));
    expect(reply.findings.length).toBeGreaterThan(0);
  });

  it('reads minWordsForStatements: null as never (JSON has no Infinity), so a selection gets no missing-statement findings', async () => {
    answering();
    const text = advert('dental-nurse.txt');
    const whole = await requestAnalysis({ text, context: 'advert', settings: DEFAULT_SETTINGS });
    const selection = await requestAnalysis({ text, context: 'advert', settings: DEFAULT_SETTINGS, minWordsForStatements: null });
    const missing = (r: Report) => r.document.map((d) => d.ruleId).filter((id) => id.endsWith('-statement'));
    expect(missing(whole)).toEqual(['no-reasonable-adjustments-statement', 'no-flexible-working-statement', 'no-equality-statement']);
    expect(missing(selection)).toEqual([]);
    expect(selection).toEqual(analyse(text, { context: 'advert', settings: DEFAULT_SETTINGS, minWordsForStatements: Number.POSITIVE_INFINITY }));
  });

  it('refuses a request that is not one (the content script shows a notice)', async () => {
    answering();
    await expect(requestAnalysis({ text: 42, context: 'advert', settings: DEFAULT_SETTINGS } as never)).rejects.toThrow(/"expected": "string"/);
    await expect(requestAnalysis({ text: 'x', context: 'letter', settings: DEFAULT_SETTINGS } as never)).rejects.toThrow();
  });

  it('rejects when no background answers, and after the timeout when it never does', async () => {
    vi.stubGlobal('chrome', fakeChrome());
    await expect(requestAnalysis({ text: 'x', context: 'advert', settings: DEFAULT_SETTINGS })).rejects.toThrow('Receiving end does not exist');

    vi.useFakeTimers();
    vi.stubGlobal('chrome', fakeChrome(false));
    const pending = requestAnalysis({ text: 'x', context: 'advert', settings: DEFAULT_SETTINGS });
    const failed = expect(pending).rejects.toBeInstanceOf(AnalysisTimeout);
    await vi.advanceTimersByTimeAsync(ANALYSIS_TIMEOUT_MS);
    await failed;
  });
});

describe('the analyse-paragraphs message', () => {
  it('answers with the paragraph-by-paragraph findings an editor showed when the engine ran in the page', async () => {
    answering();
    const text = advert('clinical-pharmacist.txt');
    const local = new ParagraphCache((p) => analyse(p, { context: 'advert', settings: DEFAULT_SETTINGS }));
    const reply = await requestParagraphFindings({ text, context: 'advert', settings: DEFAULT_SETTINGS });
    expect(reply).toEqual(local.findings(text));
    expect(reply.length).toBeGreaterThan(0);
    // A second ask, one paragraph changed, is answered from the remembered paragraphs and the new one.
    const edited = text.replace('\n', ' We want a young team.\n');
    expect(await requestParagraphFindings({ text: edited, context: 'advert', settings: DEFAULT_SETTINGS })).toEqual(local.findings(edited));
  });
});

describe('a report is plain data', () => {
  it.each(['practice-nurse.txt', 'dental-nurse.txt', 'clinical-pharmacist.txt'])('%s: survives JSON and the structured clone unchanged, and still passes the schema', (file) => {
    const report: Report = analyse(advert(file), { context: 'advert', settings: DEFAULT_SETTINGS });
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    expect(structuredClone(report)).toStrictEqual(report);
    expect(reportSchema.parse(JSON.parse(JSON.stringify(report)))).toStrictEqual(report);
  });
});
