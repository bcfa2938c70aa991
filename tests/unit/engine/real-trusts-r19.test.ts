import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 19 (engine-51, real adverts from mental health, community and ambulance trusts, boards and
// national bodies: peer support, psychological therapies, chaplaincy, AMHPs, board posts). Fresh
// wordings in our own words, none from the documents read: each reading with the flag it must keep
// beside the trap it must pass.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => `${f.ruleId}@${f.start}:${f.text}`);

describe('an organisation\'s "ambition" is its aim; the trait is still flagged in the person wanted and in "ambitious"', () => {
  it.each<[string, string[]]>([
    ['In line with our ambition to open a crisis café, we are adding two posts.', []],
    ['The board agreed its five ambitions for community care last spring.', []],
    ['We want a trainee with the ambition to lead a team within two years.', ['masculine-ambition@27:ambition']],
    ['Ambition matters more to us than experience.', ['masculine-ambition@0:Ambition']],
    ['We are an ambitious community trust.', ['masculine-ambitious@10:ambitious']],
  ])('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
