import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 37 (helper anonymiser-68): the families the tuned CVs still let through once the f36-* CVs joined them, read by
// general rules. Fresh lines in our own words, none from the corpus, each with a near case where the panel's word stays.

describe('a district and its town before an outward code on the contact line', () => {
  test.each([
    ['Tomasz Wrona\nt.wrona@example.org · 07700 900 615 · Moseley, Birmingham B13\n\nPROFILE\nBand 6 physiotherapist.', '[CANDIDATE]\n[EMAIL] · [PHONE] · [ADDRESS]\n\nPROFILE\nBand 6 physiotherapist.'],
    ['Efua Mensah\nMobile 07700 900 271  |  efua.m@example.com  |  Kings Heath, Birmingham, B14\n', '[CANDIDATE]\nMobile [PHONE]  |  [EMAIL]  |  [ADDRESS]\n'],
    ['Rhys Bowen\nrhys.b@example.net • 07700 900 330 • Cardiff CF24\n', '[CANDIDATE]\n[EMAIL] • [PHONE] • [ADDRESS]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a post and its grade, or a job beside a town, stay', () => {
    expect(redact('Rhys Bowen\nrhys.b@example.net · 07700 900 330 · Registrar ST4\n')).toBe('[CANDIDATE]\n[EMAIL] · [PHONE] · Registrar ST4\n');
    expect(redact('Rhys Bowen\nrhys.b@example.net · 07700 900 330 · Ward Manager, Leeds LS6\n')).toBe('[CANDIDATE]\n[EMAIL] · [PHONE] · Ward Manager, Leeds [POSTCODE]\n');
  });
});

describe("a relative's label opening a field goes with the name after it", () => {
  test.each([
    ['PERSONAL\nFather: Matiss Ozols (emergency contact)\n', 'PERSONAL\n[FAMILY]: [NAME 1] (emergency contact)\n'],
    ['Driving licence. Partner: Bogdan Ionescu (a porter at the same trust).', 'Driving licence. [MARITAL STATUS]: [NAME 1] (a porter at the same trust).'],
    ['OTHER\nMother (emergency only): Daw Khin Myo, 07700 900 442\n', 'OTHER\n[FAMILY]: [NAME 1], [PHONE]\n'],
  ])('%j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a partnership, a ward sister\'s post and a mother tongue stay', () => {
    const text = 'EXPERIENCE\nPartner: Riverside Surgery, 2015–2020\nSister: Ward 7, 2012–2014\nMother Tongue: Tamil\n';
    expect(redact(text)).toBe(text);
  });
});
