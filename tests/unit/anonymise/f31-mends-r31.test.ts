import { describe, expect, test, vi } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

// The first date of birth compiles the long date patterns, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 31 (helper anonymiser-52): what the unseen f31-* documents let through or took out, mended by general readings.
// Fresh lines in our own words, none from the set, each with what must stay beside it.

describe('a date of birth under a label in another script, and told again in the Gregorian calendar', () => {
  test.each([
    // A Korean label before a date written year first with dots.
    ['Min-seo Kang\nNurse\n\n생년월일: 1991.11.23\nLanguages: English', 'Min-seo Kang', '1991.11.23'],
    // A Bulgarian one, a label in Cyrillic.
    ['Petar Ivanov\nNurse\n\nДата на раждане: 17.02.1989', 'Petar Ivanov', '17.02.1989'],
    // Albanian, a label in Latin letters no English reader knows.
    ['Besa Krasniqi\nNurse\n\nData e lindjes: 04.06.1992', 'Besa Krasniqi', '04.06.1992'],
  ])('%j', (text, name, date) => {
    expect(found(text)).toEqual([
      ['name', name],
      ['date-of-birth', date],
    ]);
  });

  test('the Gregorian date later on the line of a date in another calendar is the same birth', () => {
    const text = 'Date of birth (Persian calendar): 21/07/1369 – my UK passport gives 12 October 1990.\nE-mail: r.karimi@example.org · 2026';
    expect(redact(text)).toBe('Date of birth (Persian calendar): [DATE OF BIRTH] – my UK passport gives [DATE OF BIRTH].\nE-mail: [EMAIL] · 2026');
  });

  test.each([
    // A later date on the line that is too recent to be a birth is an event.
    'Date of birth (Nepali calendar): 3 Baisakh 2045 – I qualified on 9 June 2014.\nEmail: a.b@example.org · 2026',
    // A date written year first with no label is no birth.
    'The clinic moved on 1993.05.03 to new premises.',
  ])('other dates stay: %j', (text) => {
    expect(found(text).filter(([type]) => type === 'date-of-birth').map(([, value]) => value)).not.toContain('9 June 2014');
    expect(found(text).filter(([, value]) => value === '1993.05.03')).toEqual([]);
  });
});

describe('postcodes in unusual forms', () => {
  test('a postcode run into its town goes, town and all', () => {
    expect(found('Address:   Hafan Deg, 3 Ffordd y Bryn,\n           AberystwythSY23 1LP')).toEqual([
      ['address', 'Hafan Deg, 3 Ffordd y Bryn'],
      ['postcode', 'AberystwythSY23 1LP'],
    ]);
  });

  test('an Irish Eircode goes, with or without its blank', () => {
    expect(redact('Home: 22 Sráid an Mhuilinn, Gaillimh, H91 K2T7')).toBe('Home: [ADDRESS], [POSTCODE]');
    expect(found('Eircode A65F4E2 until June.')).toEqual([['postcode', 'A65F4E2']]);
  });

  test.each(['I use the iPhone SE2 3 times a day.', 'Ward T12 audit 2024, grade A12 HEAD.', 'Bay C12 ABCD was closed.'])('look-alikes stay: %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a register abroad named in its own language', () => {
  test("a Romanian doctor's stamp code after the college's name", () => {
    expect(redact('Registration    Colegiul Medicilor din Iași — cod parafă 571934')).toBe('Registration    Colegiul Medicilor din Iași — cod parafă [REGISTRATION NUMBER]');
  });

  test('a school called a college, with a count and a year, stays', () => {
    expect(found('I saw 1500 patients at the Colegiul Național in 2004.')).toEqual([]);
  });
});

describe("the candidate's name in a form's print view and in their e-mail address", () => {
  test('name fields set off by a column gap, without colons', () => {
    const text = 'NHS Jobs print view\nFirst name                     Kalpana\nLast name                      GURUNG SHERPA\n\nProfile\nI am a pharmacist.';
    expect(redact(text)).toBe('NHS Jobs print view\nFirst name                     [CANDIDATE]\nLast name                      [CANDIDATE]\n\nProfile\nI am a pharmacist.');
  });

  test('a name the gap fields give joins the full name, not replaces it', () => {
    const text = 'Question                 Answer\nFull name                FARIDAH BINTI OMAR\nPreferred name           Faridah\n\nI am a payroll officer. Signed: FARIDAH BINTI OMAR';
    expect(redact(text)).toBe('Question                 Answer\nFull name                [CANDIDATE]\nPreferred name           [CANDIDATE]\n\nI am a payroll officer. Signed: [CANDIDATE]');
  });

  test("the other word of the candidate's address beside their family name is the name they go by", () => {
    const text = "ANNA K. PETROVA\nNurse\nanni.petrova@example.org\n\nAbout me\nI'm Anni, a ward nurse.";
    expect(redact(text)).toBe("[CANDIDATE]\nNurse\n[EMAIL]\n\nAbout me\nI'm [CANDIDATE], a ward nurse.");
  });

  test.each([
    // A word a list knows: the post, not a name.
    ['ANNA K. PETROVA\nNurse\nnurse.petrova@example.org\n\nI nurse on Ward 7.', 'I nurse on Ward 7.'],
    // A place the writer worked in, and a hospital named after it.
    ['AISHA BELLO\nNurse\naisha.kano@example.org\n\nI trained at Kano Teaching Hospital and worked in Kano for years.', 'I trained at Kano Teaching Hospital and worked in Kano for years.'],
  ])('other words of the address stay: %j', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});

describe("a body's name in its own language stays for the panel", () => {
  test.each([
    // Romanian: a university named after a person in quotes, and a hospital's word before the town.
    'Education\nUniversitatea de Medicină „Carol Davila” București\nSpitalul Universitar de Urgență București',
    // Vietnamese: the two-word words for a hospital and a university, before and after a word that is also a name.
    'Bệnh viện Bạch Mai, staff nurse\nTrường Đại học Y Dược Huế, BSc Nursing',
    // Scottish Gaelic: a hospital and a school opening their names.
    'Sessions at Ospadal nan Eilean; governor at Sgoil Eilean Bharraigh',
  ])('%j', (text) => {
    expect(found(text).filter(([type]) => type === 'name')).toEqual([]);
  });

  test.each([
    // A person called by a name that is also the first of a body's words.
    ['I worked with Trường Sơn Lê on the ward.', 'Trường Sơn Lê'],
    // A nickname in quotes and in brackets inside a name still joins it.
    ['I met Ngozi "Zee" Okafor at the forum.', 'Ngozi "Zee" Okafor'],
    ['I met Chukwuemeka (Emeka) Obi at the forum.', 'Chukwuemeka (Emeka) Obi'],
    // A name in quotes after a church's name is the writer's nickname, not the church's.
    ['Hoi Ying Chan\nNurse\n\nFriends from Hope Christian Church call me "Ken Gor".', 'Ken Gor'],
  ])('people stay names: %j', (text, name) => {
    expect(found(text)).toContainEqual(['name', name]);
  });
});

describe("a field's value ends at the other column's text", () => {
  test('a visa under its label, a bullet of the next column after the gap', () => {
    const text = 'CONTACT\t\tEXPERIENCE\nVisa: Health and Care Worker\t\t• Led the falls audit (Trust Quality Award)\nSingle\t\tStaff Nurse';
    expect(redact(text)).toBe('CONTACT\t\tEXPERIENCE\nVisa: [IMMIGRATION STATUS]\t\t• Led the falls audit (Trust Quality Award)\nSingle\t\tStaff Nurse');
  });
});

describe('addresses in the forms of Irish, Welsh and Romanian', () => {
  test.each([
    // An Irish street word before its name, with its county.
    ['Siobhán Ní Bhriain\nParamedic\n\nHome: 9 Bóthar na Coille, An Spidéal, Co. na Gaillimhe\n\nI drive.', '9 Bóthar na Coille, An Spidéal, Co. na Gaillimhe'],
    // A Romanian street after "Str.", a person's name for the street, then "nr." and its number.
    ['Elena Marin\nDoctor\n\nAdresă / Address     Str. Avram Iancu nr. 9, ap. 3, 400083 Cluj-Napoca\n\nI teach.', 'Str. Avram Iancu nr. 9, ap. 3, 400083 Cluj-Napoca'],
    // A bilingual label with the Welsh after the English, and a house's name before the street.
    ['Elen Wyn\nPhysiotherapist\n\nAddress / Cyfeiriad:   Bryn Awel, 12 Heol y Bont, Llandeilo\n\nI treat.', 'Bryn Awel, 12 Heol y Bont, Llandeilo'],
  ])('%j', (text, address) => {
    expect(found(text)).toContainEqual(['address', address]);
  });

  test.each([
    // A road named in a sentence, with no number, stays; so does a lecture named after the person a street is.
    ['Siobhán Ní Bhriain\nParamedic\n\nI drove the Bóthar na Mara route daily.', 'Bóthar na Mara'],
    ['Elena Marin\nDoctor\n\nI gave the Avram Iancu lecture in Cluj.', 'Avram Iancu lecture'],
    // A label of two fields is no address: the phone after it is read as a phone.
    ['Elen Wyn\nPhysiotherapist\n\nAddress / Phone: 07700 900 123', 'Address / Phone: [PHONE]'],
  ])('kept: %j', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});

describe('national ID numbers that encode a date of birth, and a professional body’s number', () => {
  test.each([
    ['Asmens kodas (personal code): 49211030345', '49211030345'],
    ['T.C. Kimlik No: 31847290564', '31847290564'],
    ['Date of birth: 12/04/1993 (ЕГН 9304126781)', 'ЕГН 9304126781'],
    ['IBMS no. 0193624', '0193624'],
    ['MDDUS number 412873', '412873'],
  ])('%j', (text, value) => {
    expect(found(text)).toContainEqual(['id-number', value]);
  });

  test('counts beside the same words stay', () => {
    expect(found('I checked 31 personal codes a day in an audit of 4,000 records.')).toEqual([]);
  });
});

describe('a label in two languages, set apart by a slash', () => {
  test('each half may be the known one; the value goes whole', () => {
    const text = 'Elif Kaya\nDietitian\n\nDoğum yeri / Place of birth: Rize\nMedeni hali / Marital status: Bekar (Single)\nRhyw / Gender:   Gwryw / Male';
    expect(redact(text)).toBe('[CANDIDATE]\nDietitian\n\nDoğum yeri / Place of birth: [PLACE OF ORIGIN]\nMedeni hali / Marital status: [MARITAL STATUS]\nRhyw / Gender:   [GENDER]');
  });

  test.each([
    // Two fields in one label: the phone is read as a phone, not an address.
    ['Elif Kaya\nDietitian\n\nAddress / Phone: 07700 900 123', 'Address / Phone: [PHONE]'],
    // Two halves that name no personal detail stay with their values.
    ['Elif Kaya\nDietitian\n\nGrade / Band: 6\nTeam / Service: Renal', 'Grade / Band: 6\nTeam / Service: Renal'],
  ])('kept: %j', (text, kept) => {
    expect(redact(text)).toContain(kept);
  });
});

// Round 31 review (helper mend-31b): M11 and M12, each the review's probe and a near case in our own words.
describe('M11: an Eircode opens with a routing key Eircode publishes', () => {
  test.each([
    // The review's probe: a mask's code is no routing key.
    'Fit tested for N95 FFP3 masks in 2022.',
    // Near: another respirator and a vitamin dose, and a real routing key after a product's word.
    'Trained staff on the R95 3M8A hood and gave K12 D3X4 doses.',
    'Set up the infusion pump model T12 4F7A on the unit.',
  ])('kept: %j', (line) => {
    expect(redact(`Amina Yusuf\nStaff Nurse\n\n${line}`)).toBe(`[CANDIDATE]\nStaff Nurse\n\n${line}`);
  });

  test('a home Eircode with a published routing key still goes', () => {
    expect(redact('Amina Yusuf\nStaff Nurse\n\nI moved to 4 Church Lane, Ennis, V95 T2K8 last year.')).toContain('[POSTCODE]');
    expect(found('Eircode: D6W 4XR8')).toEqual([['postcode', 'D6W 4XR8']]);
  });
});

describe("M12: a name in quotes is a body's only after the body's own words, never a person after a role", () => {
  test.each([
    // The review's probes: a job title between the body's word and the quote; a hospital as a common noun.
    ['Nominated by Ward Manager "Helen Marsh" for the Trust award.', 'Nominated by Ward Manager "[NAME 1]" for the Trust award.'],
    ['My mentor at the Hospital "Grace Oduya" taught me wound care.', 'My mentor at the Hospital "[NAME 1]" taught me wound care.'],
    // Near: a clinic lead quoted after the unit's word, in curly quotes.
    ['Thanked by Unit Lead “Joseph Adeyemi” at the Clinic review.', 'Thanked by Unit Lead “[NAME 1]” at the Clinic review.'],
  ])('%j', (line, expected) => {
    expect(redact(`Amina Yusuf\nStaff Nurse\n\n${line}`)).toBe(`[CANDIDATE]\nStaff Nurse\n\n${expected}`);
  });

  test('a hospital named after a person, its own words before the quote, stays', () => {
    expect(found('Worked at Spitalul Clinic Județean „Emil Cantacuzino” from 2015.').filter(([type]) => type === 'name')).toEqual([]);
  });
});
