import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 49 (helper mend-49d): review 49d's findings on anonymiser-105 and anonymiser-106, each mended by a general reading.
// The reviewer's lines, then a fresh line in our own words and a near case that must stay.

describe('a group of others with a condition earlier in the sentence', { timeout: 30_000 }, () => {
  test('the writer named after the group makes a later condition theirs', () => {
    expect(redact('I set up a forum for women with ADHD after my own ADHD diagnosis at 35.')).toBe('I set up a forum for women with ADHD after my own [HEALTH].');
    expect(redact("Caring for babies with reflux taught me patience, as I have Crohn's disease myself.")).toBe('Caring for babies with reflux taught me patience, as I have [HEALTH] myself.');
    expect(redact('Led a group for men with depression, which helped me with my own depression.')).toBe('Led a group for men with depression, which helped me with my own [HEALTH].');
    expect(redact('Our clinic for children with asthma meant a lot to me, as I have asthma too.')).toBe('Our clinic for children with asthma meant a lot to me, as I have [HEALTH] too.');
  });

  test('the writer counting themselves one of the group', () => {
    expect(redact('I am one of the women with endometriosis who needs adjustments.')).toBe('I am one of the women with [HEALTH] who needs adjustments.');
    expect(redact('As one of the mothers with postnatal depression in our peer group, I know the signs.')).toBe('As one of the mothers with [HEALTH] in our peer group, I know the signs.');
    expect(redact("I'm one of the people with MS who still work full shifts.")).toBe("I'm one of the people with [HEALTH] who still work full shifts.");
  });

  test('the group’s conditions stay, the writer before the group or caring for one of them', () => {
    expect(redact('I ran a peer group for residents with COPD and I supported patients with asthma.')).toBe('I ran a peer group for residents with COPD and I supported patients with asthma.');
    expect(redact('I cared for one of the patients with sepsis.')).toBe('I cared for one of the patients with sepsis.');
    expect(redact('Ran clinics for patients with type I diabetes and coeliac disease.')).toBe('Ran clinics for patients with type I diabetes and coeliac disease.');
  });
});

describe('a row of labels over a date', () => {
  test('prose that wraps after "date of birth" or "DOB" is no row of labels', () => {
    expect(redact('Positive patient identification using name and date of birth\non every transfusion; audit passed 14.06.2022')).toBe(
      'Positive patient identification using name and date of birth\non every transfusion; audit passed 14.06.2022',
    );
    expect(redact('Trained staff to check name address and DOB\nCompleted audit of wristbands March 2021')).toBe('Trained staff to check name address and DOB\nCompleted audit of wristbands March 2021');
    expect(redact('Used hospital number and date of birth\nfor all specimen labels; passed audit 02.03.2021')).toBe('Used hospital number and date of birth\nfor all specimen labels; passed audit 02.03.2021');
  });

  test('a row of capitalised labels still gives its date of birth', () => {
    expect(redact('Surname Forename Date of Birth\nMensah Ama 03/04/1988')).toBe('Surname Forename Date of Birth\n[NAME 1] [DATE OF BIRTH]');
  });
});

describe('spaced letters in brackets after a spaced name', () => {
  test('a register’s or a degree’s letters stay, and are no name', () => {
    expect(redact('S A R A H   J O N E S   ( R G N )\nRGN with 10 years on the ward. Sarah led the audit.')).toBe('[CANDIDATE]   ( R G N )\nRGN with 10 years on the ward. [CANDIDATE] led the audit.');
    expect(redact('A M A R A   O K O R O   ( M S c )\nAmara has five years in theatres.')).toBe('[CANDIDATE]   ( M S c )\n[CANDIDATE] has five years in theatres.');
    expect(redact('J A M E S   O B I   ( R M N )\nRMN for eight years. James ran the clinic.')).toBe('[CANDIDATE]   ( R M N )\nRMN for eight years. [CANDIDATE] ran the clinic.');
  });

  test('the name the writer goes by in brackets still goes', () => {
    expect(redact('S I R I P O R N   W O N G S A W A T   ( P L O Y )\nPloy led the audit.')).toBe('[CANDIDATE]   ( [CANDIDATE] )\n[CANDIDATE] led the audit.');
  });
});

describe('organisations named for a church, and other people’s faith', () => {
  test('an employer or charity whose name ends in a word of organisation stays', () => {
    expect(redact('Care assistant, Unitarian Care Home, Leeds (2019-2022)')).toBe('Care assistant, Unitarian Care Home, Leeds (2019-2022)');
    expect(redact('Volunteer with the Lutheran World Federation refugee health programme.')).toBe('Volunteer with the Lutheran World Federation refugee health programme.');
    expect(redact('Research assistant on the Mennonite Central Committee health project in Ethiopia.')).toBe('Research assistant on the Mennonite Central Committee health project in Ethiopia.');
    expect(redact('Bank healthcare assistant, Quaker Housing Trust, York (2018-2020)')).toBe('Bank healthcare assistant, Quaker Housing Trust, York (2018-2020)');
  });

  test('the writer’s own congregation and fellowship still go', () => {
    expect(redact('I attend a Quaker meeting in York.')).toBe('I [RELIGION] meeting in York.');
    expect(redact('Member, Christian Medical Fellowship')).toBe('Member, [RELIGION]');
  });

  test('people of a faith the writer cared for stay; the writer counting in still goes', () => {
    expect(redact('Provided end-of-life care to Lutherans and Catholics in a Norwegian hospice.')).toBe('Provided end-of-life care to Lutherans and Catholics in a Norwegian hospice.');
    expect(redact('Supported Jews and Muslims at the end of life on a hospice ward.')).toBe('Supported Jews and Muslims at the end of life on a hospice ward.');
    expect(redact('We are Quakers and I attend a meeting for worship.')).toBe('We are [RELIGION] and I [RELIGION].');
  });

  test('a list of faiths before "chaplains" is the chaplaincy’s', () => {
    expect(redact('Supported Lutheran and Catholic chaplains on the ward.')).toBe('Supported Lutheran and Catholic chaplains on the ward.');
    expect(redact('Supported Baptist and Catholic chaplains on the ward.')).toBe('Supported Baptist and Catholic chaplains on the ward.');
    expect(redact('Welcomed Sikh and Hindu chaplains to the multi-faith team.')).toBe('Welcomed Sikh and Hindu chaplains to the multi-faith team.');
  });
});

describe('a family’s or heritage’s word that does not end its phrase', () => {
  test('"community project", "heritage walks" name a thing, and stay', () => {
    expect(redact('I am a family support worker from a Roma community project in Leeds.')).toBe('I am a family support worker from a Roma community project in Leeds.');
    expect(redact('I am a trainee from a Traveller community health team.')).toBe('I am a trainee from a Traveller community health team.');
    expect(redact('I am a midwife from a Gypsy community outreach team in Kent.')).toBe('I am a midwife from a Gypsy community outreach team in Kent.');
    expect(redact('Interests: Irish heritage walks and hill running.')).toBe('Interests: Irish heritage walks and hill running.');
    expect(redact('Key skills: Chinese heritage community outreach.')).toBe('Key skills: Chinese heritage community outreach.');
    expect(redact('Hobbies: Welsh heritage railways and cycling.')).toBe('Hobbies: Welsh heritage railways and cycling.');
  });

  test('the writer’s family and heritage, ending the phrase, still go', () => {
    expect(redact('I am a carer from a Romani family in Hull.')).toBe('I am a carer from a [ETHNICITY] in Hull.');
    expect(redact('I am a carer from a Romani family myself.')).toBe('I am a carer from a [ETHNICITY] myself.');
    expect(redact('Profile: Nigerian heritage. Methodist.')).toBe('Profile: [ETHNICITY]. [RELIGION].');
  });
});

describe('a fragment opening "From" and a place', () => {
  test('the place must end the fragment', () => {
    expect(redact('Recruitment lead. From Manila, Philippines, we hired 30 nurses in 2022.')).toBe('Recruitment lead. From Manila, Philippines, we hired 30 nurses in 2022.');
    expect(redact('Ward manager. From Kerala, India, we recruited 20 nurses.')).toBe('Ward manager. From Kerala, India, we recruited 20 nurses.');
    expect(redact('Theatre nurse. From Lagos, Nigeria.')).toBe('Theatre nurse. From [PLACE OF ORIGIN].');
  });

  test('after a colon too', () => {
    expect(redact('2019–2022: From Kerala, India.')).toBe('2019–2022: From [PLACE OF ORIGIN].');
    expect(redact('Background: From Sylhet, Bangladesh (moved to the UK in 2004)')).toBe('Background: From [PLACE OF ORIGIN] (moved to the UK in 2004)');
  });
});

describe('particles of a surname in a form’s field', () => {
  test('a particle in lower case before the candidate’s surname goes with it', () => {
    expect(redact('Surname(s) / First name(s)   van der Berg, Maartje')).toBe('Surname(s) / First name(s)   [CANDIDATE], [CANDIDATE]');
    expect(redact('Surname / Given name(s)   de la Cruz, Maria')).toBe('Surname / Given name(s)   [CANDIDATE], [CANDIDATE]');
  });

  test('someone else’s particle and surname stay', () => {
    expect(redact('A friend, Piet de Vries, and I worked on the ward; de Vries led.')).toBe('A friend, Piet de Vries, and I worked on the ward; de Vries led.');
  });
});

describe('a count after the HCPC’s letters', () => {
  test('hours are no registration number', () => {
    expect(redact('HCPC RA 300 hours of placement')).toBe('HCPC RA 300 hours of placement');
    expect(redact('HCPC PA 250 hours of supervised practice')).toBe('HCPC PA 250 hours of supervised practice');
  });

  test('a number still goes', () => {
    expect(redact('HCPC PA 12345')).toBe('HCPC [REGISTRATION NUMBER]');
  });
});

describe('a health field whose value tells the writer’s work', () => {
  test('a value opening with a verb of clinical work stays', () => {
    expect(redact('Medical history: took medical histories in clinic')).toBe('Medical history: took medical histories in clinic');
    expect(redact('Medical history: clerked admissions and recorded drug histories')).toBe('Medical history: clerked admissions and recorded drug histories');
  });

  test('the writer’s own history still goes', () => {
    expect(redact('Medical history: diagnosed with asthma in 2010')).toBe('Medical history: [HEALTH]');
  });
});
