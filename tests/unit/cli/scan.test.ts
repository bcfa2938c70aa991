import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DOCUMENT_MESSAGES } from '@/lib/documents';
import { main } from '@/lib/cli/main';
import { scanOutputSchema, scanSummarySchema } from '@/lib/cli/scan-output';
import { fakeIo } from './fake-io';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EMAIL = readFileSync(path.join(ROOT, 'tests/fixtures/emails/to-the-partners.txt'), 'utf8');
const ADVERT = readFileSync(path.join(ROOT, 'tests/fixtures/adverts/dental-nurse.txt'), 'utf8');
/** The dental nurse advert: its duties under "You will:" end with the list; the paragraph after it is not a duty. */
const READABILITY = {
  readingAge: 14,
  band: 'above',
  summary: 'Reading age about 14: a little harder than NHS guidance suggests (NHS guidance is a reading age of 9 to 11).',
  grades: { automatedReadability: 7.3, colemanLiau: 11 },
  words: 220,
  sentences: 23,
  longSentences: 0,
  longestSections: [
    { title: 'You will', start: 316, end: 847, words: 76 },
    { title: 'What we offer', start: 1128, end: 1492, words: 62 },
    { title: 'About the role', start: 53, end: 313, words: 45 },
  ],
  duties: { total: 5, youWill: 5, summary: 'All 5 duties are written as “You will …”.' },
};
const DOCUMENT = [
  ['no-reasonable-adjustments-statement', 'reasonable-adjustments'],
  ['no-flexible-working-statement', 'flexible-working'],
  ['no-equality-statement', 'equality'],
];

const json = (stdout: string) => scanOutputSchema.parse(JSON.parse(stdout));
const where = (stdout: string) =>
  json(stdout).results.map((r) => ({ file: r.file, findings: r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`) }));

// Pages, Word and PDF files through their readers: command.test.ts, with the built command (its
// HTML reader loads in a fraction of the time happy-dom takes through vitest's module loader).
// The first test loads the engine and compiles its rules: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('debias scan', () => {
  it('prints findings like a linter, grouped per file, ending with a newline', async () => {
    const { io, stdout } = fakeIo({ 'note.txt': 'We want a young rockstar.\nNative English speaker essential.' });
    expect(await main(['scan', 'note.txt'], io)).toBe(1);
    expect(stdout().split('\n')[1]).toBe(
      '  1:11     warning “young” suggests you want someone of a particular age. Age-coded wording in recruitment can be unlawful age discrimination and puts other applicants off.  age-young',
    );
    const lines = stdout().split('\n');
    expect(lines.filter((l) => /^ {2}\d+:\d+/.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '1:11 warning',
      '1:17 info',
      '2:1 error',
    ]);
    expect(lines.at(-2)).toBe('3 findings (1 error, 1 warning, 1 info) in 1 file');
    expect(stdout().endsWith('in 1 file\n')).toBe(true);
  });

  it('writes JSON that matches its published schema, with offsets into the analysed text', async () => {
    const { io, stdout } = fakeIo({ 'email.txt': EMAIL });
    expect(await main(['scan', '--format', 'json', '--context', 'email', '--fail-on', 'error', 'email.txt'], io)).toBe(1);
    const [result] = json(stdout()).results;
    expect(result!.file).toBe('email.txt');
    expect(result!.text).toBe(EMAIL);
    expect(result!.document).toEqual([]);
    for (const f of result!.findings) expect(result!.text.slice(f.start, f.end)).toBe(f.text);
    expect(result!.findings.map((f) => [f.line, f.column, f.ruleId])).toEqual([
      [3, 100, 'age-young'],
      [3, 110, 'age-energetic'],
      [3, 129, 'culture-fit'],
      [3, 145, 'reception-girls'],
      [3, 175, 'native-english-speaker'],
      [5, 55, 'he-or-she'],
      [7, 11, 'unexpanded-acronym'],
      [7, 37, 'unexpanded-acronym'],
    ]);
  });

  it('streams JSON one result per line, in the order the files were given', async () => {
    const { io, stdout } = fakeIo({ 'b.txt': 'A young team.', 'a.txt': 'Chairman of the partners.', 'c.txt': 'Book appointments.' });
    await main(['scan', '--format', 'json', 'b.txt', 'a.txt', 'c.txt'], io);
    const lines = stdout().split('\n');
    expect(lines[0]).toBe('{"version":2,"results":[');
    expect(lines.slice(1, 4).map((l) => JSON.parse(l.replace(/,$/, '')).file)).toEqual(['b.txt', 'a.txt', 'c.txt']);
    expect(lines.slice(4)).toEqual([']}', '']);
    expect(json(stdout()).results).toHaveLength(3);
  });

  it('gives each result its reading age, and each missing statement the model statement that puts it right', async () => {
    const { io, stdout } = fakeIo({ 'advert.txt': ADVERT, 'short.txt': 'A young team.' });
    await main(['scan', '--format', 'json', 'advert.txt', 'short.txt'], io);
    const [advert, short] = json(stdout()).results;
    expect(advert!.readability).toEqual(READABILITY);
    for (const s of advert!.readability!.longestSections) expect(advert!.text.slice(s.start, s.end).startsWith(s.title)).toBe(true);
    expect(advert!.document.map((d) => [d.ruleId, d.statement ?? null])).toEqual(DOCUMENT);
    expect(short!.readability).toBeNull();
  });

  it('shows the reading age in the text report', async () => {
    const { io, stdout } = fakeIo({ 'advert.txt': ADVERT });
    await main(['scan', 'advert.txt'], io);
    expect(stdout().split('\n').filter((l) => l.startsWith('  reading age: '))).toEqual([`  reading age: ${READABILITY.summary}`]);
  });

  it.each([
    ['info', 1],
    ['warning', 1],
    ['error', 0],
  ])('exits by --fail-on %s', async (level, code) => {
    const { io } = fakeIo({ 'a.txt': 'A young team.' });
    expect(await main(['scan', '--fail-on', level, 'a.txt'], io)).toBe(code);
  });

  it('exits 0 for a clean file', async () => {
    const { io, stdout } = fakeIo({ 'a.txt': 'You will book appointments for patients.' });
    expect(await main(['scan', '--context', 'email', 'a.txt'], io)).toBe(0);
    expect(stdout()).toBe('a.txt\n  No problems found.\n\n0 findings (0 errors, 0 warnings, 0 info) in 1 file\n');
  });

  it('reads a page nested 2,000 deep as plain text, with a note, instead of overflowing the stack', async () => {
    const deep = `<html><body>${'<div>'.repeat(2000)}<p>We want a young &amp; energetic receptionist.</p>${'</div>'.repeat(2000)}</body></html>`;
    const { io, stdout, stderr } = fakeIo({ 'deep.html': deep, 'a.txt': 'A young team.' });
    expect(await main(['scan', '--format', 'json', 'deep.html', 'a.txt'], io)).toBe(0);
    expect(stderr()).toBe('deep.html: The page is nested more than 400 elements deep, so it was checked as plain text.\n');
    const [result] = json(stdout()).results;
    expect(result!.text).toBe('We want a young & energetic receptionist.');
    expect(result!.findings.map((f) => f.text)).toEqual(['young', 'energetic']);
  });

  it.each([
    ['CR only (old Mac)', 'Dear Sir,\rWe want a young team.\rNative English speaker essential.'],
    ['CRLF (Windows)', 'Dear Sir,\r\nWe want a young team.\r\nNative English speaker essential.'],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Dear Sir,\nWe want a young team.\nNative English speaker essential.', 'utf16le')])],
  ])('gives the right line numbers for %s', async (_, text) => {
    const { io, stdout } = fakeIo({ 'a.txt': text });
    await main(['scan', '--format', 'json', '--context', 'email', 'a.txt'], io);
    expect(where(stdout())[0]!.findings).toEqual(['1:1 dear-sir', '2:11 age-young', '3:1 native-english-speaker']);
  });

  it('reads standard input, as text or as a page', async () => {
    const text = fakeIo({}, 'Chairman of the partners');
    expect(await main(['scan', '--format', 'json', '-'], text.io)).toBe(0);
    expect(json(text.stdout()).results[0]!.findings.map((f) => f.text)).toEqual(['Chairman']);
    // A page too deep for the DOM, so that this test needs no happy-dom (the built command's tests read pages).
    const page = fakeIo({}, `<!DOCTYPE html><html><body>${'<b>'.repeat(500)}Chairman of the partners</body></html>`);
    await main(['scan', '--format', 'json', '-'], page.io);
    expect(json(page.stdout()).results[0]!.text).toBe('Chairman of the partners');
  });

  it('goes on after a file it cannot read, with one line for it, and exits 2 at the end', async () => {
    const { io, stdout, stderr } = fakeIo({ 'a.txt': 'A young team.', 'cv.docx': new Uint8Array([80, 75, 3, 4, 0, 0, 8, 0]), 'c.txt': 'Chairman.' });
    expect(await main(['scan', 'a.txt', 'nope.txt', 'cv.docx', 'c.txt'], io)).toBe(2);
    expect(stderr()).toBe(`nope.txt: There is no such file.\ncv.docx: ${DOCUMENT_MESSAGES.corruptDocx}\n`);
    expect(stdout().split('\n').filter((l) => /^\S/.test(l))).toEqual(['a.txt', 'c.txt', '2 findings (0 errors, 2 warnings, 0 info) in 2 files; 2 files could not be read']);
  });

  it.each<[string, string[], string]>([
    ['a bad value', ['scan', '--format', 'xml', 'a.txt'], 'debias scan: --format must be text or json, not "xml". See: debias scan --help\n'],
    ['an unknown option', ['scan', '--colour', 'a.txt'], 'debias scan: unknown option --colour. See: debias scan --help\n'],
    ['a missing value', ['scan', 'a.txt', '--context'], 'debias scan: --context needs a value. See: debias scan --help\n'],
    ['--jobs 0', ['scan', '--jobs', '0', 'a.txt'], 'debias scan: --jobs must be a whole number from 1 to 256, not "0". See: debias scan --help\n'],
    ['no files', ['scan'], 'debias scan: no files given (- reads standard input). See: debias scan --help\n'],
    ['an unknown command', ['lint', 'a.txt'], 'debias: unknown command "lint"; the commands are scan and anonymise. See: debias --help\n'],
  ])('exits 2 with one line for %s, and prints nothing', async (_name, argv, message) => {
    const { io, stdout, stderr } = fakeIo({ 'a.txt': 'x' });
    expect(await main(argv, io)).toBe(2);
    expect(stderr()).toBe(message);
    expect(stdout()).toBe('');
  });
});

describe('debias scan --summary', () => {
  const files = {
    'a.txt': 'We want a young, energetic team.\nA young outlook.',
    'b.txt': 'Chairman of the partners. Native English speaker essential.',
    'c.txt': 'You will book appointments.',
  };

  it('counts per category and rule over all files, and lists the files with most findings', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await main(['scan', '--summary', '--format', 'json', '--context', 'email', 'a.txt', 'b.txt', 'c.txt', 'gone.txt'], io)).toBe(2);
    const { summary } = scanSummarySchema.parse(JSON.parse(stdout()));
    expect(summary).toEqual({
      files: 3,
      unreadable: 1,
      words: 21,
      findings: { total: 5, error: 1, warning: 4, info: 0 },
      filesWithFindings: 2,
      categories: [
        { category: 'age', findings: 3, files: 1 },
        { category: 'gendered-language', findings: 1, files: 1 },
        { category: 'race-nationality', findings: 1, files: 1 },
      ],
      rules: [
        { ruleId: 'age-young', category: 'age', severity: 'warning', findings: 2, files: 1 },
        { ruleId: 'age-energetic', category: 'age', severity: 'warning', findings: 1, files: 1 },
        { ruleId: 'chairman', category: 'gendered-language', severity: 'warning', findings: 1, files: 1 },
        { ruleId: 'native-english-speaker', category: 'race-nationality', severity: 'error', findings: 1, files: 1 },
      ],
      topFiles: [
        { file: 'a.txt', findings: 3, error: 0, warning: 3, info: 0 },
        { file: 'b.txt', findings: 2, error: 1, warning: 1, info: 0 },
      ],
    });
  });

  it('prints the same as tables for people', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await main(['scan', '--summary', '--context', 'email', 'a.txt', 'b.txt', 'c.txt'], io)).toBe(1);
    expect(stdout()).toBe(
      [
        '3 files checked (21 words)',
        '5 findings (1 error, 4 warnings, 0 info) in 2 files',
        '',
        'By category           findings     files',
        '  age                        3         1',
        '  gendered-language          1         1',
        '  race-nationality           1         1',
        '',
        'By rule                            findings     files',
        '  age-young (warning)                     2         1',
        '  age-energetic (warning)                 1         1',
        '  chairman (warning)                      1         1',
        '  native-english-speaker (error)          1         1',
        '',
        'Most findings',
        '        3  a.txt (0 errors, 3 warnings, 0 info)',
        '        2  b.txt (1 error, 1 warning, 0 info)',
        '',
      ].join('\n'),
    );
  });
});

describe('progress', () => {
  const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${i}.txt`, 'A young team.']));
  /** Each file read takes 300 ms of the (fake) clock. */
  const slowIo = (tty: boolean) => {
    const fake = fakeIo(files);
    const read = fake.io.readFile;
    fake.io.stderrIsTTY = tty;
    fake.io.readFile = async (file, limit) => {
      vi.advanceTimersByTime(300);
      return read(file, limit);
    };
    return fake;
  };

  it('shows files done and files a second on a terminal, on standard error only, once a run is long', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const { io, stdout, stderr } = slowIo(true);
      await main(['scan', '--format', 'json', ...Object.keys(files)], io);
      expect(stderr().split('\r').filter(Boolean)).toEqual([
        'Checked 4 of 10 files, 3 a second\u001b[K',
        'Checked 5 of 10 files, 3 a second\u001b[K',
        'Checked 6 of 10 files, 3 a second\u001b[K',
        'Checked 7 of 10 files, 3 a second\u001b[K',
        'Checked 8 of 10 files, 3 a second\u001b[K',
        'Checked 9 of 10 files, 3 a second\u001b[K',
        '\u001b[K',
      ]);
      expect(json(stdout()).results).toHaveLength(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows nothing when standard error is not a terminal', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const { io, stderr } = slowIo(false);
      await main(['scan', ...Object.keys(files)], io);
      expect(stderr()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
