import { describe, expect, it } from 'vitest';
import monthNames from '../../../lib/anonymise/data/month-names.json';
import { DATE_AT_START, DATE_START } from '../../../lib/anonymise/date-pattern';
import { findDatesOfBirth } from '../../../lib/anonymise/find-dates-of-birth';

// DATE_START must hold wherever DATE matches: find-dates-of-birth.ts runs its date-of-birth pattern only where a label
// stands before it, so a date it missed would be a date of birth left in.
const ENGLISH_MONTHS = ['January', 'Feb', 'March', 'Apr', 'May', 'June', 'Jul', 'August', 'Sept', 'Oct', 'November', 'Dec'];
const MONTHS = [...ENGLISH_MONTHS, ...Object.values(monthNames.groups).flat()];
const ORDINALS = ['first', 'second', 'third', 'ninth', 'tenth', 'eleventh', 'twelfth', 'nineteenth', 'twentieth', 'thirtieth', 'twenty-first', 'thirty first', 'twentysecond'];

/** Each form DATE reads, with each month and each day in words. */
function dates(): string[] {
  const found = ['14/03/1985', '14.03.85', '17/3/’90', '1985-03-14', '1988. 03. 14.', '03-IV-1988', '11 Rajab 1409 AH', '4 Tishrei 5754', "'90", '‘87', '1990'];
  for (const month of MONTHS) {
    found.push(`${month} 1985`, `${month} 14, 1985`, `14 ${month} 1985`, `14th of ${month}`, `03-${month}-1994`, `9 de ${month} de 1987`, `12. ${month} 1986`);
    for (const day of ORDINALS) found.push(`${day} of ${month}`, `${day} ${month} 1987`);
  }
  return found.flatMap((date) => [date, date.toUpperCase(), date.toLowerCase()]);
}

describe('DATE_START', () => {
  const start = new RegExp(`^${DATE_START}`, 'i');

  it('holds at the start of every form of date', () => {
    const read = dates().filter((date) => DATE_AT_START.test(date));
    expect(read.length).toBeGreaterThan(5000);
    expect(read.filter((date) => !start.test(date))).toEqual([]);
  });

  it('does not hold before a word that starts no date', () => {
    for (const word of ['need', 'ever', 'work', 'xyz', 'the']) expect(start.test(word), word).toBe(false);
  });
});

describe('the date of birth after a label, read only where a date may follow it', () => {
  it('reads the date after each kind of label', () => {
    const text = 'Née 4 May 1990. DOB: twenty-first of Ionawr. Born ’88. Geboren am 3. März 1979.';
    expect(findDatesOfBirth(text).map((s) => text.slice(s.start, s.end))).toEqual(['Née 4 May 1990', 'twenty-first of Ionawr', 'Born ’88', 'Geboren am 3. März 1979']);
  });

  it('reads nothing where words like the labels come before no date', () => {
    expect(findDatesOfBirth('We need a new nurse who was born to care; birthdays matter to us.')).toEqual([]);
  });
});
