import { describe, expect, it } from 'vitest';
import { missing, read } from './read-findings';

// Round 36 (lead): each kind in other words than the documents that showed it.

describe('a language criterion copied flat from a table', () => {
  it('is read though its cell starts with a capital after the column label', () => {
    const text = 'Communication Essential Native Welsh speaker Able to drive between sites Desirable Makaton';
    expect(read(text)).toContainEqual(['native-english', 'Native Welsh speaker', 24]);
  });
  it('leaves a name with a language in it alone', () => {
    expect(read('Training Essential British Sign Language level 2 Desirable Makaton')).toEqual([]);
  });
});

describe('an employer placed somewhere, then wanting', () => {
  it('wants the person named after it', () => {
    expect(read('The therapy team at the Northgate Children’s Centre is looking for a recently qualified dietitian.')).toContainEqual([
      'age-recently-qualified-preferred',
      'recently qualified',
      69,
    ]);
    expect(read('The hospice in Castleford is looking for a recently qualified nurse.')).toContainEqual(['age-recently-qualified-preferred', 'recently qualified', 43]);
  });
  it('is not a patient who is placed there', () => {
    expect(read('Patients at the clinic see a recently qualified nurse on Tuesdays.')).toEqual([]);
  });
});

describe('digital natives asked for beside the people a service reaches', () => {
  it('is an age proxy when the young people are in another clause', () => {
    expect(read('We need digital natives who can build our app for young people.')).toContainEqual(['age-digital-native', 'digital natives', 8]);
  });
  it('is the young people themselves when they are its subject', () => {
    expect(read('Young people are digital natives, so our clinic books online.')).toEqual([]);
  });
});

describe('volunteers are people, described like staff', () => {
  it('flags an age wanted of them', () => {
    expect(read('The hospice shop needs young volunteers for Saturdays.')).toContainEqual(['age-young', 'young', 23]);
  });
});

describe('workmates named together, and a post for them', () => {
  it('reads a pair with "lads" as staff in the team', () => {
    expect(read('The lads and girls in the team will show you the ropes.', 'email')).toEqual([
      ['staff-called-girls', 'lads', 4],
      ['staff-called-girls', 'girls', 13],
    ]);
  });
  it('leaves children in a team alone', () => {
    expect(read('Boys and girls in the team train on Saturdays.', 'email')).toEqual([]);
  });
  it('reads "roles for" people as the people hired', () => {
    expect(read('There are bank roles for retired gents who like a chat.', 'email')).toContainEqual(['staff-called-girls', 'gents', 33]);
    expect(read('We run a clinic for retired gents.', 'email')).toEqual([]);
  });
  it('reads a workmate with a "with" phrase who would do well as the hire', () => {
    expect(read('A fella with a trade background would do really well in estates.', 'email')).toContainEqual(['staff-called-girls', 'fella', 2]);
    expect(read('A lady with dementia would do better on a quiet bay.', 'email')).toEqual([]);
  });
});

describe('an age limit aimed for in a plan', () => {
  it('is an age limit', () => {
    expect(read('Recruitment plan: prioritise applicants under 40 for the new unit.', 'email')).toContainEqual(['age-limit', 'under 40', 40]);
  });
  it('is not an aim for patients', () => {
    expect(read('We aim for a reply within two days for children under 5.', 'email')).toEqual([]);
  });
});

describe('a nationality preferred or ranked', () => {
  it('flags it bare, after or before the word of preference, and ranked', () => {
    expect(read('Band 5 bank cover. Preferably Nigerian.', 'email')).toContainEqual(['nationality-preference', 'Preferably Nigerian', 19]);
    expect(read('Spanish nurses first, then Greek nurses second.', 'email')).toEqual([
      ['nationality-preference', 'Spanish nurses first', 0],
      ['nationality-preference', 'Greek nurses second', 27],
    ]);
  });
  it('leaves a language preferred for patients alone, and a name that starts with a nationality', () => {
    expect(read('Languages spoken by our patients: Polish preferably.', 'email')).toEqual([]);
    expect(read('Members of the Irish Nurses Organisation preferably.', 'email').map(([rule]) => rule)).not.toContain('nationality-preference');
  });
});

describe('initials in minutes', () => {
  it('are a speaker, not an abbreviation', () => {
    expect(read('Minutes\n- JT queried the start date.\n- RB agreed to chase references.', 'email')).toEqual([]);
  });
  it('leave an unexplained abbreviation before other verbs alone', () => {
    expect(read('Minutes\n- QPR runs the audit.', 'email')).toContainEqual(['unexpanded-acronym', 'QPR', 10]);
  });
});

describe('a keyword sent back', () => {
  it('is not an abbreviation', () => {
    expect(read('To stay on our bank list, text KEEP to the number below.', 'email')).toEqual([]);
  });
});

describe('a nursing title held by someone from elsewhere', () => {
  it('is their post, in notes', () => {
    expect(read('The second applicant, a Ward Sister from Greystone General, interviewed well.', 'email')).toEqual([]);
  });
  it('is still the post when a month follows', () => {
    expect(read('We need a Ward Sister from March.', 'email')).toContainEqual(['sister-title', 'Ward Sister', 10]);
  });
});

describe('"as the … requires" said of a law or another body', () => {
  it('is no call on the worker’s time', () => {
    expect(read('We check every applicant’s ID, as the Care Quality Commission requires.', 'email')).toEqual([]);
    expect(read('Records are kept for eight years, as the law requires.', 'email')).toEqual([]);
  });
  it('is a call when it is the employer’s', () => {
    expect(read('You will work bank holidays as the Trust requires.', 'advert')).toContainEqual(['time-demanded', 'work bank holidays as the Trust requires', 9]);
  });
});

describe('a word of activity said of a thing', () => {
  it('is no trait asked of the person', () => {
    expect(read('Benefits include a gym and an active staff choir.')).toEqual([]);
  });
});

describe('a named person’s English', () => {
  it('is judged in notes', () => {
    expect(read('Tomasz’s English is a bit basic for the phones.', 'email')).toContainEqual(['english-judged', 'Tomasz’s English', 0]);
  });
  it('is a patient’s with a courtesy title or a patient’s noun', () => {
    expect(read('The patient’s English is limited, so book an interpreter.', 'email')).toEqual([]);
  });
});

describe('an age noted of someone named in full before', () => {
  it('is noted', () => {
    const text = 'Succession plan for the post of Estates Manager: Margaret Hughes. Margaret is 63 so she may not want the extra years.';
    expect(read(text, 'email')).toContainEqual(['age-noted', 'Margaret is 63', 66]);
  });
});

describe('reasonable adjustments the post-holder makes for patients', () => {
  const advert = (sentence: string) => `Liaison nurse, Band 6, £40,000 per annum. ${'The team is friendly and supportive. '.repeat(30)}${sentence}`;
  it('are no statement of adjustments for applicants, with words between them and the patients', () => {
    expect(missing(advert('You will check that reasonable adjustments are put in place for patients with autism.'))).toContain('no-reasonable-adjustments-statement');
  });
  it('are offered when they are for the reader', () => {
    expect(missing(advert('Reasonable adjustments are available for anyone who asks.'))).not.toContain('no-reasonable-adjustments-statement');
  });
});

describe('a masculine-coded word in a run of such words before a role', () => {
  it('is read after another of them', () => {
    expect(read('We want a robust, tough RMN for the PICU.')).toContainEqual(['masculine-tough', 'tough', 18]);
  });
  it('is left alone said of a time', () => {
    expect(read('A strong, tough winter is ahead for the ward.')).toEqual([]);
  });
});

describe('fewer family commitments wanted', () => {
  it('is wanting someone free of ties', () => {
    expect(read('Shortlist people with fewer caring responsibilities, as the rota changes weekly.', 'email')).toContainEqual([
      'no-ties-wanted',
      'with fewer caring responsibilities',
      17,
    ]);
  });
  it('is left alone where the writer supports staff', () => {
    expect(read('Staff with fewer family commitments often pick up bank shifts, which we support.', 'email')).toEqual([]);
  });
});

describe('a faith practice said to affect the work', () => {
  it('is held against the person', () => {
    expect(read('- He needs prayer time on Fridays, which affects the theatre list.', 'email')).toContainEqual(['faith-practice-held-against', 'prayer time', 11]);
  });
  it('is left alone where the employer makes room for it', () => {
    expect(read('We have a multi-faith room for prayer breaks, and cover is arranged so nothing affects clinics.', 'email')).toEqual([]);
  });
});

describe('review 36 (M1): a nationality ranked or preferred, not a list order, a language or a menu', () => {
  it('needs people ranked, and a word that is no language when it stands bare', () => {
    expect(read('The form lists White British first.', 'email')).toEqual([]);
    expect(read('Signs are in English first, then Urdu.', 'email')).toEqual([]);
    expect(read('For the Windrush Day buffet: ideally Jamaican.', 'email')).toEqual([]);
    expect(read('Romanian carers preferred.', 'email')).toContainEqual(['nationality-preference', 'Romanian carers preferred', 0]);
    expect(read('Agency cover: Ghanaian ideally.', 'email')).toContainEqual(['nationality-preference', 'Ghanaian ideally', 14]);
  });
});

describe('review 36 (M2, S4): a possessive’s English is a person’s', () => {
  it('is not a week’s, a website’s, or one the writer says is no concern', () => {
    expect(read('Last month’s English class for overseas nurses was full; more dates follow.', 'email')).toEqual([]);
    expect(read('The leaflet’s English version is too long, so we are cutting it.', 'email')).toEqual([]);
    expect(read('The locum’s English was no problem at all; patients loved her.', 'email').map(([rule]) => rule)).not.toContain('english-judged');
  });
  it('is a titled candidate’s too', () => {
    expect(read('Mr Nowak’s English was poor at interview.', 'email')).toContainEqual(['english-judged', 'Nowak’s English', 3]);
  });
});
