import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/engine';

// Round 26, ambulance, theatre, laboratory, estates, ICB, blood service, cancer centre and dental
// posts, and the letters and panel forms employers publish: each reading in other words than the
// pages that showed it.

type Context = 'advert' | 'email';

/** Every finding but plain English, as [rule, text, start]. */
function read(text: string, context: Context = 'advert'): [string, string, number][] {
  return analyse(text, { context, minWordsForStatements: Number.POSITIVE_INFINITY })
    .findings.filter((f) => f.category !== 'plain-english')
    .map((f) => [f.ruleId, f.text, f.start]);
}

describe('an abbreviation inside a name gives all its letters to the initials after it', () => {
  it.each([
    'Welcome to NHS Forth Valley.\nNHSFV runs three community hospitals.',
    'Welcome to NHS Dumfries and Galloway.\nStaff across NHSD&G join a shared bank.',
  ])('reads the name on the page in %j', (text) => {
    expect(read(text)).toEqual([]);
  });
  it('flags letters the name on the page does not give', () => {
    expect(read('NHS Lothian works with the NHSBT team on blood stocks.')).toEqual([['unexpanded-acronym', 'NHSBT', 27]]);
  });
});

describe('a label or an e-mail folder written in capitals is a word', () => {
  it.each([
    'HINT: attach your certificates before you submit.\nTIP: Book your ID check early.',
    'Offers go to your inbox, so look in your Junk and SPAM folders too.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it("still reads a unit's letters before a colon", () => {
    expect(read('Work with the AMAU: you will rotate through the acute wards.')).toEqual([['unexpanded-acronym', 'AMAU', 14]]);
  });
});

describe('capitals the text also writes as a name are that name', () => {
  it('leaves a system named both ways', () => {
    expect(read('Your offer will come through TRAC. Log in to Trac to accept it.', 'email')).toEqual([]);
  });
  it('flags the capitals alone', () => {
    expect(read('Your offer will come through TRAC.', 'email')).toEqual([['unexpanded-acronym', 'TRAC', 29]]);
  });
});

describe("a code in brackets after a document's name is that document's number", () => {
  it.each([
    'Panel members complete the Interview Record Form (M41) for each applicant.',
    'Scores go on the Panel Summary Sheet (P7) and are kept for a year.',
  ])('leaves %j', (text) => {
    expect(read(text, 'email')).toEqual([]);
  });
  it('flags the code with no name', () => {
    expect(read('Please complete the M41 by Friday.', 'email')).toEqual([['unexpanded-acronym', 'M41', 20]]);
  });
});

describe('a sister title given with its neutral title, a modifier repeated', () => {
  it('leaves "Deputy Sister/Deputy Charge Nurse"', () => {
    expect(read('Interviews for Deputy Sister/Deputy Charge Nurse posts are in June.')).toEqual([]);
  });
  it('flags the title beside another nurse title', () => {
    expect(read('Cover the Senior Sister / Senior Nurse rota on Ward 7.')).toEqual([['sister-title', 'Senior Sister', 10]]);
  });
});

describe('continuous employment, education or training is the period references cover', () => {
  it('leaves the period', () => {
    expect(read('References should cover five years of continuous employment or education.', 'email')).toEqual([]);
  });
  it('flags employment asked to be continuous', () => {
    expect(read('You must show continuous employment, with no gaps.')).toEqual([
      ['employment-gaps', 'continuous employment', 14],
      ['gaps-held-against', 'gaps', 45],
    ]);
  });
});

describe("years of residence set by funding's rules are the law reported", () => {
  it('leaves the funding rule', () => {
    expect(read('Funding rules mean learners must have been ordinarily resident in the UK for the last three years.')).toEqual([]);
  });
  it("flags the employer's own demand", () => {
    expect(read('Applicants must have lived in the UK for the last three years.')).toEqual([['nationality-required', 'lived in the UK for', 21]]);
  });
});

describe('training in England is a demand when someone has had it, not where the training offered is', () => {
  it('leaves the programme offered', () => {
    expect(read('Places for dental foundation training in England open in May.')).toEqual([]);
  });
  it('flags training the applicant must have had there', () => {
    expect(read('Applicants must have completed their nursing training in England.')).toEqual([
      ['uk-only-qualification', 'completed their nursing training in England', 21],
    ]);
  });
});

describe('"it is a … ambition" names an aim, not a trait', () => {
  it('leaves the aim', () => {
    expect(read('Opening a second surgery matters to us. We know it is a huge ambition.')).toEqual([]);
  });
  it("flags the person's ambition", () => {
    expect(read('We want someone with real ambition.')).toEqual([['masculine-ambition', 'ambition', 26]]);
  });
});

describe('a compound adjective without its hyphen is no head noun', () => {
  it('reads the service after "GP led"', () => {
    expect(read('The laboratory offers an analytical and GP led service to local practices.')).toEqual([]);
  });
  it('reads the pharmacist after "patient focused"', () => {
    expect(read('You will be an analytical and patient focused pharmacist.')).toEqual([['masculine-analytical', 'analytical', 15]]);
  });
});

describe('situations and contexts are things', () => {
  it('leaves what situations are', () => {
    expect(read('From wards to clinics, the situations are varied and dynamic.')).toEqual([]);
  });
  it('flags what someone is', () => {
    expect(read('We need someone who is flexible and dynamic.')).toEqual([['age-dynamic', 'dynamic', 36]]);
  });
});

describe("the words after a licence may carry a name onto the next line", () => {
  it("leaves a form's name cut at the line's end", () => {
    expect(read('Return the Referee Consent Form and Driving Licence\nDetails Form by Friday.', 'email')).toEqual([]);
  });
  it('flags the licence where the next line is a new sentence', () => {
    expect(read('Essential: Full Driving Licence\nDetails of the post follow.')).toEqual([['driving-licence', 'Full Driving Licence', 11]]);
  });
});
