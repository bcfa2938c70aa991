import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';
import { documentLayout } from '../../../lib/anonymise/document-layout';
import { findCandidateName } from '../../../lib/anonymise/find-candidate-name';
import { scanWords } from '../../../lib/anonymise/scan-words';

const redact = (text: string) => anonymise(text).text;
const candidate = (text: string) => findCandidateName(documentLayout(text), scanWords(text));

describe("the candidate's name", () => {
  test.each([
    ['Dr Amina Okafor MBBS MRCGP\nSalaried GP', 'Amina Okafor', ['Amina', 'Okafor']],
    ["Name: Siobhan O'Neill\nRole: Practice Nurse", "Siobhan O'Neill", ['Siobhan', "O'Neill"]],
    ['Curriculum Vitae of Tomasz Kowalski\n\nProfile', 'Tomasz Kowalski', ['Tomasz', 'Kowalski']],
    ['Curriculum Vitae – Wei Chen BSc (Hons) MCOptom\n', 'Wei Chen', ['Wei', 'Chen']],
    ["CURRICULUM VITAE\n\nSIOBHAN O'NEILL RGN, BSc (Hons)\nFlat 3", "SIOBHAN O'NEILL", ['Siobhan', "O'Neill"]],
    ['CHLOE McALLISTER\nQualified Dental Nurse', 'CHLOE McALLISTER', ['Chloe', 'McALLISTER']],
    ['Aisha Bello-Hassan\nPharmacist', 'Aisha Bello-Hassan', ['Aisha', 'Bello-Hassan']],
    ['Emily de Souza\nPharmacy Technician', 'Emily de Souza', ['Emily', 'Souza']],
    ['Niamh Ní Bhriain\nFirst Contact Practitioner', 'Niamh Ní Bhriain', ['Niamh', 'Ní', 'Bhriain']],
    ['CHUKWUEMEKA (EMEKA) OBI\nPractice Business Manager', 'CHUKWUEMEKA (EMEKA) OBI', ['Chukwuemeka', 'Emeka', 'Obi']],
    ['Supporting statement\n\nI would like to apply.\n\nYours sincerely,\n\nFatima Begum', 'Fatima Begum', ['Fatima', 'Begum']],
    ['Supporting information\n\nI would like to apply.\n\nKind regards, Yusuf Abdi', 'Yusuf Abdi', ['Yusuf', 'Abdi']],
    // A job title or a heading on the first line is not a name.
    ['Practice Nurse\nProfile\nI run clinics.', null, null],
    ['Personal Statement\n\nI run clinics.', null, null],
  ])('%j', (text, name, parts) => {
    const found = candidate(text);
    expect(found?.text ?? null).toBe(name);
    expect(found?.parts ?? null).toEqual(parts);
  });
});

describe('every mention of every person, with one placeholder each', () => {
  test.each([
    [
      "Dr Amina Okafor MBBS MRCGP\nSalaried GP\n\nProfile\nAmina is a GP. Dr Okafor leads the diabetes clinic. Okafor's audit was praised.",
      "Dr [CANDIDATE] MBBS MRCGP\nSalaried GP\n\nProfile\n[CANDIDATE] is a GP. Dr [CANDIDATE] leads the diabetes clinic. [CANDIDATE]'s audit was praised.",
    ],
    ["SIOBHAN O'NEILL RGN\n\nProfile\nSiobhan O'Neill is a nurse.", '[CANDIDATE] RGN\n\nProfile\n[CANDIDATE] is a nurse.'],
    ['Chukwuemeka (Emeka) Obi\n\nProfile\nEmeka is a manager.', '[CANDIDATE]\n\nProfile\n[CANDIDATE] is a manager.'],
    ['Aisha Bello-Hassan\n\nProfile\nMs Bello-Hassan is a pharmacist.', '[CANDIDATE]\n\nProfile\n[CANDIDATE] is a pharmacist.'],
    [
      "Emily de Souza\n\nProfile\nEmily works with Mr Anthony D'Souza and Niamh Ní Bhriain. Mr D'Souza is our pharmacist.",
      '[CANDIDATE]\n\nProfile\n[CANDIDATE] works with [NAME 1] and [NAME 2]. [NAME 1] is our pharmacist.',
    ],
    ['Referee: Mrs J. Smith, Practice Manager. Mrs Smith can be contacted.', 'Referee: [NAME 1], Practice Manager. [NAME 1] can be contacted.'],
    ['Profile\nI worked with Grace Mensah and Will Thompson; Grace led it.', 'Profile\nI worked with [NAME 1] and [NAME 2]; [NAME 1] led it.'],
    [
      'Referees\nDr Helen Marsh\nGP Partner, Moorside Medical Practice\nJoanne Pritchard\nPractice Manager',
      'Referees\nDr [NAME 1]\nGP Partner, Moorside Medical Practice\n[NAME 2]\nPractice Manager',
    ],
    ['Dear Dr Grant,\n\nI am applying.', 'Dear Dr [NAME 1],\n\nI am applying.'],
    ['Profile\nwith our practice nurse, Shanthi Rajan, and the care coordinator Ben Carter.', 'Profile\nwith our practice nurse, [NAME 1], and the care coordinator [NAME 2].'],
    ['Grace Mensah\n\nProfile\nGrace runs clinics. Grace joined in 2019.', '[CANDIDATE]\n\nProfile\n[CANDIDATE] runs clinics. [CANDIDATE] joined in 2019.'],
    // Same surname, different given names: two people. "Mr Boateng" alone goes to the first.
    ['Profile\nKwame Boateng and Kofi Boateng are brothers. Mr Boateng is a nurse.', 'Profile\n[NAME 1] and [NAME 2] are brothers. [NAME 1] is a nurse.'],
    // A name wrapped onto the next line of a PDF paragraph.
    [
      'Profile\nGroup education for knee osteoarthritis (ESCAPE-pain) with the practice physio, Ciarán Mac\nGiolla.',
      'Profile\nGroup education for knee osteoarthritis (ESCAPE-pain) with the practice physio, [NAME 1].',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('not names', () => {
  test.each([
    'Profile\nI will lead the project. Grace under pressure. May 2019. Joy and hope.',
    'Profile\nEMIS Web, SystmOne, Vision, Docman and ICE. Practice Manager, Medical Centre, NHS Trust. January to March.',
    "Profile\nPlacements at the John Radcliffe Hospital and St George's; Lloyd George envelopes; Florence Nightingale Foundation scholar.",
    'Profile\nMay is our busiest month. Will you join us? Faith groups and Hope Street.',
    'Profile\nQueen Elizabeth Hospital, Victoria Ward, Mary Seacole Programme.',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a surname that is also a place, next to another capitalised word, is left: "Wester Ross"', () => {
    expect(redact('Profile\nI work with Dr Alasdair Ross in Wester Ross.')).toBe('Profile\nI work with Dr [NAME 1] in Wester Ross.');
  });
});
