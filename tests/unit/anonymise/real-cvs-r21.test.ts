import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** Each redaction as "type: original", to show exactly what went. */
const found = (text: string) => anonymise(text).redactions.map((r) => `${r.type}: ${r.original}`);

// Round 21 (helper anonymiser-31): readings from an audit of 32 real, public CVs, staff profiles and
// statements from sources not used before (practice and hospital staff pages, team pages, portfolio
// sites, an expert roster). Fresh lines in our own words, none from those texts, each with what must stay beside it.

describe('a given name with a register’s letters after it, alone on a staff list', () => {
  test.each([
    ['Keira RDN\nDental Nurse\n\nMaeve RDN\nDental Nurse', '[NAME 1] RDN\nDental Nurse\n\n[NAME 2] RDN\nDental Nurse'],
    ['On the late shift I handed over to Rosalind RGN.', 'On the late shift I handed over to [NAME 1] RGN.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a word-like given name before letters stays a word, and the letters stay', () => {
    expect(redact('Grace RGN training day\nPractice RDN cover')).toBe('Grace RGN training day\nPractice RDN cover');
  });
});

describe('an abbreviated given name after a title goes with the name', () => {
  test.each([
    ['Dr. Md. Shafiqul Alam leads the ward round.', 'Dr. [NAME 1] leads the ward round.'],
    ['Referee: Dr Mohd. Hafiz Zulkifli, consultant', 'Referee: Dr [NAME 1], consultant'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('"MD." ending a sentence still ends it', () => {
    expect(redact('I completed my MD. Then I moved to Leeds.')).toBe('I completed my MD. Then I moved to Leeds.');
  });
});

describe('a first line of ordinary words is the name when the e-mail address spells it', () => {
  test('"Knowledge Phiri" with knowledgephiri@…', () => {
    expect(redact('Knowledge Phiri\nKnowledge Phiri is a radiographer.\nknowledgephiri@example.com')).toBe('[CANDIDATE]\n[CANDIDATE] is a radiographer.\n[EMAIL]');
  });

  test('family name first, and the ordinary word elsewhere stays', () => {
    expect(redact('Banda Memory\nbanda.memory90@example.org\n\nMemory clinic experience\nI ran a memory clinic.')).toBe(
      '[CANDIDATE]\n[EMAIL]\n\nMemory clinic experience\nI ran a memory clinic.',
    );
  });

  test('an address that spells other words, or a line with post-nominals, names no one', () => {
    expect(redact('Ward Manager\nwardmanager@example.com')).toBe('Ward Manager\n[EMAIL]');
    expect(found('Patience Gumbo RMN\npatience.gumbo.rmn@example.com')).toEqual(['name: Patience Gumbo', 'email: patience.gumbo.rmn@example.com']);
  });
});

describe('names the candidate gives as another', () => {
  test('"Also known as:" with a colon', () => {
    expect(redact('Siti Rahmawati Putri\nAlso known as: Wati')).toBe('[CANDIDATE]\nAlso known as: [CANDIDATE]');
  });

  test('a middle name that is an ordinary word in a Southern African tradition', () => {
    expect(redact('Tawanda Mlambo\nEnrolled nurse\n\nTawanda Innocent Mlambo trained in Bulawayo.')).toBe('[CANDIDATE]\nEnrolled nurse\n\n[CANDIDATE] trained in Bulawayo.');
    // The word stays a word: "an innocent mistake".
    expect(redact('It was an innocent mistake.')).toBe('It was an innocent mistake.');
  });

  test('Indonesia’s nursing title "Ns." stays before the name, as "Dr" does', () => {
    expect(redact('Ns. Dewi Lestari Wulandari\nInpatient nurse')).toBe('Ns. [CANDIDATE]\nInpatient nurse');
  });
});

describe('a web page’s heading is no name', () => {
  test('"Clinic Schedule" above the doctor’s titled name', () => {
    expect(found('Department of Surgery\nClinic Schedule\nMonday\n\nDr. Farhana Yasmin\nMBBS')).toEqual(['name: Farhana Yasmin']);
  });
});

describe('letters of a pronoun in capitals that are an abbreviation', () => {
  test.each([
    ['HIS Analyst, Riverside Hospital', 'HIS Analyst, Riverside Hospital'],
    ['I trained staff on the HIS and the SHE Lead signed it off.', 'I trained staff on the HIS and the SHE Lead signed it off.'],
    ['Dip HE Dental Nursing (HE) 2019', 'Dip HE Dental Nursing (HE) 2019'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a pronoun in capitals among capitals, or alone, is still rewritten', () => {
    expect(redact('SHE IS OUR LEAD NURSE. I thanked HER.')).toBe('THEY ARE OUR LEAD NURSE. I thanked THEM.');
  });
});

describe('a saint’s "St." and an owner’s business are no person', () => {
  test.each([
    ["Staff nurse, St. Bernadette's Hospital, Cebu", "Staff nurse, St. Bernadette's Hospital, Cebu"],
    ["MSc, St. Andrew's University", "MSc, St. Andrew's University"],
    ["Pharmacist, Hughes's Pharmacy, Wrexham", "Pharmacist, Hughes's Pharmacy, Wrexham"],
    ["Dispenser at Kareem's Chemists", "Dispenser at Kareem's Chemists"],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a street’s "St." before a sentence, and a person’s own team, still name the person', () => {
    expect(redact('I lived on Quarry St. Agnes visited daily.')).toContain('[NAME 1] visited daily.');
    expect(redact("I joined Agnes's team, then Mrs Kareem's Practice.")).toBe("I joined [NAME 1]'s team, then [NAME 2]'s Practice.");
  });
});

describe('a faith or a people in the name of a university, a course or a professional body', () => {
  test.each([
    'BSc Nursing, Eastfield Catholic University',
    'MSc Islamic Banking, International Islamic University',
    'Certificate IV in Training, Canadian Learning Group',
    'Member, New Zealand Physiotherapy Association; Ghanaian Medical Association',
    'Diploma, Our Lady of Lourdes College of Nursing',
  ])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a place of worship, a faith told and a people’s own network still go', () => {
    expect(redact('I volunteer at the Holy Trinity Church and I am a devout Catholic.')).toBe('I volunteer at the [RELIGION] and I am a [RELIGION].');
    expect(redact('Treasurer of the Ghanaian Nurses Association UK')).toBe('Treasurer of the [ETHNICITY]');
  });
});

describe('bank details a signature or a form carries', () => {
  test('an account number and a sort code after their labels', () => {
    expect(redact('Payee: Ms Orla Brennan\nAccount number: 63019284\nSort code: 20-45-77')).toBe('Payee: [NAME 1]\nAccount number: [ID NUMBER]\nSort code: [ID NUMBER]');
  });

  test('a date and a sort code named as a topic stay', () => {
    expect(redact('Started 14-03-22; I taught sort code checks to new starters.')).toBe('Started 14-03-22; I taught sort code checks to new starters.');
  });
});

describe('a label alone on its line, its value on the next', () => {
  test.each([
    ['Phone\n[PHONE]\nLocation\nRoom 4, Nurses’ Hostel, Mayo Road, Lahore', 'Location\n[ADDRESS]'],
    ['Nationality\nKenyan\nLanguages\nSwahili, English', 'Nationality\n[NATIONALITY]\nLanguages\nSwahili, English'],
    // Two columns merged line by line: only the first cell is the value.
    ['Address\n7 Ffordd y Llan       PROFILE', 'Address\n[ADDRESS]       PROFILE'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toContain(expected);
  });

  test('a job’s "Title" column, a menu’s "Home" and a label under a label stay', () => {
    expect(redact('Title\nStaff Nurse\nHome\nAbout\nNationality\nLanguages')).toBe('Title\nStaff Nurse\nHome\nAbout\nNationality\nLanguages');
  });
});

describe('a relative listed after the spouse shares the writer’s "my"', () => {
  test.each([
    ['I live with my partner and daughter in Hull.', 'I live with [MARITAL STATUS] and [FAMILY] in Hull.'],
    ['We came with my husband, Kwesi and son, Kojo.', 'We came with [MARITAL STATUS], [NAME 1] and [FAMILY], [NAME 2].'],
    // A word-like name then counts as one too.
    ['I moved with my wife, Ama and daughter, Adwoa.', 'I moved with [MARITAL STATUS], [NAME 1] and [FAMILY], [NAME 2].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('colleagues after a partner, and a ward sister, are no family', () => {
    expect(redact('I trained with my practice partner and colleagues. The ward sister and son of a patient spoke.')).toBe(
      'I trained with my practice partner and colleagues. The ward sister and son of a patient spoke.',
    );
  });
});

describe('a referee known by one name in a table of references', () => {
  test('the first cell of the line', () => {
    expect(redact('References\nMutale\tdeputy manager\t07700 900456')).toBe('References\n[NAME 1]\tdeputy manager\t[PHONE]');
  });

  test('"Available on request" stays', () => {
    expect(redact('References\nAvailable\ton request')).toBe('References\nAvailable\ton request');
  });
});

describe('where the writer is from, and coming to the UK, told in their own words', () => {
  test.each([
    ['I am a caring mental health nurse from Zimbabwe.', 'I am a caring mental health nurse from [PLACE OF ORIGIN].'],
    ['I was sponsored by my employer to immigrate to the UK in 2016.', 'I was sponsored by my employer to [IMMIGRATION STATUS].'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a university or a ward the writer is from stays', () => {
    expect(redact('I am a student nurse from Leeds Beckett University. I am a nurse from Ward 6.')).toBe(
      'I am a student nurse from Leeds Beckett University. I am a nurse from Ward 6.',
    );
  });
});

describe('a word-like given name after a place in a table’s cells is the word', () => {
  test.each(['Staff nurse, Mission Hospital, Mutare\tPrevious', 'Locum, Bwalya Clinic, Ndola\tPresent'])('%j stays', (text) => {
    expect(redact(text)).toBe(text);
  });

  test('a family name before a given name no list marks as a word is still a name', () => {
    expect(redact('Referee: Mukuka Chileshe, ward manager')).toBe('Referee: [NAME 1], ward manager');
  });
});
