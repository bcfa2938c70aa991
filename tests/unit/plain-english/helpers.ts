import { RULESET } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import type { Section } from '@/lib/engine/sections';
import { tokenize } from '@/lib/engine/tokenize';
import { checkPlainEnglish } from '@/lib/plain-english';

const understood = new Set(RULESET.acronyms.understood);

/** Plain English for a text, as the engine runs it, every rule on. */
export function plain(text: string, sections: Section[] = []) {
  return checkPlainEnglish(new Doc(text, tokenize(text), 'advert', sections), { understood, known: RULESET.acronyms.acronyms });
}

/** The readability of a text long enough to score. */
export function readabilityOf(text: string, sections?: Section[]) {
  const r = plain(text, sections).readability;
  if (!r) throw new Error('too short to score');
  return r;
}

/** Each hit as "rule: text" (and its variables), for exact assertions. */
export function hitsOf(text: string, sections?: Section[]): string[] {
  return plain(text, sections).hits.map((h) => {
    const vars = Object.entries(h.vars).map(([k, v]) => `${k}=${v}`);
    return [`${h.ruleId}: ${text.slice(h.start, h.end)}`, ...vars].join(' | ');
  });
}
