import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/anonymise';

const redact = (text: string) => anonymise(text).text;

// Round 42 (lead): a date on the line above an e-mail address is not the start of an address the layout wrapped.

describe('a date or number ending the line above an e-mail address', () => {
  test('keeps its own label and line: the date is a date of birth, the address an e-mail', () => {
    expect(redact('Born: 03.07.1985\nmo.farouk@example.com\n')).toBe('Born: [DATE OF BIRTH]\n[EMAIL]\n');
  });
  test('a dotted local part the column wrapped is still joined to its address', () => {
    expect(redact('Contact\nsam.k.\nokafor@example.com\n')).toBe('Contact\n[EMAIL]\n');
  });
});
