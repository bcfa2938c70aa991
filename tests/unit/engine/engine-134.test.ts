import { describe, expect, it } from 'vitest';
import { analyse, type TextKind } from '@/lib/engine';

// Round 44 (engine-134): the 37th audit of the checker on real NHS adverts. Each rule is proved on fresh
// wording, beside near-misses that must not flag.
const findings = (text: string, context: TextKind = 'advert') =>
  analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY }).findings.map((f) => `${f.ruleId}@${f.start}:${f.text}`);

const check = (cases: [string, string[]][]) =>
  it.each(cases)('%j', (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

const body = '\nThe surgery serves eleven thousand patients across two sites.';

describe('a line in Title Case that speaks to or for someone is a sentence, its capitals no name', () => {
  check([
    // A headline asking the reader: its words describe the applicant, as they would in small letters.
    [`Could You Be Our Next Youthful, Vibrant Receptionist?${body}`, ['age-young@22:Youthful', 'age-vibrant@32:Vibrant']],
    [`We Want A Dynamic Healthcare Assistant To Join Us${body}`, ['age-dynamic@10:Dynamic']],
    [`Come And Join Our Energetic Phlebotomy Team${body}`, ['age-energetic@18:Energetic']],
    // A question or an exclamation is a sentence too, with no pronoun in it.
    [`Seeking A Youthful Team Player?${body}`, ['age-young@10:Youthful']],
    [`Lively Ward Clerk Wanted!${body}`, ['age-energetic@0:Lively']],
    // Without the mark, the same words are a heading's.
    [`Lively Ward Clerk Vacancy${body}`, []],
    // A service's name after "Our" is still read as in a sentence, where its own senses pass.
    [`Join Our Young People's Wellbeing Service${body}`, []],
    // Labels without anyone addressed stay headings, and a short label is not a sentence.
    [`Energetic Ageing Research Unit${body}`, []],
    [`Our Dynamic Team${body}`, []],
  ]);
});
