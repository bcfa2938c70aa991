import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';

const redact = (text: string) => anonymise(text).text;

// Fresh cases for the general rules added for issue 12 (none of these strings is in a corpus).
describe('heading names in any case and tradition', () => {
  test.each([
    ['Deepa R.\nStaff Nurse\n\nProfile\nDeepa R. has led the ward.', '[CANDIDATE]\nStaff Nurse\n\nProfile\n[CANDIDATE] has led the ward.'],
    ['SURESH KP\nPharmacist\n\nProfile\nI trained in Mysore.', '[CANDIDATE]\nPharmacist\n\nProfile\nI trained in Mysore.'],
    ['LIU Yang\nRadiographer\n\nProfile\nLiu joined in 2020.', '[CANDIDATE]\nRadiographer\n\nProfile\n[CANDIDATE] joined in 2020.'],
    ['anika deshpande\nHealthcare Assistant\n\nProfile\nI work nights.', '[CANDIDATE]\nHealthcare Assistant\n\nProfile\nI work nights.'],
    ['Name: Joris van den Broek\nRole: Analyst', 'Name: [CANDIDATE]\nRole: Analyst'],
    ['LUÍSA MARIA DOS SANTOS PEREIRA\nPhysiotherapist', '[CANDIDATE]\nPhysiotherapist'],
    ['SEÁN Ó BRIAIN (SHAUN O\'BRIEN)\nPorter\n\nProfile\nShaun works days.', '[CANDIDATE]\nPorter\n\nProfile\n[CANDIDATE] works days.'],
    ['Olufemi Adeyemi\n(Femi)\nNurse\n\nProfile\nFemi leads.', '[CANDIDATE]\n([CANDIDATE])\nNurse\n\nProfile\n[CANDIDATE] leads.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('other people named by a given name alone', () => {
  test.each([
    ['Profile\nI mentored two students (Bethany and Kwame) this year.', 'Profile\nI mentored two students ([NAME 1] and [NAME 2]) this year.'],
    // Eponyms, systems and word-like names stay.
    ['Profile\nI completed Oliver McGowan training and use Lorenzo daily. Grace under pressure.', 'Profile\nI completed Oliver McGowan training and use Lorenzo daily. Grace under pressure.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('contact details written to dodge harvesters, bare links and lower-case postcodes', () => {
  test.each([
    ['Contact: amir dot khan at gmail dot com', 'Contact: [EMAIL]'],
    ['Contact: s.patel{at}example.org', 'Contact: [EMAIL]'],
    ['Contact: lee (at) lee-nurse (dot) co (dot) uk', 'Contact: [EMAIL]'],
    ['I worked at Leeds General for years.', 'I worked at Leeds General for years.'],
    ['Portfolio: annaphotos.example.co.uk/cv', 'Portfolio: [URL]'],
    ['github.com/some-\nuser-name\nNext line', '[URL]\nNext line'],
    ['Follow @jo.smith_rn', 'Follow [URL]'],
    ['Home: m14 5rt; work: le17ab.', 'Home: [POSTCODE]; work: [POSTCODE].'],
    ['Phone 0161 496 0123 x204', 'Phone [PHONE]'],
    ['Mobile (+44) 07700 900 555', 'Mobile [PHONE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('dates of birth and addresses without a postcode', () => {
  test.each([
    ['Born 1988 · Polish · Single', '[DATE OF BIRTH] · [NATIONALITY] · Single'],
    ['My date of birth is 14-Feb-1990.', 'My date of birth is [DATE OF BIRTH].'],
    ['Fecha de nacimiento: 02/03/1977', 'Fecha de nacimiento: [DATE OF BIRTH]'],
    ['Rhys Jones\n4 Heol y Bont\nCaerfyrddin\n\nProfile\nx', '[CANDIDATE]\n[ADDRESS]\n\nProfile\nx'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('identities, places and status', () => {
  test.each([
    ['I am a proud Geordie and a British-Ghanaian nurse.', 'I am a proud [PLACE OF ORIGIN] and a [NATIONALITY] nurse.'],
    ['I speak Polish-English fluently.', 'I speak Polish-English fluently.'],
    ['I am Black British and of mixed Irish and Jamaican heritage.', 'I am [ETHNICITY] and [ETHNICITY].'],
    ['Black and White photos hang in the ward.', 'Black and White photos hang in the ward.'],
    ['Dementia awareness (Tier 2) completed.', 'Dementia awareness (Tier 2) completed.'],
    ['Born and raised in Merthyr Tydfil, I trained in Cardiff.', 'Born and raised in [PLACE OF ORIGIN], I trained in Cardiff.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('invisible characters and look-alike letters do not hide identifiers', () => {
  test.each([
    ['Email sam\u200b.lee@nhs\u200d.net', 'Email [EMAIL]'],
    ['Phone 07700\u2060 900\u00ad456', 'Phone [PHONE]'],
    ['Postcode M1\ufeff 1AA', 'Postcode [POSTCODE]'],
    ['NHS number 943\u200c 476 5919', 'NHS number [NHS NUMBER]'],
    ['Postcode \u0415C1A 1BB', 'Postcode [POSTCODE]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('status and practice written out', () => {
  test.each([
    // A clause that states status goes whole (see the README).
    ['I was granted Indefinite Leave to Remain in 2019.', '[IMMIGRATION STATUS].'],
    ['I came on a BN(O) Visa.', '[IMMIGRATION STATUS].'],
    ['Languages: Tamil. Gender: female. Driving licence.', 'Languages: Tamil. Gender: [GENDER]. Driving licence.'],
    ['At work I wear a turban and I pray before my shift.', 'At work I [RELIGION] and [RELIGION].'],
    ['I led Friday prayers at university; I keep the Sabbath.', 'I led [RELIGION] at university; [RELIGION].'],
    ['I prepare patients for fasting blood tests.', 'I prepare patients for fasting blood tests.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
