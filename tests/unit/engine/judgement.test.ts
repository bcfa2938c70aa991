import { describe, expect, it } from 'vitest';
import { Doc } from '@/lib/engine/document';
import { isJudged } from '@/lib/engine/judgement/reader';
import { tokenize } from '@/lib/engine/tokenize';

/** Whether the word `word` in `text` (an email) is held for or against the person. */
function judged(text: string, word: string): boolean {
  const doc = new Doc(text, tokenize(text), 'email', []);
  const k = doc.tokens.findIndex((t) => t.norm === word);
  if (k < 0) throw new Error(`no "${word}" in ${text}`);
  return isJudged(doc, k);
}

describe('a proxy held for or against the person (judgement.ts)', () => {
  it.each<[string, string]>([
    // preference, with or without the employer as subject
    ['Ideally someone from round here.', 'round'],
    ["We'd rather have a local person on the desk.", 'local'],
    ['Someone from a similar background would settle in better.', 'background'],
    // doubt, in the sentence or, in a note, the next sentence on the line
    ['She wore a headscarf, not sure how some of our patients would react.', 'headscarf'],
    ['Candidate 2 wears a hijab. Concern re patient perception.', 'hijab'],
    ['Would his turban be OK with patients?', 'turban'],
    // refusal
    ['Not someone winding down towards retirement.', 'winding'],
  ])('judged: %j', (text, word) => {
    expect(judged(text, word)).toBe(true);
  });

  it.each<[string, string]>([
    // the fair statement
    ['Our uniform policy allows headscarves and other religious dress, ideally plain.', 'headscarves'],
    ['We welcome applicants from round here and further afield, ideally with reception experience.', 'round'],
    // a verb of wanting whose subject is not the employer
    ['Newly qualified nurses need a preceptorship.', 'qualified'],
    // nothing judged
    ['The patient wore a headscarf and asked for a female clinician.', 'headscarf'],
    // a judgement on the next line is another note
    ['Candidate 2 wears a hijab.\nCandidate 3: not sure about her references.', 'hijab'],
  ])('not judged: %j', (text, word) => {
    expect(judged(text, word)).toBe(false);
  });
});
