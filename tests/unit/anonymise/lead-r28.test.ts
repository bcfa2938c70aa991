import { describe, expect, it } from 'vitest';
import { anonymise } from '@/lib/anonymise';

// Round 28 (lead, from what the unseen f28 set showed): each form in other words than the documents
// that showed it, with what must stay.

const HEAD = 'Dr Farah Siddiqui\nSpecialty Doctor\n\nI work in the emergency department.\n\n';
const BODY = 'Dr [CANDIDATE]\nSpecialty Doctor\n\nI work in the emergency department.\n\n';

describe('f28: contact details in the forms forms and PDFs give them', () => {
  it.each([
    // Two messaging platforms named for one username.
    ['Telegram / WhatsApp: farah.sid.85\n', 'Telegram / WhatsApp: [URL]\n'],
    ['Viber/Signal: f.siddiqui.07\n', 'Viber/Signal: [URL]\n'],
    // A postcode whose halves a form's fields padded with two blanks.
    ['Address: 14 Mill Lane, Leeds LS6  2QT\n', 'Address: [ADDRESS] [POSTCODE]\n'],
    // A link broken after its last "=", the value opening the next line.
    ['Portfolio: https://farah.example.org/work?src=cv&medium=\nemail (copy the whole link)\n', 'Portfolio: [URL] (copy the whole link)\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(HEAD + text).text).toBe(BODY + expected);
  });

  it.each([
    // A ward's code and a count, two blanks apart, is no postcode.
    ['Ward B2  4 beds were closed for cleaning.\n'],
    // Words after two platforms' names, not a username.
    ['Telegram / WhatsApp: use the mobile number above\n'],
    // A link ending in "=" at the end of a paragraph, with a sentence after a blank line.
    ['Survey: https://farah.example.org/s?id=\n\nI also teach on the nursing degree.\n'],
  ])('keeps %j', (text) => {
    const out = anonymise(HEAD + text).text;
    expect(out.slice(BODY.length)).toBe(text.replace(/https:\S+/, '[URL]'));
  });
});

describe('f28: the candidate\'s name in the forms headings and forms give it', () => {
  it.each([
    // A name in Latin letters with the same name in a script without capitals after it.
    ['Mei LAU Ka-yan 劉嘉欣  MSc\nPodiatrist\n\nMei trained in Hong Kong.\n', '[CANDIDATE]  MSc\nPodiatrist\n\n[CANDIDATE] trained in Hong Kong.\n'],
    // The other script's surname joined by a hyphen.
    ['Yael Cohen-Levi יעל כהן-לוי\nPractice Nurse\n\nI trained in Haifa.\n', '[CANDIDATE]\nPractice Nurse\n\nI trained in Haifa.\n'],
    // A form printed to text, its values after leaders of dots, with the name in another script as a field of its own.
    [
      'APPLICATION FORM\nForename(s) ....... Tomasz\nSurname .......... Wiśniewski\nName in own script . Томаш Вишневський\n\nTomasz has worked as a porter since 2019.\n',
      'APPLICATION FORM\nForename(s) ....... [CANDIDATE]\nSurname .......... [CANDIDATE]\nName in own script . [CANDIDATE]\n\n[CANDIDATE] has worked as a porter since 2019.\n',
    ],
    // A generation's suffix closing the heading goes with the name, though it is no part of it (round 28's review, S5).
    ['Tomás Reyes III\nHealthcare Assistant\n\nI trained in Leeds.\n', '[CANDIDATE]\nHealthcare Assistant\n\nI trained in Leeds.\n'],
  ])('%j', (text, expected) => {
    expect(anonymise(text).text).toBe(expected);
  });

  it('keeps a form\'s other fields after leaders of dots', () => {
    const text = 'Forename(s) ....... Tomasz\nSurname .......... Wiśniewski\nBand ............. 6\nPost ............. Porter\n';
    expect(anonymise(text).text).toBe('Forename(s) ....... [CANDIDATE]\nSurname .......... [CANDIDATE]\nBand ............. 6\nPost ............. Porter\n');
  });
});

describe('f28: a birth year named in the cycle on a form\'s line', () => {
  it('reads "Born Year of the …" without "in the"', () => {
    expect(anonymise(`${HEAD}Born Year of the Rooster (1993)\n`).text).toBe(`${BODY}Born [DATE OF BIRTH] ([DATE OF BIRTH])\n`);
  });
  it('keeps the festival', () => {
    expect(anonymise(`${HEAD}We ran a Year of the Rooster lunch for the ward.\n`).text).toBe(`${BODY}We ran a Year of the Rooster lunch for the ward.\n`);
  });
});
