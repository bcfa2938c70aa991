import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 29 (helper anonymiser-45): readings from 40 real, public CVs, LinkedIn exports, front matter, profile pages and
// staff stories. Fresh lines in our own words, none from those documents, each with what must stay beside it.

describe('a handle under its platform’s key, unquoted, or closed by a web page’s line break', () => {
  test.each([
    ['---\nname: Nkiruka Eze\ntwitter: nkirukaeze\n---', '---\nname: [CANDIDATE]\ntwitter: [URL]\n---'],
    ['Handle: siosaia77', 'Handle: [URL]'],
    ['- skype: tomas.brezina', '- skype: [URL]'],
    ['Skype: aoifeni<br>\nTelegram: lukasjanusonis<br />', 'Skype: [URL]<br>\nTelegram: [URL]<br />'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    // A word key needs a handle's mark; a value of words is no handle.
    'line: Jubilee',
    'Handle: with care',
    'Twitter: see below',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('LinkedIn’s export: a slug before "(LinkedIn)", a "www" split off, the location above "Summary"', () => {
  test.each([
    ['Contact ana-lobato-7731 (LinkedIn) Top Skills', 'Contact [URL] Top Skills'],
    ['Profile: www .linkedin.com/in/ aoife-ni-bhriain', 'Profile: [URL]'],
    [
      'Contact\nwww.linkedin.com/in/sefa-dogan-19 (LinkedIn)\nSefa Dogan\nDietitian | Renal\nIzmir, Izmir, Turkey\nSummary\nI am a dietitian.',
      'Contact\n[URL]\n[CANDIDATE]\nDietitian | Renal\n[ADDRESS]\nSummary\nI am a dietitian.',
    ],
    // Run into one line by text extraction: the headline before it stays, the town is one word.
    [
      'Contact mari-virtanen-88 (LinkedIn) Top Skills Audiology Mari Virtanen Audiologist | NHS Espoo, Uusimaa, Finland Summary Clinical audiologist.',
      'Contact [URL] Top Skills Audiology [NAME 1] Audiologist | NHS [ADDRESS] Summary Clinical audiologist.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a job’s place, which stands above no "Summary" or "Experience", stays', () => {
    expect(
      redact('Contact\nwww.linkedin.com/in/ieva-kalnina (LinkedIn)\nIeva Kalnina\nSonographer\nRiga, Latvia\nExperience\nUltrasound Clinic\nSonographer\n2019 - Present\nLeeds, England'),
    ).toBe('Contact\n[URL]\n[CANDIDATE]\nSonographer\n[ADDRESS]\nExperience\nUltrasound Clinic\nSonographer\n2019 - Present\nLeeds, England');
  });

  test('a summary’s last line of skills above "Experience" stays: a location ends in a country', () => {
    expect(redact('Contact\nwww.linkedin.com/in/tomasz-nowak-2 (LinkedIn)\nTomasz Nowak\nPayroll Officer\nLeeds, England, United Kingdom\nSummary\nI run monthly payroll with\nSage, Excel, ESR\nExperience\nNHS Shared Services')).toBe(
      'Contact\n[URL]\n[CANDIDATE]\nPayroll Officer\n[ADDRESS]\nSummary\nI run monthly payroll with\nSage, Excel, ESR\nExperience\nNHS Shared Services',
    );
  });

  test.each(['My Profile (LinkedIn) is up to date.', 'Go to the www area of the ward.'])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a postal code with its country’s letters, and a street whose word comes first', () => {
  test.each([
    ['Via Garibaldi 14, I-10122 Torino, Italy', '[ADDRESS]'],
    ['Home\nLargo Agostino Gemelli 8, 00168 Roma, Italy', 'Home\n[ADDRESS]'],
    // An employer before the code keeps its name; only the code goes.
    ['Ospedale Maggiore, I-20122 Milano, Italy', 'Ospedale Maggiore, [POSTCODE] Milano, Italy'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('"Piazza" and "Corso" are surnames too, after a given name', () => {
    expect(redact('I trained under Prof. Maria Corso and Dr Luca Piazza.')).toBe('I trained under Prof. [NAME 1] and Dr [NAME 2].');
  });
});

describe('a relative who needs the writer’s care, and a parent in a headline', () => {
  test.each([
    ['Caregiver: Caring for terminally ill mother (2019–2021)', 'Caregiver: Caring for [FAMILY]'],
    ['I look after my housebound grandad at weekends.', 'I [FAMILY].'],
    ['Staff Nurse | Mum of two | Parkrun volunteer', 'Staff Nurse | [FAMILY] | Parkrun volunteer'],
    // The writer's own children, and their brothers and sisters counted.
    ['Seeing my own girls grow up, I chose health visiting.', 'Seeing [FAMILY] grow up, I chose health visiting.'],
    ['I have two brothers and a sister.', 'I have [FAMILY].'],
    ['She has one younger sister, who lives in Mombasa.', 'They have [FAMILY], who lives in Mombasa.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    'Caring for frail older patients and sick children on the ward.',
    'Midwife | Mother and Baby Unit | Band 6',
    'Senior Nurse | Parent Education Lead',
    // A ward's sister is the nursing title.
    'I had a sister on every shift as my mentor.',
    'We worked with a Sister and two healthcare assistants.',
    'I had two sisters and a matron on the unit.',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a permanent residence written with capitals', () => {
  test('after a permit’s label', () => {
    expect(redact('Residence Permit: Permanent Resident')).toBe('Residence Permit: [IMMIGRATION STATUS]');
  });
});

describe('the writer’s name in more layouts', () => {
  test.each([
    // Markdown's hard line break after the heading name.
    ['Aleksandra Wójcik\\\nPharmacy Technician\\\nGPhC registered', '[CANDIDATE]\\\nPharmacy Technician\\\nGPhC registered'],
    // One name given alone, even a word.
    ['Supporting statement\n\nHello, my name is Blessing. I have worked as a ward clerk for six years.', 'Supporting statement\n\nHello, my name is [CANDIDATE]. I have worked as a ward clerk for six years.'],
    ['My name is Tevita, and I am a physiotherapist.', 'My name is [CANDIDATE], and I am a physiotherapist.'],
    // One name as a Markdown heading, spelt whole by the writer's address.
    ['## Tevita\n\nPhysiotherapist in Auckland and now Leeds.\n\ntevita@example.to', '## [CANDIDATE]\n\nPhysiotherapist in Auckland and now Leeds.\n\n[EMAIL]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test.each([
    '## Referees\n\nAvailable on request.\n\nreferees@example.com',
    'Hi, I am Delighted to apply.',
  ])('%j keeps its words', (text) => {
    expect(redact(text)).toBe(text.replace(/\S+@\S+/, '[EMAIL]'));
  });
});

describe('where the writer comes from, with a typed apostrophe or on landing', () => {
  test.each([
    ['I’m from Lithuania and trained in Kaunas.', 'I’m from [PLACE OF ORIGIN] and trained in Kaunas.'],
    ['I landed in the UK from Harare in 2019.', 'I landed in the UK from [PLACE OF ORIGIN] in 2019.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
