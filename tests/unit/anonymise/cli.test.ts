import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { anonymiseCommand } from '../../../lib/cli/anonymise';
import { anonymiseKeySchema, anonymiseOutputSchema } from '../../../lib/cli/anonymise-output';
import { main } from '../../../lib/cli/main';
import { nodeIo } from '../../../lib/cli/node-io';
import { DOCUMENT_MESSAGES } from '../../../lib/documents';
import { fakeIo as cliIo } from '../cli/fake-io';

const FILES = join(import.meta.dirname, '../../fixtures/cvs/files');
// The first test loads the anonymiser and its name lists: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const CVS = {
  'okafor.txt': 'Dr Amina Okafor\nUniversity of Leeds, 2008\namina@example.com\n\nProfile\nSalaried GP at Riverside Surgery.',
  'mensah.txt': 'Grace Mensah\n07700 900123',
};
const zero = { random: () => 0 };

/** The shared fake terminal and disk, as this file's tests read it. */
function fakeIo(files: Record<string, string | Uint8Array>) {
  const fake = cliIo(files);
  const out = {
    get stdout() {
      return fake.stdout();
    },
    get stderr() {
      return fake.stderr();
    },
    written: fake.written,
  };
  return { io: fake.io, out };
}

describe('debias anonymise', () => {
  test('--format json: the exact shape, valid against anonymiseOutputSchema, exit 0', async () => {
    const { io, out } = fakeIo(CVS);
    expect(await anonymiseCommand(['--format', 'json', 'okafor.txt', 'mensah.txt'], io, zero)).toBe(0);
    const output = anonymiseOutputSchema.parse(JSON.parse(out.stdout));
    expect(output).toEqual({
      version: 1,
      results: [
        { file: 'mensah.txt', code: 'Candidate 01', text: '[CANDIDATE]\n[PHONE]', redactions: [{ type: 'name', start: 0, end: 11 }, { type: 'phone', start: 12, end: 19 }] },
        {
          file: 'okafor.txt',
          code: 'Candidate 02',
          text: 'Dr [CANDIDATE]\n[SCHOOL], [YEAR]\n[EMAIL]\n\nProfile\nSalaried GP at [EMPLOYER].',
          redactions: [
            { type: 'name', start: 3, end: 14 },
            { type: 'education', start: 15, end: 23 },
            { type: 'year', start: 25, end: 31 },
            { type: 'email', start: 32, end: 39 },
            { type: 'employer', start: 64, end: 74 },
          ],
        },
      ],
    });
    for (const r of output.results) for (const x of r.redactions) expect(r.text.slice(x.start, x.end)).toMatch(/^\[[A-Z ]+\d*\]$/);
    expect(out.stdout).not.toMatch(/Okafor|Mensah|original/);
    expect(out.stderr).toBe('');
  });

  test('text format: a header line per result, sorted by code', async () => {
    const { io, out } = fakeIo(CVS);
    expect(await anonymiseCommand(['okafor.txt', 'mensah.txt'], io, zero)).toBe(0);
    expect(out.stdout).toBe(
      '== Candidate 01 (mensah.txt) ==\n[CANDIDATE]\n[PHONE]\n\n== Candidate 02 (okafor.txt) ==\nDr [CANDIDATE]\n[SCHOOL], [YEAR]\n[EMAIL]\n\nProfile\nSalaried GP at [EMPLOYER].\n',
    );
  });

  test('--keep leaves the named optional types in; --key writes the key and never prints it', async () => {
    const { io, out } = fakeIo(CVS);
    expect(await anonymiseCommand(['--keep', 'education,employers', '--key=key.json', '--format=json', 'okafor.txt'], io, zero)).toBe(0);
    expect(anonymiseOutputSchema.parse(JSON.parse(out.stdout)).results[0]?.text).toBe(
      'Dr [CANDIDATE]\nUniversity of Leeds, [YEAR]\n[EMAIL]\n\nProfile\nSalaried GP at Riverside Surgery.',
    );
    expect(anonymiseKeySchema.parse(JSON.parse(out.written['key.json'] ?? ''))).toEqual({
      'Candidate 01': { fileName: 'okafor.txt', candidateName: 'Amina Okafor' },
    });
    expect(out.stdout).not.toContain('Okafor');
  });

  test('a file that cannot be read: a message for it on stderr, the rest go on, exit 2', async () => {
    const { io, out } = fakeIo({ ...CVS, 'broken.docx': new Uint8Array(readFileSync(join(FILES, 'corrupt.docx'))), 'cv.pdf': 'not a PDF at all' });
    expect(await anonymiseCommand(['broken.docx', 'mensah.txt', 'cv.pdf'], io, zero)).toBe(2);
    expect(out.stderr).toBe(
      'broken.docx: This Word document could not be opened: it is damaged or is not really a .docx file. Open it in Word and save it again, or save it as PDF.\n' +
        'cv.pdf: This PDF could not be read: it is damaged or is not really a PDF. Ask the candidate for a new copy.\n',
    );
    expect(out.stdout).toBe('== Candidate 01 (mensah.txt) ==\n[CANDIDATE]\n[PHONE]\n');
  });

  test.each([
    [['--format', 'xml', 'okafor.txt'], 'debias anonymise: --format must be text or json, not "xml". See: debias anonymise --help\n'],
    [['--keep', 'hobbies', 'okafor.txt'], 'debias anonymise: --keep must be one of education, employers, job-title, experience-years, not "hobbies". See: debias anonymise --help\n'],
    [['--colour', 'okafor.txt'], 'debias anonymise: unknown option --colour. See: debias anonymise --help\n'],
    [['--key'], 'debias anonymise: --key needs a value. See: debias anonymise --help\n'],
    [[], 'debias anonymise: no files given (- reads standard input). See: debias anonymise --help\n'],
    [['--key', 'mensah.txt', 'okafor.txt'], 'debias anonymise: --key mensah.txt already exists; give another name, or --force to replace it. See: debias anonymise --help\n'],
    [['--key', 'okafor.txt', '--force', 'okafor.txt'], 'debias anonymise: --key okafor.txt is one of the files to anonymise; give the key a file of its own. See: debias anonymise --help\n'],
  ])('%j exits 2 with one line, prints nothing and writes nothing', async (argv, message) => {
    const { io, out } = fakeIo(CVS);
    expect(await main(['anonymise', ...argv], io)).toBe(2);
    expect(out.stderr).toEqual(message);
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({});
  });

  test('--force lets the key replace a file that is not an input', async () => {
    const { io, out } = fakeIo({ ...CVS, 'old-key.json': '{}' });
    expect(await anonymiseCommand(['--key', 'old-key.json', '--force', 'mensah.txt'], io, zero)).toBe(0);
    expect(JSON.parse(out.written['old-key.json']!)).toEqual({ 'Candidate 01': { fileName: 'mensah.txt', candidateName: 'Grace Mensah' } });
  });

  test('a missing file: one line for it, the others are anonymised, exit 2', async () => {
    const { io, out } = fakeIo(CVS);
    expect(await main(['anonymise', 'okafor.txt', 'missing.txt'], io)).toBe(2);
    expect(out.stderr).toBe('missing.txt: There is no such file.\n');
    expect(out.stdout.startsWith('== Candidate 01 (okafor.txt) ==\n')).toBe(true);
  });

  test('--help prints the usage, with every option, and exits 0', async () => {
    const { io, out } = fakeIo({});
    expect(await main(['anonymise', '--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: debias anonymise \[options\] <file\.\.\.>\n/);
    for (const option of ['--format text|json', '--keep education,employers,job-title,experience-years', '--key FILE', '--force', '--help']) expect(out.stdout).toContain(option);
    expect(out.stdout).not.toContain('--fail-on');
  });

  test('reads standard input as a CV', async () => {
    const fake = cliIo({}, CVS['mensah.txt']);
    expect(await anonymiseCommand(['-'], fake.io, zero)).toBe(0);
    expect(fake.stdout()).toBe('== Candidate 01 (-) ==\n[CANDIDATE]\n[PHONE]\n');
  });

  test('every message is the documents library\'s own', async () => {
    const { io, out } = fakeIo({ 'cv.odt': 'x', 'empty.txt': ' \n' });
    expect(await anonymiseCommand(['cv.odt', 'empty.txt'], io, zero)).toBe(2);
    expect(out.stderr).toBe(`cv.odt: ${DOCUMENT_MESSAGES.unsupported('odt')}\nempty.txt: ${DOCUMENT_MESSAGES.empty}\n`);
  });
});

describe('debias anonymise --key, on the real disk', () => {
  const CV = 'Grace Mensah\n07700 900123\n';
  let dir: string;
  const at = (name: string) => join(dir, name);
  /** The command in this process, on the real disk. */
  async function anonymise(args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const status = await main(['anonymise', ...args], { ...nodeIo(), stdout: (t) => void stdout.push(typeof t === 'string' ? t : new TextDecoder().decode(t)), stderr: (t) => void stderr.push(t) });
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'debias-key-'));
    writeFileSync(at('cv.txt'), CV);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('never writes over a file that exists', async () => {
    writeFileSync(at('earlier.json'), 'an earlier key');
    expect(await anonymise(['--key', at('earlier.json'), at('cv.txt')])).toEqual({
      status: 2,
      stdout: '',
      stderr: `debias anonymise: --key ${at('earlier.json')} already exists; give another name, or --force to replace it. See: debias anonymise --help\n`,
    });
    expect(readFileSync(at('earlier.json'), 'utf8')).toBe('an earlier key');
  });

  test('--force replaces an older key, which becomes readable by its owner only', async () => {
    writeFileSync(at('old.json'), 'an earlier key', { mode: 0o644 });
    expect((await anonymise(['--key', at('old.json'), '--force', at('cv.txt')])).status).toBe(0);
    expect(statSync(at('old.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('old.json'), 'utf8')).toContain('Grace Mensah');
  });

  test.each([
    ['the same path', 'cv.txt'],
    ['another spelling of it', 'sub/../cv.txt'],
    ['a link to it', 'link.json'],
  ])('never replaces one of the inputs, even with --force: %s', async (_, key) => {
    mkdirSync(at('sub'), { recursive: true });
    rmSync(at('link.json'), { force: true });
    symlinkSync(at('cv.txt'), at('link.json'));
    const result = await anonymise(['--key', at(key), '--force', at('cv.txt')]);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `debias anonymise: --key ${at(key)} is one of the files to anonymise; give the key a file of its own. See: debias anonymise --help\n`,
    });
    expect(readFileSync(at('cv.txt'), 'utf8')).toBe(CV);
  });
});
