import { describe, expect, test } from 'vitest';
import { anonymise, anonymiseDetailed } from '../../../lib/anonymise/anonymise';
import { anonymiseOptionsSchema } from '../../../lib/anonymise/anonymise-options';

const redact = (text: string) => anonymise(text).text;

// Round 39's review (review-39b), mended by mend-39b: the reviewer's line and a fresh one in our own words for each item,
// both what must go and what must stay.

describe('"fast" as a religious fast, not the adjective', () => {
  test.each([
    ['I keep a fast pace on busy shifts.', 'I keep a fast pace on busy shifts.'],
    ['I enjoy my fast turnaround of discharge letters.', 'I enjoy my fast turnaround of discharge letters.'],
    ['I like my fast typing speed on EMIS.', 'I like my fast typing speed on EMIS.'],
    ['I break my fast at sunset.', 'I [RELIGION].'],
    ['I did not eat as I keep a fast.', 'I did not eat as I [RELIGION].'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a parent group named before a post is work, not the writer’s family', () => {
  test.each([
    ["I was a teenage mum support worker at Barnardo's for five years.", "I was a teenage mum support worker at Barnardo's for five years."],
    ['I was a young parent worker with the council.', 'I was a young parent worker with the council.'],
    ['I was a teenage parent mentor with the charity.', 'I was a teenage parent mentor with the charity.'],
    ['I was a teenage mum.', 'I was [FAMILY].'],
    ['As a young mum, I returned to study.', 'As [FAMILY], I returned to study.'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});

describe('a reply quoting the recruiter is no forwarded e-mail', () => {
  const reply = (subject: string, rule: string) =>
    `From: Amara Okafor <amara.okafor@example.com>\nSubject: ${subject}\n\nThank you, I can attend on Tuesday.\nAmara Okafor\n\n${rule}\nFrom: Sarah Jones <sarah.jones@nhs.net>\n\nWe would like to invite you to interview.\n`;
  const candidate = (text: string) => anonymiseDetailed(text, anonymiseOptionsSchema.parse({})).candidateName;

  test('"RE:" over "-----Original Message-----": the first sender writes', () => {
    expect(candidate(reply('RE: Interview for staff nurse', '-----Original Message-----'))).toBe('Amara Okafor');
  });

  test('a fresh reply without a subject keeps its sender too', () => {
    const text = 'From: Tomasz Nowak <t.nowak@example.org>\n\nYes, Thursday suits me.\nTomasz\n\n-----Original Message-----\nFrom: Helen Price <helen.price@nhs.net>\n\nCan you attend on Thursday?\n';
    expect(redact(text)).toBe('From: [CANDIDATE] <[EMAIL]>\n\nYes, Thursday suits me.\n[CANDIDATE]\n\n-----Original Message-----\nFrom: [NAME 1] <[EMAIL]>\n\nCan you attend on Thursday?\n');
  });

  test('"FW:" over the same rule is forwarded: its message’s sender writes', () => {
    expect(candidate(reply('FW: Application', '-----Original Message-----'))).toBe('Sarah Jones');
  });
});

describe('a shared middle name does not make another person the candidate', () => {
  test('the reviewer’s referee', () => {
    expect(redact('Ahmed Ali Khan\nStaff nurse\nReferees\nDr Imran Ali Khan, Consultant Physician\n')).toBe(
      '[CANDIDATE]\nStaff nurse\nReferees\nDr [NAME 1], Consultant Physician\n',
    );
  });

  test('a manager sharing a middle name and surname', () => {
    expect(redact('Mary Jane Smith\nHealthcare assistant\nMy manager Sarah Jane Smith praised my work.\n')).toBe(
      '[CANDIDATE]\nHealthcare assistant\nMy manager [NAME 1] praised my work.\n',
    );
  });

  test('a fresh referee with the same middle name', () => {
    expect(redact('Grace Adaeze Obi\nMidwife\nReferences\nMrs Funmi Adaeze Obi, Ward Sister\n')).toBe('[CANDIDATE]\nMidwife\nReferences\n[NAME 1], Ward Sister\n');
  });

  test('the first name with its accent dropped is still the candidate', () => {
    expect(redact('Catrìona MacLeod\nNurse\nSigned: Catriona MacLeod\n')).toBe('[CANDIDATE]\nNurse\nSigned: [CANDIDATE]\n');
  });
});

describe('an e-mail address’s figures are typed, not a scan’s letters', () => {
  test('the reviewer’s name from an address', () => {
    expect(redact('Farre\nfarre01@gmail.com\nI have worked as a nurse for years. Farre is my name.\n')).toBe(
      '[CANDIDATE]\n[EMAIL]\nI have worked as a nurse for years. [CANDIDATE] is my name.\n',
    );
  });

  test('a fresh one', () => {
    expect(redact('Nkechi\nnkechi10@outlook.com\nI am a support worker. Nkechi is my first name.\n')).toBe(
      '[CANDIDATE]\n[EMAIL]\nI am a support worker. [CANDIDATE] is my first name.\n',
    );
  });
});

describe('a baby’s age in weeks or months: a patient unless the writer’s', () => {
  test.each([
    ['We had a 6-week-old baby admitted with bronchiolitis.', 'We had a 6-week-old baby admitted with bronchiolitis.'],
    ['We had two 6-week-old twins on the unit.', 'We had two 6-week-old twins on the unit.'],
    ['We have a 6-month-old pilot of virtual wards.', 'We have a 6-month-old pilot of virtual wards.'],
    ['Our unit had a 3-month-old infant admitted with sepsis.', 'Our unit had a 3-month-old infant admitted with sepsis.'],
    ['We had a 9-week-old boy on the ward overnight.', 'We had a 9-week-old boy on the ward overnight.'],
    ['I have a 4-month-old daughter.', 'I have [FAMILY].'],
    ['We have an 8-month-old son, so I work days.', 'We have [FAMILY], so I work days.'],
    ['I moved here ahead of my 8-month-old son.', 'I moved here ahead of [FAMILY].'],
  ])('%j → %j', (text, expected) => expect(redact(text)).toBe(expected));
});
