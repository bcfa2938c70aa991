import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';
import { propertyRuns } from '../../property-runs';

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

/** Hides invisible characters between the characters of a value (never at its edges). */
const sprinkled = (value: string) =>
  fc.array(fc.tuple(fc.nat(value.length - 2), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }).map((inserts) => {
    let out = value;
    for (const [at, c] of [...inserts].sort((a, b) => b[0] - a[0])) out = `${out.slice(0, at + 1)}${c}${out.slice(at + 1)}`;
    return out;
  });

const letters = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

/** Identifiers as CVs write them, each with the placeholder it must become. */
const identifier = fc.oneof(
  fc.tuple(letters(2, 8), letters(2, 8), fc.constantFrom('example.com', 'nhs.net', 'example.co.uk')).map(([a, b, d]) => `${a}.${b}@${d}`),
  digits(6).map((d) => `07700 ${d.slice(0, 3)}${d.slice(3, 6)}`),
  fc.constantFrom('LS6 2AB', 'M1 1AA', 'SW1A 1AA', 'EC1A 1BB', 'BT9 7HX', 'CF24 3EF', 'ls1 4ab'),
  fc.constantFrom('943 476 5919', '401 023 2137', '221 395 1837'),
  fc.constantFrom('JT 48 27 91 B', 'AB123456C', 'PR 12 36 12 C'),
  letters(3, 10).map((s) => `linkedin.com/in/${s}`),
);

const filler = fc.constantFrom(
  'I run the diabetes clinic on Tuesdays.',
  'Band 6 Staff Nurse with NMC registration.',
  'Completed the MSc Advanced Clinical Practice.',
  'EMIS Web and SystmOne daily.',
  'Contact me on',
  'Reference available from',
  '',
);

/** A CV of random filler lines with identifiers (some with invisible characters inside) put in. */
const cv = fc.tuple(fc.array(fc.tuple(filler, identifier, fc.boolean()), { minLength: 1, maxLength: 6 })).chain(([rows]) =>
  fc.tuple(...rows.map(([line, id, hide]) => (hide ? sprinkled(id) : fc.constant(id)).map((shown) => ({ line, id, shown })))),
);

describe('anonymise on generated CVs', () => {
  test('no generated identifier survives, even with invisible characters inside it', () => {
    fc.assert(
      fc.property(cv, (rows) => {
        const text = `Profile\n${rows.map((r) => `${r.line} ${r.shown}.`).join('\n')}`;
        const out = anonymise(text).text;
        for (const { id, shown } of rows) {
          expect(out).not.toContain(id);
          expect(out).not.toContain(shown);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 30_000);

  test('anonymising is idempotent: a second pass changes nothing', () => {
    fc.assert(
      fc.property(cv, (rows) => {
        const text = `Profile\n${rows.map((r) => `${r.line} ${r.shown}.`).join('\n')}`;
        const once = anonymise(text).text;
        expect(anonymise(once).text).toBe(once);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 30_000);

  test('any string: never throws, and the redactions rebuild the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: fc.constantFrom('a', 'A', ' ', '\n', '.', '@', '0', '7', 'Dr ', 'Mrs ', 'Amina ', 'she ', '\u200b', ':', '-', 'LS6 2AB') }), (text) => {
        const doc = anonymise(text);
        let rebuilt = doc.text;
        for (const r of [...doc.redactions].reverse()) rebuilt = rebuilt.slice(0, r.start) + r.original + rebuilt.slice(r.end);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 30_000);
});
