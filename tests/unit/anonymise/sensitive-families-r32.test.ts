import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** The text with only its heading's name (the candidate) redacted: what a near case must come out as. */
const onlyHeading = (text: string, name: string) => text.replace(name, '[CANDIDATE]');

// Round 32 (helper anonymiser-53): families the tuned CVs still let through once the f31-* CVs joined them, read by
// general rules: what is said of a relative past their name of several words or a name set off by commas; who a named
// spouse is; membership of a congregation on a CV's line. Fresh lines in our own words, none from the corpus, each with
// what a panel needs kept beside it.

describe("what is said of a relative past their name", () => {
  test.each([
    ['Home\nMy wife Oyelaran Bankole teaches maths nearby, so I can do early starts.', 'Home\n[MARITAL STATUS] [NAME 1] [MARITAL STATUS], so I can do early starts.'],
    ['Home\nMy wife, Temperance, drives a delivery van, so I can do early starts.', 'Home\n[MARITAL STATUS], [NAME 1], [MARITAL STATUS], so I can do early starts.'],
    ['Home\nMy sister Nurul binti Osman runs a bakery in Ipoh.', 'Home\n[FAMILY] [NAME 1] [FAMILY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a doctor's post said of them stays, and so does the writer's own work after a relative", () => {
    expect(redact('Home\nMy wife, Dr Oyelaran Bankole, is a salaried GP in Hull.')).toBe('Home\n[MARITAL STATUS], Dr [NAME 1], is a salaried GP in Hull.');
    expect(redact('Home\nMy wife and I moved to Hull, where I joined the practice as a salaried GP.')).toBe(
      'Home\n[MARITAL STATUS] and I moved to Hull, where I joined the practice as a salaried GP.',
    );
  });
});

describe('who a named spouse is', () => {
  test.each([
    ['Personal\nMarried to Oyelaran, a welder; one son.', 'Personal\n[MARITAL STATUS] to [NAME 1], [MARITAL STATUS]; [FAMILY].'],
    ['Personal\nMarried to Oyelaran Bankole (pharmacist, Boots), one son.', 'Personal\n[MARITAL STATUS] to [NAME 1] ([MARITAL STATUS]), [FAMILY].'],
    ['Personal\nI am married to Temperance, who is a chef, and we live locally.', 'Personal\nI am [MARITAL STATUS] to [NAME 1], [MARITAL STATUS], and we live locally.'],
    ['Personal\nI moved north with my husband, who is a structural engineer.', 'Personal\nI moved north with [MARITAL STATUS].'],
    ['Personal\nMarried to Dr Oyelaran Bankole; one son.', 'Personal\n[MARITAL STATUS] [NAME 1]; [FAMILY].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a doctor spouse's post in brackets and the writer's own marriage of practices stay", () => {
    expect(redact('Personal\nMarried to Dr Oyelaran Bankole (GP registrar, Hull).')).toBe('Personal\n[MARITAL STATUS] [NAME 1] (GP registrar, Hull).');
    const text = 'Ruth Ellery\nPractice Manager\n\nI led the merger of two practices in 2021, a demanding project.';
    expect(redact(text)).toBe(onlyHeading(text, 'Ruth Ellery'));
  });
});

describe("membership of a congregation on a CV's line", () => {
  test.each([
    ['Interests\nMember of the Welsh Presbyterian Church in Llandeilo.', 'Interests\n[RELIGION].'],
    ['Interests\nMember, Baptist Church', 'Interests\n[RELIGION]'],
    ['Interests\nMember of the Ghanaian Methodist congregation in Tooting.', 'Interests\n[RELIGION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test("a professional body's member and a committee member stay", () => {
    expect(redact('Interests\nMember of the Royal College of Nursing.')).toBe('Interests\nMember of the Royal College of Nursing.');
    expect(redact('Interests\nCommittee Member, St Luke\'s Church fundraising.')).toBe('Interests\nCommittee Member, [RELIGION] fundraising.');
  });
});

describe('a trade union role or membership the writer states', () => {
  test.each([
    ['Other\nI am the GMB shop steward for the laundry team.', 'Other\nI am the [TRADE UNION].'],
    ['Ruth Ellery\nPorter\n\nUNISON WORKPLACE REP', '[CANDIDATE]\nPorter\n\n[TRADE UNION]'],
    ['Other\nUnite the Union branch chair (2019–2023)', 'Other\n[TRADE UNION]'],
    ['Other\nI joined as a member of Unison in 2015, and I mentor new starters.', 'Other\nI joined as a [TRADE UNION], and I mentor new starters.'],
    ['Other\nI am the RCN learning rep for theatres.', 'Other\nI am the [TRADE UNION].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('what follows another clause or membership stays', () => {
    expect(redact('Other\nI am a GMB member but hold no office.')).toBe('Other\nI am a [TRADE UNION] but hold no office.');
    expect(redact('Other\nI am a UNISON learning rep and a member of the falls prevention network.')).toBe('Other\nI am a [TRADE UNION] and a member of the falls prevention network.');
  });

  test("the RCN as a professional body, and the verb, stay", () => {
    const text = 'Other\nI completed the RCN competencies for travel health and am an RCN member. We unite the teams; Unite the practices.';
    expect(redact(text)).toBe(text);
  });
});
