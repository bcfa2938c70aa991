import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { Doc, TEXT_KINDS } from '@/lib/engine/document';
import { HANDLER_REGISTRY } from '@/lib/engine/handlers';
import type { SpanHandler } from '@/lib/engine/handlers/types';
import { buildMatcher } from '@/lib/engine/matcher';
import { findPersonSpec } from '@/lib/engine/sections';
import { tokenize } from '@/lib/engine/tokenize';
import { settingsSchema } from '@/lib/settings/schema';
import { ruleExamples, textsUnder } from './engine-texts';

const MATCHER = buildMatcher(RULESET, settingsSchema.parse({ strictness: 'strict' }));

/** The span handlers that declare trigger words, with their rule. */
const TRIGGERED = Object.entries(HANDLER_REGISTRY).flatMap(([name, handler]) => {
  if (handler.kind !== 'span' || !handler.triggers) return [];
  const rule = MATCHER.rules.find((r) => r.handler === name);
  return rule ? [{ name, handler: handler as SpanHandler & { triggers: ReadonlySet<string> }, rule }] : [];
});

/** The text with each word that is one of `words` (as written or without its possessive) replaced by "xx". */
function without(text: string, words: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  for (const t of tokenize(text).tokens) {
    if (!words.has(t.norm) && !words.has(t.base)) continue;
    out += `${text.slice(at, t.start)}xx`;
    at = t.end;
  }
  return out + text.slice(at);
}

/** The handlers that flag something in a text that holds none of their trigger words (names only). */
function unsound(text: string): string[] {
  const failed: string[] = [];
  for (const { name, handler, rule } of TRIGGERED) {
    for (const kind of TEXT_KINDS) {
      for (const t of [text, without(text, handler.triggers)]) {
        const doc = new Doc(t, tokenize(t), kind, kind === 'advert' ? findPersonSpec(t) : []);
        if (doc.holdsAny(handler.triggers)) continue;
        if (handler.find({ doc, rule, matcher: MATCHER, minWordsForStatements: 60 }).length > 0) failed.push(`${name} (${kind})`);
      }
    }
  }
  return failed;
}

describe('handler trigger words: a text without them gets nothing from the handler', () => {
  it('covers the handlers that declare them', () => {
    expect(TRIGGERED.map((h) => h.name).sort()).toEqual([
      'age-group-excluded',
      'age-judged',
      'birthplace-demanded',
      'circumstance-excluded',
      'faith-demanded',
      'faith-judged',
      'generic-pronoun',
      'health-judged',
      'looks-demanded',
      'one-sex',
      'orientation-judged',
      'origin-judged',
      'origin-labelled',
      'origin-stereotyped',
      'people-excluded',
      'physical-extent',
      'physique-demanded',
      'residence-demanded',
      'sex-preferred',
      'sister-post',
      'warned-off',
      'young-hire',
    ]);
  });

  it('on the tuned corpus and the fixtures, as written and with the trigger words taken out', () => {
    const texts = [...textsUnder('tests/corpus/adverts'), ...textsUnder('tests/fixtures')];
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.flatMap(unsound)).toEqual([]);
  }, 120_000);

  it("on the rules' own examples, as written, in capitals and with the trigger words taken out", () => {
    const examples = ruleExamples().flatMap((e) => [e, e.toUpperCase()]);
    expect(examples.flatMap(unsound)).toEqual([]);
  }, 120_000);
});
