import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Readings that blocked a cue they should not have (round 17): a rule's own phrase ruling itself out
// ("whenever the service needs" by "the service"; a pattern's words still rule it out), "needs to be" read as patients' needs, and wording
// proposed after "Also put" taken as a quotation. Beside them, the blocks that stay: the same words
// elsewhere in the sentence, patients as the subject, wording reported rather than proposed.

/** Every finding but jargon, as [rule, text, start]. */
function read(text: string, context: 'advert' | 'email'): [string, string, number][] {
  const report = analyse(text, { context, minWordsForStatements: 0, settings: { strictness: 'strict', categories: { 'plain-english': false } } });
  return report.findings.filter((f) => f.category !== 'jargon').map((f) => [f.ruleId, f.text, f.start]);
}

describe('a cue no longer blocked by a reading that should not block it', () => {
  it.each<['advert' | 'email', string, [string, string, number][]]>([
    ['advert', 'You must be available any evening the service asks.', [['unbounded-availability', 'any evening the service asks', 22]]],
    ['advert', 'Staff must be free to work every shift the service needs, including bank holidays.', [['unbounded-availability', 'every shift the service needs', 27]]],
    ['email', "Candidate 2 mentioned plans for maternity leave, so I'd hold off.", [['family-plans', 'plans for maternity leave', 22]]],
    ['advert', 'She needs to be tall.', [['physique-demanded', 'needs to be tall', 4]]],
    ['advert', 'He needs to be well groomed at all times.', [['looks-demanded', 'needs to be well groomed', 3]]],
    ['email', 'Also say "must live locally".', [['residence-demanded', 'must live locally', 10]]],
  ])('%s: %s', (context, text, expected) => {
    expect(read(text, context)).toEqual(expected);
  });
});

describe('the blocks that stay', () => {
  it.each<['advert' | 'email', string]>([
    ['advert', 'The service answers any call at short notice; you will be on a published rota.'],
    ['advert', 'Our patients need to be local.'],
    ['advert', 'The ward needs to be local.'],
    ['email', 'And then we also said "must live locally" last time.'],
    ['advert', 'Most residents eat porridge for breakfast.'],
    ['email', 'Also put "we welcome applicants who live anywhere".'],
  ])('%s: %s', (context, text) => {
    expect(read(text, context)).toEqual([]);
  });
});
