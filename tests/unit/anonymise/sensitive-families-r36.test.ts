import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 36 (helper anonymiser-65): the families the tuned CVs still let through once the f35-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where an ordinary word stays.

describe('the name someone goes by, in a bracket after names no list holds (one mention with it)', () => {
  test.each([
    ['Priya Nair\nMentor (ward 4): Mukamana Josiane ("Josiane"), Band 6 Staff Nurse', 'Mentor (ward 4): [NAME 1], Band 6 Staff Nurse'],
    ['Priya Nair\nPeer review: Oluwadamilare Fasanya (Dami), Healthcare Assistant', 'Peer review: [NAME 1], Healthcare Assistant'],
    ['Priya Nair\nI supervised two students, Thitima Boonmee ("Tim") and Kerry Lowe.', 'I supervised two students, [NAME 1] and [NAME 2].'],
    [
      'Priya Nair\nOne of my preceptees, Niyonsaba Esperance (he asked us to call him Esperance), now leads the bay.',
      'One of my preceptees, [NAME 1] (they asked us to call them [NAME 1]), now leads the bay.',
    ],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(`[CANDIDATE]\n${expected}`);
  });

  test('a short name cut from no word before it, or after a body, stays', () => {
    const text = 'Priya Nair\nStroke Unit (Stroke), Royal Free (London) and Clinical Lead (Neuro) all stay, as do the Quality Improvement ("Quality") project and Band Five (Band) posts.';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });

  test('the name restated in a bracket after a titled name is one name', () => {
    expect(redact('Priya Nair\nReferences: Mr Hamish Mac an t-Saoir (Hamish MacIntyre), Charge Nurse')).toBe('[CANDIDATE]\nReferences: [NAME 1], Charge Nurse');
  });
});

describe('a given name that is also a word, set off before the person\'s age', () => {
  test('"allocated Blessing, a 23-year-old student" names her, and every later mention', () => {
    expect(redact('Priya Nair\nI was allocated Blessing, a 23-year-old student, and met Blessing at her hostel.')).toBe(
      '[CANDIDATE]\nI was allocated [NAME 1], a [AGE] student, and met [NAME 1] at their hostel.',
    );
  });

  test('a place or a word before an age stays', () => {
    expect(redact('Priya Nair\nLeeds, a city of 800,000, and Blessing in disguise.')).toBe('[CANDIDATE]\nLeeds, a city of 800,000, and Blessing in disguise.');
  });
});

describe('"Mama" and "Papa" as a form of address to an elder go with the name', () => {
  test('after a relation set off by commas', () => {
    expect(redact('Priya Nair\nHer aunt, Mama Odette, interpreted in Lingala. Her uncle, Papa Ngoy, drove her to clinic.')).toBe(
      '[CANDIDATE]\nTheir aunt, [NAME 1], interpreted in Lingala. Their uncle, [NAME 2], drove them to clinic.',
    );
  });

  test("a business's homely name and the words alone stay", () => {
    expect(redact("Priya Nair\nPapa John's Pizza sponsored the run. My mama taught me to cook.")).toBe("[CANDIDATE]\nPapa John's Pizza sponsored the run. My mama taught me to cook.");
  });
});

describe("the name someone goes by, told after the candidate's or another's name", () => {
  test("one word alone in a bracket after the candidate's name in capitals", () => {
    expect(redact('CV – Anastasiia Melnyk – Pharmacist\n\nANASTASIIA PETRIVNA MELNYK (Nastya)\nRegistered Pharmacist')).toBe(
      'CV – [CANDIDATE] – Pharmacist\n\n[CANDIDATE] ([CANDIDATE])\nRegistered Pharmacist',
    );
  });

  test('", known as …" after a supervisor is theirs, not the candidate\'s', () => {
    expect(redact('Priya Nair\n- Royal Brompton, lung clinic, 2023 (supervisor: Giedre Kazlauskiene Vaitkus, known as Gee)')).toBe(
      '[CANDIDATE]\n- Royal Brompton, lung clinic, 2023 (supervisor: [NAME 1], known as [NAME 1])',
    );
  });

  test('a partner\'s field after a sentence, and "calls me" in a bracket is still the writer\'s', () => {
    expect(redact('Priya Nair\nReferees available. Partner: Haukur Jónsson (also known as Hawk), a teacher.\nRunning club (everyone calls me Pri).')).toBe(
      '[CANDIDATE]\nReferees available. Partner: [NAME 1] (also known as [NAME 1]), a teacher.\nRunning club (everyone calls me [CANDIDATE]).',
    );
  });

  test('a partnership or a body after "Partner:" stays', () => {
    const text = 'Priya Nair\nPartner: Oakwood Surgery, 2015 to date. Partner: NHS Digital.';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });
});

describe('a name no list holds after a role, a post or a dash', () => {
  test.each([
    ['I mentored a newly qualified colleague, Tumaini Mwakasege (from Mbeya), through her first month.', 'I mentored a newly qualified colleague, [NAME 1] (from Mbeya), through their first month.'],
    ['Dr Ana Ruiz and ward manager Zainab Okonjo-Adeyemi will confirm this.', 'Dr [NAME 1] and ward manager [NAME 2] will confirm this.'],
    ['With my preceptor, Charge Nurse Yaaba Efua Mensah, I ran the clinic.', 'With my preceptor, Charge Nurse [NAME 1], I ran the clinic.'],
    ['The forum has two chairs – Tesfanesh Haile Gebre (Carers Network) and another.', 'The forum has two chairs – [NAME 1] (Carers Network) and another.'],
  ])('%j', (text, expected) => {
    expect(redact(`Priya Nair\n${text}`)).toBe(`[CANDIDATE]\n${expected}`);
  });

  test("a register after the GP's letters stays", () => {
    const text = 'Priya Nair\nI am on the GP Performers List (NHS England) and the Dental Performers List.';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });
});

describe("a heading name in Markdown's bold", () => {
  test("in a table's first cell, in capitals", () => {
    expect(redact('| **WANJIRU NJOROGE KAMAU** | Occupational Therapist |\n| --- | --- |\n| HCPC OT71234 | wanjiru.k@example.com |')).toBe(
      '| **[CANDIDATE]** | Occupational Therapist |\n| --- | --- |\n| HCPC [REGISTRATION NUMBER] | [EMAIL] |',
    );
  });

  test('a bold heading that is no name stays', () => {
    const text = '**Profile**\nOccupational therapist in community neuro rehab.';
    expect(redact(text)).toBe(text);
  });
});

describe('identifiers after a label the lists lacked', () => {
  test('a locum or agency ID and an Army number', () => {
    expect(redact('Priya Nair\nBank shifts (via NHS Professionals, agency ID NP-48213), Ward 7\nAfter twelve years in the Royal Logistic Corps (Army number 25093817) I retrained.')).toBe(
      '[CANDIDATE]\nBank shifts (via NHS Professionals, agency ID [ID NUMBER]), Ward 7\nAfter twelve years in the Royal Logistic Corps (Army number [ID NUMBER]) I retrained.',
    );
  });

  test('the words with no code after them stay', () => {
    const text = 'Priya Nair\nThe agency ID badge and the Army number drills stay, as does Army number 3 platoon.';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });
});

describe("a Windows path into a user's folder goes whole, whatever its file is called", () => {
  test('to the extension, blanks and brackets in the file name too', () => {
    expect(redact('D:\\Users\\kofi.mensah\\Desktop\\NHS jobs\\Statement (final).pdf\n\nKofi Mensah')).toBe('[URL]\n\n[CANDIDATE]');
  });

  test("a shared folder's path stays", () => {
    const text = 'Priya Nair\nTemplates are under C:\\Program Files\\Office\\Templates\\Letter.docx for all staff.';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });
});

describe('a nationality field with two nationalities, and a demonym opening a column', () => {
  test('"Nationality Irish, Nigerian" in a row of unmarked fields', () => {
    expect(redact('Priya Nair\nGender Female | Date of birth 02/05/1991 | Nationality Irish, Nigerian')).toBe(
      '[CANDIDATE]\nGender [GENDER] | Date of birth [DATE OF BIRTH] | Nationality [NATIONALITY]',
    );
  });

  test('a demonym and its people in a merged column', () => {
    expect(redact('Priya Nair\n▪ Led the falls audit across two wards          Kenyan (Kalenjin)\n')).toBe('[CANDIDATE]\n▪ Led the falls audit across two wards          [NATIONALITY]\n');
  });

  test('other fields in such a row, and a language after its label, stay', () => {
    const text = 'Priya Nair\nRole Staff Nurse | Ward Oak, Elm and Ash | Team Blue\nLanguages spoken in clinic:          Punjabi (Gurmukhi)';
    expect(redact(text)).toBe(`[CANDIDATE]${text.slice('Priya Nair'.length)}`);
  });
});
