import { describe, expect, it } from 'vitest';
import { RULESET } from '@/lib/engine';
import { Doc } from '@/lib/engine/document';
import { HANDLER_REGISTRY } from '@/lib/engine/handlers';
import type { HandlerName } from '@/lib/engine/handlers/names';
import { isJudged, judgementInClause, judgementNear, judgementOf } from '@/lib/engine/judgement/reader';
import { VOCABULARY } from '@/lib/engine/judgement/vocabulary';
import { buildMatcher } from '@/lib/engine/matcher';
import { tokenize } from '@/lib/engine/tokenize';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const email = (text: string) => new Doc(text, tokenize(text), 'email', []);
function at(doc: Doc, word: string): number {
  const k = doc.tokens.findIndex((t) => t.norm === word);
  if (k < 0) throw new Error(`no "${word}" in ${doc.text}`);
  return k;
}
const words = (doc: Doc, from: number, to: number) => (from < to ? doc.text.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end) : '');

describe('the vocabulary (judgement/vocabulary.ts)', () => {
  it('holds each phrase once', () => {
    const seen = new Set<string>();
    const twice = VOCABULARY.map((e) => e.words.join(' ')).filter((p) => seen.has(p) || !seen.add(p));
    expect(twice).toEqual([]);
  });
});

describe('the judgement in a clause, its kind and its object (judgementInClause)', () => {
  /** The judgement in the clause of `word`: kind, its words and its object's words, or null. */
  function read(text: string, word: string): [string, string, string] | null {
    const doc = email(text);
    const j = judgementInClause(doc, at(doc, word));
    return j ? [j.kind, words(doc, j.start, j.end), words(doc, j.object[0], j.object[1])] : null;
  }

  it.each<[string, string, [string, string, string] | null]>([
    // each kind, with the object after a judgement that takes one and before one that does not
    ['Ideally a man for the night shifts.', 'man', ['prefer', 'Ideally', 'a man for the night shifts']],
    ["I'm not sure about a male support worker.", 'male', ['doubt', 'not sure', 'about a male support worker']],
    ["We're not after anyone with a young family.", 'family', ['refuse', 'not after', 'anyone with a young family']],
    ['Applicants with young children need not apply.', 'children', ['refuse', 'need not apply', 'Applicants with young children']],
    ['Please confirm whether you have children.', 'children', ['ask', 'Please confirm', 'whether you have children']],
    // a negation that cancels the judgement, and one that keeps it as its opposite
    ['Her age is not a problem.', 'age', null],
    ['We would not ask whether you have children.', 'children', null],
    ["She won't be reliable with three kids at home.", 'kids', ['doubt', "won't be reliable", 'She']],
    ["It wouldn't be ideal for someone with kids.", 'kids', ['refuse', "wouldn't be ideal", 'for someone with kids']],
    // the judgement in another clause of the sentence is that clause's
    ["She has two children, so I'm not sure about the late shifts.", 'children', null],
    ["She has two children, so I'm not sure about the late shifts.", 'late', ['doubt', 'not sure', 'about the late shifts']],
  ])('%j (at "%s")', (text, word, expected) => {
    expect(read(text, word)).toEqual(expected);
  });

  it('reads a judgement too common for a clause when a person is named before it', () => {
    const doc = email('A couple of burly men would be handy.');
    const k = at(doc, 'men');
    expect(judgementInClause(doc, k)).toBeUndefined();
    const j = judgementInClause(doc, k, 'person')!;
    expect([j.kind, words(doc, j.start, j.end), words(doc, j.object[0], j.object[1])]).toEqual(['prefer', 'would be handy', 'A couple of burly men']);
  });
});

describe('the judgement nearest a word (judgementNear)', () => {
  it.each<[string, string, string | null]>([
    ['She has three kids, so I doubt she will stay for long.', 'kids', 'doubt'],
    ["She has kids but I don't think that's an issue.", 'kids', null],
    // a verb of wanting judges what it names, not all its sentence says
    ['She has young children and we need someone for the late rota.', 'children', null],
  ])('%j', (text, word, expected) => {
    const doc = email(text);
    const [from, to] = doc.sentenceRange(0);
    const k = at(doc, word);
    expect(judgementNear(doc, from, to, k)?.kind ?? null).toBe(expected);
  });
});

describe('a word a rule matched, held for or against the person (isJudged)', () => {
  it.each<[string, string]>([
    // preference, with or without the employer as subject
    ['Ideally someone from round here.', 'round'],
    ["We'd rather have a local person on the desk.", 'local'],
    ['Someone from a similar background would settle in better.', 'background'],
    ['We want someone local.', 'local'],
    ['Local applicants only.', 'local'],
    // doubt, in the sentence or, in a note, the next sentence on the line
    ['She wore a headscarf, not sure how some of our patients would react.', 'headscarf'],
    ['Candidate 2 wears a hijab. Concern re patient perception.', 'hijab'],
    ['Would his turban be OK with patients?', 'turban'],
    ['Patients might not take to someone young.', 'young'],
    // refusal
    ['Not someone winding down towards retirement.', 'winding'],
  ])('judged: %j', (text, word) => {
    const doc = email(text);
    expect(isJudged(doc, at(doc, word))).toBe(true);
  });

  it.each<[string, string]>([
    // the fair statement
    ['Our uniform policy allows headscarves and other religious dress, ideally plain.', 'headscarves'],
    ['We welcome applicants from round here and further afield, ideally with reception experience.', 'round'],
    // a verb of wanting whose subject is not the employer, or a need lifted
    ['Newly qualified nurses need a preceptorship.', 'qualified'],
    ["We don't need someone local.", 'local'],
    // a requirement lifted
    ['Being local is not essential.', 'local'],
    // a judgement that judges only a person named before it
    ['Local knowledge would be useful.', 'local'],
    // nothing judged
    ['The patient wore a headscarf and asked for a female clinician.', 'headscarf'],
    ['She is young, so I think she would be great.', 'young'],
    // a judgement on the next line is another note
    ['Candidate 2 wears a hijab.\nCandidate 3: not sure about her references.', 'hijab'],
  ])('not judged: %j', (text, word) => {
    const doc = email(text);
    expect(isJudged(doc, at(doc, word))).toBe(false);
  });
});

describe('the judgement whose object is a person (judgementOf): its first word', () => {
  it.each<[string, string, string | null]>([
    ["We'd avoid a male locum for this list.", 'male', 'avoid'],
    ["I'd go with a woman for this one.", 'woman', 'go'],
    ['Ask the agency for a girl.', 'girl', 'Ask'],
    // the person is another verb's object, or the judgement is a patient's
    ['Avoid asking a woman about her plans.', 'woman', null],
    ['Most of our patients would go with a woman for smears.', 'woman', null],
    ['Ask a female colleague to chaperone.', 'female', null],
  ])('%j', (text, word, expected) => {
    const doc = email(text);
    const j = judgementOf(doc, at(doc, word));
    expect(j < 0 ? null : words(doc, j, j + 1)).toBe(expected);
  });
});

describe('handlers that read the one vocabulary decide per word by sense', () => {
  const matcher = buildMatcher(RULESET, DEFAULT_SETTINGS);
  function spans(name: HandlerName, text: string): string[] {
    const handler = HANDLER_REGISTRY[name];
    if (handler.kind !== 'span') throw new Error(`${name} is not a span handler`);
    const doc = email(text);
    return handler.find({ doc, rule: matcher.rules[0]!, matcher, minWordsForStatements: 0 }).map((h) => text.slice(h.start, h.end));
  }

  it.each<[HandlerName, string, string[]]>([
    // "wouldn't be ideal": a preference kept by its negation, as a refusal
    ['family-judged', "She has young children and wouldn't be ideal for the late rota.", ["children and wouldn't be ideal"]],
    // "rather not" is the writer's refusal; the candidate's own is not a judgement of her
    ['family-judged', "We'd rather not have someone with young children.", ['rather not have someone with young children']],
    ['family-judged', "She'd rather not do nights as she has young children.", []],
    // a refusal of a working pattern, and a preference for someone who wants one (not a refusal)
    ['working-pattern-refused', "We don't want another job share.", ["don't want another job share"]],
    ['working-pattern-refused', 'The post would suit a student looking for term-time work.', []],
    ['working-pattern-refused', 'We need someone to cover term-time hours.', []],
    // "avoid" and "go with" take the person wanted; a patient's choice is theirs
    ['sex-preferred', "We'd avoid a male locum for this list.", ['male']],
    ['sex-preferred', 'Most of our patients would go with a woman for smears.', []],
    // "would be good" judges the person named just before it, not what else the sentence says
    ['sex-preferred', 'Another woman would be good on nights.', ['woman']],
    ['family-judged', 'She has two kids, so part-time hours would be easier for her.', []],
    // a condition held against the person by a doubt or a refusal, and a doubt a negation cancels
    ['condition-doubted', 'He has epilepsy, so he could be a liability on nights.', ['epilepsy, so he could be a liability']],
    ['condition-doubted', "She is dyslexic and we can't take on anyone who needs extra time.", ["dyslexic and we can't take on"]],
    ['condition-doubted', 'She mentioned her anxiety; I have no doubts about her at all.', []],
    ['condition-doubted', "She told us about her depression, but I don't think that's an issue.", []],
  ])('%s: %j', (name, text, expected) => {
    expect(spans(name, text)).toEqual(expected);
  });
});
