import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

/** A CV's header, profile and one job, so the line under test sits in the body, not the header. */
const HEAD = 'Amara Okafor\nStaff Nurse\n07700 900456 | amara@example.com\n\nPROFILE\nI am a caring nurse with ten years in primary care.\n\nEXPERIENCE\nPractice Nurse, Elm Tree Surgery, Leeds (2019 – present)\n';
/** The line as anonymised in the body of a CV. */
function inBody(line: string): string {
  const out = redact(`${HEAD}${line}\nI enjoy walking.\n`);
  const from = out.indexOf('(2019 – present)\n') + '(2019 – present)\n'.length;
  return out.slice(from, out.lastIndexOf('\nI enjoy walking.'));
}

// Round 10 (second wave): registration numbers spaced in every group, addresses without a postcode,
// and faith and health said as practice or condition. Fresh cases, none from a corpus; each is the
// whole output, so spans and placeholders are exact.
describe('NMC PINs with a blank, hyphen or dot between every group, the letters too', () => {
  test.each([
    ['NMC PIN: 12 I 3456 E', 'NMC PIN: [REGISTRATION NUMBER]'],
    ['PIN 08 Y 1234 C (effective to 2026)', 'PIN [REGISTRATION NUMBER] (effective to 2026)'],
    ['My NMC registration is 97 A 0123 B and is live.', 'My NMC registration is [REGISTRATION NUMBER] and is live.'],
    ['Registration: 05-H-7712-W', 'Registration: [REGISTRATION NUMBER]'],
    ['NMC: 11 c 2345 d', 'NMC: [REGISTRATION NUMBER]'],
    ['Registered nurse (NMC) 12 I 3456 E, revalidated 2024.', 'Registered nurse (NMC) [REGISTRATION NUMBER], revalidated 2024.'],
    // Under a register's label alone on its line.
    ['NMC PIN\n14 K 0211 E', 'NMC PIN\n[REGISTRATION NUMBER]'],
    // A blank only before the last letter.
    ['NMC PIN 03F 2871 W, revalidated 2025.', 'NMC PIN [REGISTRATION NUMBER], revalidated 2025.'],
  ])('%j', (text, expected) => {
    expect(inBody(text)).toBe(expected);
  });
  test('the span is the whole PIN', () => {
    const doc = anonymise('NMC PIN: 12 I 3456 E');
    expect(doc.redactions.map((r) => [r.type, r.original])).toEqual([['registration-number', '12 I 3456 E']]);
  });
  test.each([
    // With no register word near, a spaced run of that shape is something else.
    'Bay 12 A 3456 B was closed for cleaning.',
    'Ward 22 A 1000 B rota.',
    'Bay 14C 2024 A was refitted.',
  ])('kept: %s', (text) => {
    expect(inBody(text)).toBe(text);
  });
});

describe('a house number, street and town without a postcode, in a sentence or a contact line', () => {
  test.each([
    ['I live at 22 Camberwell Grove, London and commute by bus.', 'I live at [ADDRESS] and commute by bus.'],
    ['We recently moved to 22 Camberwell Grove, London, so the practice is a short walk.', 'We recently moved to [ADDRESS], so the practice is a short walk.'],
    ['I moved to 5 Kiln Rise, Otley last year.', 'I moved to [ADDRESS] last year.'],
    ['Correspondence to 9 Marlowe Gardens, Reading.', 'Correspondence to [ADDRESS].'],
    ['I can be found at 17 Mill Lane, Hebden Bridge most evenings.', 'I can be found at [ADDRESS] most evenings.'],
    ['Home address 3 Tollgate Close, Smethwick', 'Home address [ADDRESS]'],
    // A flat of an Edinburgh tenement, and a contact line.
    ['12/3 Leith Walk, Edinburgh | 07700 900123 | jo@example.com', '[ADDRESS] | [PHONE] | [EMAIL]'],
    ['Contact: 3 Tollgate Close, Smethwick · 07700 900123', 'Contact: [ADDRESS] · [PHONE]'],
    // A Welsh street word first.
    ['Home: 7 Heol y Bont, Caerfyrddin', 'Home: [ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(inBody(text)).toBe(expected);
  });
  test.each([
    // Places inside a workplace are no address.
    'I worked on Ward 3, Floor 2, Room 12 of Unit 4 for two years.',
    // A workplace's street, named after the employer or an organisation word in its sentence, is kept (README, Addresses).
    "Staff Nurse, St Luke's Hospital, 41 Station Road, Hastings (2019 – present)",
    'The clinic moved to 12 Market Street, Leeds in 2020.',
    'Our branch surgery at 4 Church Lane, Otley opened in 2018.',
  ])('kept: %s', (text) => {
    expect(inBody(text)).toBe(text);
  });
});

describe('faith said as what the writer does there', () => {
  test.each([
    ["I am a lay reader at St John's in Hexham.", 'I am a [RELIGION].'],
    ['I serve as a church warden at All Saints, Wokingham.', 'I serve as a [RELIGION] at [RELIGION], Wokingham.'],
    ['I read at Mass most weeks.', '[RELIGION].'],
    ['We sing at the local chapel at Christmas.', '[RELIGION].'],
  ])('%j', (text, expected) => {
    expect(inBody(text)).toBe(expected);
  });
  test.each([
    // A saint's name as a hospital, and reading at work.
    "I read at handover and trained staff at All Saints Hospital.",
    "I was a staff nurse at St John's Hospice.",
  ])('kept: %s', (text) => {
    expect(inBody(text)).toBe(text);
  });
});

describe('a condition with how it is managed', () => {
  test.each([
    ['I have diet-controlled type 2 diabetes.', 'I have [HEALTH].'],
    ['I have well-controlled asthma and have not needed time off.', 'I have [HEALTH] and have not needed time off.'],
    ['My epilepsy is well controlled with medication.', 'My [HEALTH].'],
    ['I manage my type 1 diabetes with an insulin pump.', 'I manage my [HEALTH].'],
    ['I have stable angina, well controlled with GTN.', 'I have [HEALTH].'],
    ['I had an Access to Work assessment for dyslexia in 2021.', 'I had an [HEALTH] for [HEALTH].'],
    ['I had an Access to Work grant for a specialist chair.', 'I had an [HEALTH] for a specialist chair.'],
    ["I look after my mum, who has Alzheimer's disease, at weekends.", 'I [FAMILY], who has [HEALTH], at weekends.'],
  ])('%j', (text, expected) => {
    expect(inBody(text)).toBe(expected);
  });
  test.each([
    // Patients' conditions and the work with them stay.
    'I supported a patient with well-controlled asthma to reduce her inhaler use.',
    'I refer patients for an Access to Work assessment.',
    'I run a chronic pain group for patients with severe fibromyalgia.',
    'I lead angina clinics and diabetes reviews for patients with type 2 diabetes.',
  ])('kept: %s', (text) => {
    expect(inBody(text).replace(' their ', ' her ')).toBe(text);
  });
});
