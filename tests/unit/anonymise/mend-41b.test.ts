import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 41 (helper mend-41b): the review of anonymiser-80's changes. Each case in fresh words, none from any corpus, with the
// near case that must stay as it is.

describe('an NHS number that reads as two years', () => {
  test('by an NHS label it is a number, on one line or wrapped', () => {
    expect(redact('Owen Pryce\nPorter\n\nNHS No: 1994 2020 08\n')).toBe('[CANDIDATE]\nPorter\n\nNHS No: [NHS NUMBER]\n');
    expect(redact('Owen Pryce\nPorter\n\nNHS number\n1996 2011\n07\n')).toBe('[CANDIDATE]\nPorter\n\nNHS number\n[NHS NUMBER]\n');
  });

  test('a span of years before a ward size, with no label, stays', () => {
    expect(redact('Owen Pryce\nPorter\n\nWhipps Cross 2016 – 2021 28 bedded unit\n')).toBe('[CANDIDATE]\nPorter\n\nWhipps Cross 2016 – 2021 28 bedded unit\n');
  });
});

describe("colleagues whose names are peoples' words", () => {
  test('two colleagues listed are people, and so is one before a bracket about another language', () => {
    expect(redact('Owen Pryce\nHCA\n\nOn nights I paired with Danish and Shona most weeks.\n')).toBe('[CANDIDATE]\nHCA\n\nOn nights I paired with [NAME 1] and [NAME 2] most weeks.\n');
    expect(redact('Owen Pryce\nHCA\n\nI relieved Danish (fluent Farsi speaker) on the desk.\n')).toBe('[CANDIDATE]\nHCA\n\nI relieved [NAME 1] (fluent Farsi speaker) on the desk.\n');
  });

  test('languages after a verb of speaking, or "in", stay', () => {
    expect(redact('Owen Pryce\nHCA\n\nI give advice in Shona and Ndebele to families.\n')).toBe('[CANDIDATE]\nHCA\n\nI give advice in Shona and Ndebele to families.\n');
  });
});

describe('a language spoken at home', () => {
  test('a word that is no language, or "use", or a home visit, stays', () => {
    expect(redact('Owen Pryce\nHCA\n\nI taught carers how Nitrous is given at home.\n')).toBe('[CANDIDATE]\nHCA\n\nI taught carers how Nitrous is given at home.\n');
    expect(redact('Owen Pryce\nHCA\n\nWe use Widgit at home and at work.\n')).toBe('[CANDIDATE]\nHCA\n\nWe use Widgit at home and at work.\n');
    expect(redact('Owen Pryce\nHCA\n\nUrdu is spoken at home visits by our team.\n')).toBe('[CANDIDATE]\nHCA\n\nUrdu is spoken at home visits by our team.\n');
  });

  test('the languages under a home-language label go, the label stays', () => {
    expect(redact('Owen Pryce\nHCA\n\nHome languages: Pashto and Dari.\n')).toBe('[CANDIDATE]\nHCA\n\nHome languages: [ETHNICITY].\n');
    expect(redact('Owen Pryce\nHCA\n\nLanguages spoken at home: Amharic, Oromo\n')).toBe('[CANDIDATE]\nHCA\n\nLanguages spoken at home: [ETHNICITY]\n');
  });
});

describe("a people's word in lower case before a noun", () => {
  test('a language taught or studied stays', () => {
    expect(redact('Owen Pryce\nHCA\n\nAs a french tutor I learnt to plan.\n')).toBe('[CANDIDATE]\nHCA\n\nAs a french tutor I learnt to plan.\n');
    expect(redact('Owen Pryce\nHCA\n\nBeing an english literature graduate helps me write.\n')).toBe('[CANDIDATE]\nHCA\n\nBeing an english literature graduate helps me write.\n');
  });

  test('the writer’s own faith or people, ending the clause or before a word for a person, goes', () => {
    expect(redact('Owen Pryce\nHCA\n\nI was brought up hindu in Slough.\n')).toBe('[CANDIDATE]\nHCA\n\nI was [RELIGION] in [PLACE OF ORIGIN].\n');
    expect(redact('Owen Pryce\nHCA\n\nAs a proud welsh woman, I sing.\n')).toBe('[CANDIDATE]\nHCA\n\nAs a proud [NATIONALITY] [GENDER], I sing.\n');
  });
});

describe('an e-mail sent for a relative', () => {
  test('caring for a parent in the body is no sending for them', () => {
    expect(redact('From: Mirela Popescu <mirela.p@example.com>\nSubject: HCA post\n\nDear Hiring Manager,\nI looked after my father for three years and now want to work in care.\nMirela\n')).toBe(
      'From: [CANDIDATE] <[EMAIL]>\nSubject: HCA post\n\nDear Hiring Manager,\nI [FAMILY] for three years and now want to work in care.\n[CANDIDATE]\n',
    );
  });

  test('a CV sent for a niece in the first sentence is', () => {
    expect(redact('From: Dorin Popescu <dorin.p@example.com>\nSubject: HCA post\n\nHello,\nPlease find attached the CV for my niece, who is shy.\nDorin\n')).toBe(
      'From: [NAME 1] <[EMAIL]>\nSubject: HCA post\n\nHello,\nPlease find attached the CV for [FAMILY], who is shy.\n[NAME 1]\n',
    );
  });
});

describe("'partner' and 'eldest' before a noun", () => {
  test('no posting or school is read after them', () => {
    expect(redact('Owen Pryce\nHCA\n\nOur partner charities are stationed in the foyer.\n')).toBe('[CANDIDATE]\nHCA\n\n[MARITAL STATUS] charities are stationed in the foyer.\n');
    expect(redact('Owen Pryce\nHCA\n\nMy eldest patient attends Bramley Day Centre.\n')).toBe('[CANDIDATE]\nHCA\n\n[FAMILY] patient attends Bramley Day Centre.\n');
  });

  test("a spouse's posting and a named child's school still go", () => {
    expect(redact('Owen Pryce\nHCA\n\nMy husband is stationed at Catterick.\n')).toBe('[CANDIDATE]\nHCA\n\n[MARITAL STATUS].\n');
    expect(redact('Owen Pryce\nHCA\n\nOur youngest, Tali, attends Greenside Primary.\n')).toBe('[CANDIDATE]\nHCA\n\n[FAMILY], [NAME 1], [FAMILY].\n');
  });
});

describe("a firm with the candidate's surname", () => {
  test('said to be no relation, or shared with someone else named, it stays', () => {
    expect(redact('Aoife Kelly\nApprentice Electrician\n\nReferee: Ms Orla Kelly, Kelly Electrical (no relation).\n')).toBe(
      '[CANDIDATE]\nApprentice Electrician\n\nReferee: [NAME 1], Kelly Electrical (no relation).\n',
    );
    expect(redact('Aoife Kelly\nApprentice Electrician\n\nReferees: Mr Dara Kelly and Mr Ian Shaw. I trained at Kelly Electrical.\n')).toBe(
      '[CANDIDATE]\nApprentice Electrician\n\nReferees: [NAME 1] and [NAME 2]. I trained at Kelly Electrical.\n',
    );
  });

  test('the family firm alone still names the candidate', () => {
    expect(redact("Aoife Kelly\nApprentice Electrician\n\nI trained at Kelly Electrical, my uncle's firm.\n")).toBe(
      "[CANDIDATE]\nApprentice Electrician\n\nI trained at [CANDIDATE] Electrical, [FAMILY].\n",
    );
  });
});
