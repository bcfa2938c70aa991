import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;
/** Each redaction as "type: original", to show exactly what went. */
const found = (text: string) => anonymise(text).redactions.map((r) => `${r.type}: ${r.original}`);

// Round 20 (helper anonymiser-30): readings from an audit of real, public CVs with contact lines,
// heading names and dated histories (Markdown CVs, web portfolios, PDFs read as one line). Fresh
// lines in our own words, none from those CVs, each with what must stay beside it.

describe('a label dressed by Markdown, a bullet or an icon is still a label', () => {
  test.each([
    ['Nia Okoro\n- Nationality: Ghanaian\n- Languages: Twi, English', 'Nationality: [NATIONALITY]'],
    ['Nia Okoro\n🎂 **Date of birth:** 03/02/1994', '🎂 **Date of birth:** [DATE OF BIRTH]'],
    ['Nia Okoro\n- **Marital status**: Divorced', '- **Marital status**: [MARITAL STATUS]'],
    ['Nia Okoro\n🏠 **Address:** Flat 2, Rose Court, Kumasi Road', '🏠 **Address:** [ADDRESS]'],
    ['Nia Okoro\n* __Religion__: Methodist', '* __Religion__: [RELIGION]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toContain(expected);
  });

  test('a field no rule names, in the same dress, stays', () => {
    expect(redact('Nia Okoro\n- **Languages:** Twi, English\n🩺 **Speciality:** Renal')).toBe('[CANDIDATE]\n- **Languages:** Twi, English\n🩺 **Speciality:** Renal');
  });
});

describe('a status about the right to work, written as a title', () => {
  test.each([
    ['Leeds | Student Visa Holder', 'Leeds | [IMMIGRATION STATUS]'],
    ['Bristol | Work Permit Holder', 'Bristol | [IMMIGRATION STATUS]'],
    // Its validity goes with it.
    ['Spouse Visa (valid to 2027)', '[IMMIGRATION STATUS]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a company called Visa, and work permits as HR work, stay', () => {
    expect(redact('I audited card fraud for Visa Europe.')).toBe('I audited card fraud for Visa Europe.');
  });
});

describe('a phone under its label, and a phone spaced by a PDF reader', () => {
  test.each([
    ['Ravi Menon\nMobile\n9845012346\nEmail', '[CANDIDATE]\nMobile\n[PHONE]\nEmail'],
    ['Ravi Menon\nPhone number:\n+91 98450 12345', '[CANDIDATE]\nPhone number:\n[PHONE]'],
    ['Contact me on +353 -87-4412093 today', 'Contact me on [PHONE] today'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('years, a count and a date under the label stay', () => {
    expect(redact('Phone\n2016 - 2019\nMobile\n4500 calls a month')).toBe('Phone\n2016 - 2019\nMobile\n4500 calls a month');
  });
});

describe('a PIN with a hyphen only after its first letter, after "PIN #"', () => {
  test('found', () => {
    expect(found('Registered nurse, NMC PIN # 14C-7781D')).toEqual(['registration-number: 14C-7781D']);
  });

  test('a ward and bay code with no register word near stays', () => {
    expect(redact('Moved to bay 11-A on ward 7 in 2019.')).toBe('Moved to bay 11-A on ward 7 in 2019.');
  });
});

describe('a driving licence or passport number, with its series letter apart', () => {
  test.each([
    ['Full driving licence K4471902 (clean)', 'Full driving licence [ID NUMBER] (clean)'],
    ['Passport: P 7730215', 'Passport: [ID NUMBER]'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a licence held since a year stays', () => {
    expect(redact('Full UK driving licence since 2008.')).toBe('Full UK driving licence since 2008.');
  });
});

describe('a grade that is also a given name, before a word and a role, is a job title', () => {
  test('kept', () => {
    expect(redact('Tomasz Wrona\n\nJunior Systems Analyst | Northgate Data')).toBe('[CANDIDATE]\n\nJunior Systems Analyst | Northgate Data');
  });

  test('the same given name before a surname is still a person', () => {
    expect(found('Tomasz Wrona\nReferee: Junior Bailey, Charge Nurse')).toContain('name: Junior Bailey');
  });
});

describe('a cell of a PDF read as one line is a contact place only near the contact details', () => {
  test('skills far from the e-mail stay', () => {
    const line = `Dana Levi dana.levi@example.com ${'Ran audits and teaching sessions on the unit. '.repeat(5)}• Clinical Governance - audit, risk • Extras - first aid`;
    expect(redact(line)).toContain('• Clinical Governance - audit, risk • Extras - first aid');
  });

  test('a town beside the e-mail still goes', () => {
    expect(redact('Dana Levi | Haifa | dana.levi@example.com')).toBe('[CANDIDATE] | [ADDRESS] | [EMAIL]');
  });
});

describe('a second family name after a spaced dash closing the heading', () => {
  test('taken with its particle', () => {
    expect(redact('Maria Luisa Reyes - Dela Cruz\nStaff Nurse\nmaria@example.com\nDela Cruz is my married name.')).toBe(
      '[CANDIDATE] - [CANDIDATE]\nStaff Nurse\n[EMAIL]\n[CANDIDATE] is my [MARITAL STATUS].',
    );
  });

  test('a role or a town after the dash stays', () => {
    expect(redact('Maria Reyes - Staff Nurse\nmaria@example.com')).toBe('[CANDIDATE] - Staff Nurse\n[EMAIL]');
  });
});

describe('a language with its level in brackets is a skill', () => {
  test.each(['Korean (Proficiency)', 'Spanish (Elementary)', 'Polish (Business)'])('%j', (text) => {
    expect(redact(`Languages\n${text}`)).toBe(`Languages\n${text}`);
  });

  test('a people in brackets after a nationality still goes with it', () => {
    expect(found('Nationality: Kenyan (Kikuyu)')).toEqual(['nationality: Kenyan (Kikuyu)']);
  });
});

describe('whose a contact detail is, and the writer as a parent’s child or an early parent', () => {
  test.each([
    ['Mobile 07700 900456 (my wife’s phone)', 'Mobile [PHONE] ([MARITAL STATUS])'],
    ['Being the daughter of two teachers, I love the classroom.', 'Being the [FAMILY], I love the classroom.'],
    ['I was a teenage dad and finished my access course at night.', 'I was [FAMILY] and finished my access course at night.'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('someone else’s child, or patients who are young parents, stay', () => {
    expect(redact('The daughter of a patient wrote to thank the ward. I ran a group for young mothers.')).toBe(
      'The daughter of a patient wrote to thank the ward. I ran a group for young mothers.',
    );
  });
});

describe('a handle named by its platform in Markdown, and a link’s target', () => {
  test.each([
    ['Oksana Hrytsenko\n- **GitHub:** 55120741', '- **GitHub:** [URL]'],
    ['Oksana Hrytsenko\nGitHub: oksana-h-dev', 'GitHub: [URL]'],
    ['Oksana Hrytsenko\n* GitHub: [oksanah91](https://github.com/oksanah91)', '* GitHub: [[URL]]([URL])'],
    ['Oksana Hrytsenko\n[My CV as a PDF](/files/oksana-hrytsenko-cv.pdf)', '[My CV as a PDF]([URL])'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toContain(expected);
  });

  test('a platform’s product, a word after a dash and an anchor stay', () => {
    expect(redact('I set up GitHub Actions and GitHub-based reviews; see [skills](#skills).')).toBe('I set up GitHub Actions and GitHub-based reviews; see [skills](#skills).');
  });
});

describe('a place marked as home in brackets', () => {
  test('goes', () => {
    expect(found('Countries worked in\n* Kenya (NGO posts)\n* Uganda (home country)')).toEqual(['origin: Uganda']);
  });
});
