import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
const found = (text: string) => anonymise(text).redactions.map(({ type, original }) => [type, original]);

// Round 29 (helper anonymiser-46): what the unseen f29-* documents let through or took out, mended by general readings.
// Fresh lines in our own words, none from the set, each with what must stay beside it.

describe('registration numbers: the number goes, the register a panel needs stays', () => {
  test.each([
    // HCPC's letters and seven digits near its name, as a number retyped with an extra digit.
    ['HCPC: Radiographer RA 0481337 (first registered 2018)', 'HCPC: Radiographer [REGISTRATION NUMBER] (first registered [YEAR])', 'RA 0481337'],
    ['Registered with the HCPC as a paramedic, PA 1123344.', 'Registered with the HCPC as a paramedic, [REGISTRATION NUMBER].', 'PA 1123344'],
    // An NMC PIN with a blank between every character, as typed into a form's boxes.
    ['NMC PIN: 1 4 C 0 5 5 8 A', 'NMC PIN: [REGISTRATION NUMBER]', '1 4 C 0 5 5 8 A'],
    ['I am on the NMC register (PIN 0 7 Y 3 3 1 0 C) and revalidated in 2024.', 'I am on the NMC register (PIN [REGISTRATION NUMBER]) and revalidated in 2024.', '0 7 Y 3 3 1 0 C'],
    // Registers abroad by their letters, or a profession's council named beside the number.
    ['Seven years in Wellington (Nursing Council of New Zealand, NCNZ 218804) before moving here.', 'Seven years in Wellington (Nursing Council of New Zealand, NCNZ [REGISTRATION NUMBER]) before moving here.', '218804'],
    ['Earlier I practised in Perth (AHPRA NMW0002231187) on a surgical ward.', 'Earlier I practised in Perth (AHPRA [REGISTRATION NUMBER]) on a surgical ward.', 'NMW0002231187'],
    // Digits grouped by dots after a council's letters and its state's.
    ['Former registration: COREN-SP 203.114 (nursing council, Brazil)', 'Former registration: COREN-SP [REGISTRATION NUMBER] (nursing council, Brazil)', '203.114'],
  ])('%j', (text, expected, number) => {
    expect(redact(text)).toBe(expected);
    expect(found(text).filter(([type]) => type === 'registration-number')).toEqual([['registration-number', number]]);
  });

  test('a code of capitals and digits straight after a register abroad, beside the HCPC number', () => {
    expect(found('CORU OT031177 | HCPC OT 51882')).toEqual([
      ['registration-number', 'OT031177'],
      ['registration-number', 'OT 51882'],
    ]);
  });

  test("a list of registrations, one a line: a council's letters and a number under a line that names a register", () => {
    const text = 'REGISTRATIONS\nNMC PIN 18C1234D\nKNMC 55210                 Staff Nurse, 2016–2019\n';
    expect(redact(text)).toBe('REGISTRATIONS\nNMC PIN [REGISTRATION NUMBER]\nKNMC [REGISTRATION NUMBER]                 Staff Nurse, 2016–2019\n');
    expect(redact('Registration\nGMC 7012345\nPMDC 88123\n')).toBe('Registration\nGMC [REGISTRATION NUMBER]\nPMDC [REGISTRATION NUMBER]\n');
  });

  test.each([
    'The Nursing Council audit covered 1,250 nurses and 2.500 visits in 2019.',
    // A year is no number of a register's: the line under it is no registration.
    'Results\nNMC audits 2019 results\nQA 1234\n',
    'HCPC registered (radiographer); I saw 1250 patients a year.',
    'The practice has 12.500 patients and an HCPC-registered paramedic.',
  ])('counts, years and a register named alone stay: %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('dates of birth with East Asian marks, and an era named in brackets after one', () => {
  test.each([
    ['Born 昭和63年1月5日 (Showa 63) in Kobe.', '[DATE OF BIRTH] in [PLACE OF ORIGIN].', 'Born 昭和63年1月5日 (Showa 63)'],
    ['Date of birth: 1991年8月3日', 'Date of birth: [DATE OF BIRTH]', '1991年8月3日'],
    ['Date of birth: 1989년 3월 7일', 'Date of birth: [DATE OF BIRTH]', '1989년 3월 7일'],
  ])('%j', (text, expected, date) => {
    expect(redact(text)).toBe(expected);
    expect(found(text).filter(([type]) => type === 'date-of-birth')).toEqual([['date-of-birth', date]]);
  });

  test('a date so written with no birth beside it is no date of birth', () => {
    expect(found('Qualified 2012年3月 at Osaka University Hospital.')).toEqual([['year', '2012']]);
  });
});

describe('a display name of a given name and an initial after a messaging platform', () => {
  test.each([
    ['E   jana.novak@example.cz      Signal: Ilinka P.\nPhone 07700 900123', 'E   [EMAIL]      Signal: [URL]\nPhone [PHONE]', 'Ilinka P.'],
    ['Baasan Dorj | Teams: Baasan D. | Telegram: t.me/baasan_d', '[CANDIDATE] | Teams: [URL] | Telegram: [URL]', 'Baasan D.'],
    ['Zoom: Maria K., Thursdays after clinic', 'Zoom: [URL], Thursdays after clinic', 'Maria K.'],
  ])('%j', (text, expected, handle) => {
    expect(redact(text)).toBe(expected);
    expect(found(text).filter(([type]) => type === 'url')[0]).toEqual(['url', handle]);
  });

  test("a team's or a ward's word with a letter stays", () => {
    const text = 'Teams: Renal A.\nTeams: Ward B.';
    expect(redact(text)).toBe(text);
  });
});

describe('what a panel needs stays', () => {
  test("a tab after a nickname's bracket ends the name's cell: the job title in the next cell stays", () => {
    const text = 'Ana Pop (Anca)\t\tAnatomical Pathology Technologist\nMob. 07700 900591\n';
    expect(redact(text)).toBe('[CANDIDATE]\t\tAnatomical Pathology Technologist\nMob. [PHONE]\n');
    expect(found('Chukwuemeka (Emeka) Obi leads the team.')).toEqual([['name', 'Chukwuemeka (Emeka) Obi']]);
  });

  test("a staff network named in brackets after the person who chairs it is their role, and stays", () => {
    const text = 'I set up the networks with their chairs – Yaw Darko (Race Equality Staff Network) and Mei Lin (Disability and Carers Network) – and report quarterly.';
    expect(redact(text)).toBe('I set up the networks with their chairs – [NAME 1] (Race Equality Staff Network) and [NAME 2] (Disability and Carers Network) – and report quarterly.');
  });

  test("the writer's own membership of a network still goes", () => {
    expect(redact('I am a member of the BAME Staff Network and the Disability Network.')).toBe('I am a member of the [ETHNICITY] and the [HEALTH].');
  });
});

describe('names by family and layout', () => {
  test("Catalan 'i' joins two surnames, as Spanish 'y' does; a lower-case 'i' in prose stays", () => {
    expect(redact('My mentor was Núria Vidal i Soler, a senior sonographer.')).not.toMatch(/Núria|Vidal|Soler/);
    const text = 'Dear Sir, i am writing to apply. i think i can help.';
    expect(redact(text)).toBe(text);
  });

  test("a Markdown heading's marks before the name, and the CV's file name kept as Markdown", () => {
    expect(redact('# Inês Moura da Costa Pereira dos Reis\n### Radiographer\n\nI trained with Inês in Porto.\n')).toBe('# [CANDIDATE]\n### Radiographer\n\nI trained with [CANDIDATE] in Porto.\n');
    expect(redact('CV\nIlinka Moura\nNurse\n\n*ilinka-moura-cv.md · last edited 3 May*')).toBe('CV\n[CANDIDATE]\nNurse\n\n*[CANDIDATE] · last edited 3 May*');
    const text = 'See README.md and notes.md for the audit.';
    expect(redact(text)).toBe(text);
  });

  test("a title with a note on its version, then a name in another script and its transliteration after a slash", () => {
    const text = 'CURRICULUM VITAE (translation from Ukrainian)\nПЕТРЕНКО Оксана Іванівна / PETRENKO Oksana Ivanivna\nNurse at Leeds\nOksana led the clinic.\n';
    expect(redact(text)).toBe('CURRICULUM VITAE (translation from Ukrainian)\n[CANDIDATE] / [CANDIDATE]\nNurse at Leeds\n[CANDIDATE] led the clinic.\n');
  });

  test("a referee listed surname first, a father's name after the given name, then a dash to the post", () => {
    const text = 'Referees            WORKU, Hiwot Abebe – Lead Dietitian, UHL – hiwot.worku@example.org\n';
    expect(redact(text)).toBe('Referees            [NAME 1] – Lead Dietitian, UHL – [EMAIL]\n');
  });

  test('a heading name in capitals broken across a line by a hyphen', () => {
    expect(found('ROSEN GEORGIEV IVA-\nNOV\nTechnician\n')).toEqual([['name', 'ROSEN GEORGIEV IVA-\nNOV']]);
  });

  test('a LinkedIn profile saved as PDF names the candidate in its footer, and the nickname follows', () => {
    const text = 'Contact\nwww.linkedin.com/in/x\nTop Skills\nDysphagia\nHalima Bello Sani\nSpecialist Dietitian at Leeds\nSummary\nKnown as Hali to most of the team. I lead.\nHalima Bello Sani - LinkedIn        Page 1 of 2\n';
    expect(redact(text)).toBe('Contact\n[URL]\nTop Skills\nDysphagia\n[CANDIDATE]\nSpecialist Dietitian at Leeds\nSummary\nKnown as [CANDIDATE] to most of the team. I lead.\n[CANDIDATE] - LinkedIn        Page 1 of 2\n');
    const post = 'Team brief\nWard 12 audit - LinkedIn post\n';
    expect(redact(post)).toBe(post);
  });

  test("a particle has no initial in the candidate's dotted signature, in capitals too", () => {
    expect(redact('Full name:   NUR FARAH BINTI RAZAK\nI run payroll.\nSignature       N.F.R. / Nur F.\n')).toBe('Full name:   [CANDIDATE]\nI run payroll.\nSignature       [CANDIDATE] / [CANDIDATE]\n');
    expect(redact('Full name:   Nur Farah binti Razak\nNotes signed N.F.R. and N.F.B.R.\n')).toBe('Full name:   [CANDIDATE]\nNotes signed [CANDIDATE] and N.F.B.R.\n');
  });
});
