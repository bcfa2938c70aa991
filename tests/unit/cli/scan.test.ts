import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';
import { scanOutputSchema } from '@/lib/cli/scan-output';
import { fakeIo } from './fake-io';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ADVERT_HTML = readFileSync(path.join(ROOT, 'tests/pages/nhs-jobs/practice-receptionist.html'), 'utf8');
const EMAIL = readFileSync(path.join(ROOT, 'tests/fixtures/emails/to-the-partners.txt'), 'utf8');

describe('debias scan', () => {
  it('prints findings like a linter, grouped per file', async () => {
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
  });

  it('writes JSON that matches its published schema, with offsets into the analysed text', async () => {
    const { io, stdout } = fakeIo({ 'email.txt': EMAIL });
    expect(await main(['scan', '--format', 'json', '--context', 'email', '--fail-on', 'error', 'email.txt'], io)).toBe(1);
    const output = scanOutputSchema.parse(JSON.parse(stdout()));
    const [result] = output.results;
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

  it('splits an NHS Jobs advert page into its sections and counts duplicated blocks once', async () => {
    const { io, stdout } = fakeIo({ 'advert.html': ADVERT_HTML });
    await main(['scan', '--format', 'json', 'advert.html'], io);
    const [result] = scanOutputSchema.parse(JSON.parse(stdout())).results;
    expect(result!.text.startsWith('Practice Receptionist\n\nWe are a busy, friendly GP surgery')).toBe(true);
    expect(result!.findings.filter((f) => f.ruleId === 'age-years-experience').map((f) => f.text)).toEqual(["3 years' experience"]);
    expect(result!.document.map((d) => d.ruleId)).toContain('essential-reads-as-preference');
  });

  it('reads other web pages through Readability', async () => {
    const page = `<html><head><title>Careers</title></head><body><nav>Home | Jobs | Contact</nav><article><h1>Receptionist</h1>${'<p>We are a friendly dental practice in Leeds looking for a young receptionist to welcome our patients and manage the appointment book with care.</p>'.repeat(4)}</article><footer>Cookie policy</footer></body></html>`;
    const { io, stdout } = fakeIo({ 'careers.html': page });
    await main(['scan', '--format', 'json', 'careers.html'], io);
    const [result] = scanOutputSchema.parse(JSON.parse(stdout())).results;
    expect(result!.text).not.toContain('Cookie policy');
    expect(result!.findings.filter((f) => f.ruleId === 'age-young')).toHaveLength(4);
  });

  it('reads standard input', async () => {
    const { io, stdout } = fakeIo({}, 'Chairman of the partners');
    expect(await main(['scan', '--format', 'json', '-'], io)).toBe(0);
    expect(scanOutputSchema.parse(JSON.parse(stdout())).results[0]!.findings.map((f) => f.text)).toEqual(['Chairman']);
  });

  it.each<[string, Record<string, string | Uint8Array>, string[], string]>([
    ['a missing file', {}, ['scan', 'nope.txt'], 'debias: nope.txt: no such file\n'],
    ['a binary file', { 'cv.docx': new Uint8Array([80, 75, 3, 4, 0, 0, 8, 0]) }, ['scan', 'cv.docx'], 'debias: cv.docx: this looks like a binary file; give a .txt, .md or .html file\n'],
    ['a file over 5 MB', { 'big.txt': 'a '.repeat(2_700_000) }, ['scan', 'big.txt'], 'debias: big.txt: the file is over 5 MB; split it or check a smaller part\n'],
    ['a bad option', { 'a.txt': 'x' }, ['scan', '--format', 'xml', 'a.txt'], expect.stringContaining('debias: --format must be one of text, json (got "xml")') as unknown as string],
    ['no files', {}, ['scan'], expect.stringContaining('debias: Give at least one file, or - for standard input.') as unknown as string],
  ])('exits 2 with one line for %s', async (_name, files, argv, message) => {
    const { io, stderr } = fakeIo(files);
    expect(await main(argv, io)).toBe(2);
    expect(stderr()).toEqual(message);
  });

  it('finishes on a hostile 4 MB text', async () => {
    const hostile = `${'(((( """"" ‘‘‘‘ young-young-young 10+ years years years ARRS ARRS '.repeat(60_000)}`.slice(0, 4_000_000);
    const { io, stdout } = fakeIo({ 'h.txt': hostile });
    expect(await main(['scan', '--format', 'json', 'h.txt'], io)).toBeLessThan(2);
    expect(scanOutputSchema.parse(JSON.parse(stdout())).results[0]!.words).toBeGreaterThan(500_000);
  }, 20_000);
});

describe('the debias command', () => {
  it('runs from bin/ with the real terminal and disk', () => {
    const result = spawnSync('node', [path.join(ROOT, 'bin/debias.js'), 'scan', '--context', 'email', path.join(ROOT, 'tests/fixtures/emails/invite-to-interview.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dear-sir-or-madam');
    expect(execFileSync('node', [path.join(ROOT, 'bin/debias.js'), 'help'], { encoding: 'utf8' })).toContain('Usage: debias scan');
  }, 20_000);
});
