import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 35, community trusts, primary care, dental and optical practices, NHS Professionals, HR,
// payroll, project and board posts: each reading in other words than the pages that showed it.

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: 'advert' | 'email' = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('an active role in the affairs of the people "their" stands for is theirs, however far into the phrase', () => {
  it.each([
    'The clinic encourages service users and carers to take an active role in the planning of their treatment.',
    'Patients are helped to play an active role in every decision about their own recovery.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it.each([
    // No "their": the part is the candidate's.
    ['You will play an active role in the running of the clinic.', 17],
    // "their" after the people hired is theirs.
    ['Applicants take an active role in the design of their rota.', 19],
  ])('still flags %j', (text, start) => {
    expect(read(text)).toEqual([['masculine-active', 'active', start]]);
  });
});

describe('a person noun inside a compound of things is no head: "employee relations issues" are issues', () => {
  it.each([
    'You will advise managers on complex and challenging employee relations issues.',
    'Our HR team resolves challenging colleague relations issues every week.',
  ])('leaves %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('still flags the trait said of the employee', () => {
    expect(read('We want a challenging employee who questions everything.')).toEqual([['masculine-challenging', 'challenging', 10]]);
  });
  it('keeps a trouble noun after a way of speaking the holder\'s: "accent problems" as "accent issues"', () => {
    expect(read("We don't want any accent problems on reception.", 'email').map(([rule]) => rule)).toEqual(['origin-judged']);
    expect(read('We do not want any accent issues on the phones.', 'email').map(([rule]) => rule)).toEqual(['origin-judged']);
    expect(read('Speech and language problems are common in the children we see.', 'email')).toEqual([]);
  });
});

describe('an independent perspective or view is the board\'s independence, not a trait', () => {
  it.each(['Board members bring an independent perspective to every committee.', 'Our lay members give an independent view on the service.'])(
    'leaves %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
  it('still flags independence asked of the person', () => {
    expect(read('You will be independent and self-motivated.')).toEqual([['masculine-independent', 'independent', 12]]);
  });
});

describe('"maestro" is a joke label, as "wizard" and "ninja" are', () => {
  it.each([
    ['Are you a maestro of the rota?', 'maestro', 10],
    ['Our scheduling maestros keep clinics running.', 'maestros', 15],
  ])('flags %j', (text, phrase, start) => {
    expect(read(text)).toEqual([['rockstar', phrase, start]]);
  });
  it('leaves the software sense', () => {
    expect(read('You will use the booking maestro to fill clinics.')).toEqual([]);
  });
});

describe('a job description copied flat: its labels and lost bullets name no one', () => {
  it.each([
    // A capitalised word after a lost bullet's wide gap opens an item, not a name.
    ['The nurse holds a caseload of patients who meet these criteria:  Has diabetes  Takes five or more medicines The nurse reports on her caseload each month.', 129],
    // A label run into the sentence it heads ("Job Purpose The role…") is no person's name.
    ['Job Purpose The role is to run clinics. The therapist keeps her own diary.', 60],
    // A heading "… of the post" is no one's name.
    ['Key Tasks of the post are: the manager plans her clinics.', 45],
  ])('flags the post-holder\'s pronoun in %j', (text, start) => {
    expect(read(text)).toEqual([['generic-pronoun', 'her', start]]);
  });
  it.each([
    'Our practice manager is Sue Ward. She will show you round.',
    'Anne Key of the practice team will meet you. She runs the rota.',
  ])('leaves a colleague named in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('keeps a name after a doubled space in notes', () => {
    expect(read('Spoke to  Priya about the post and she is keen.', 'email')).toEqual([]);
  });
});
