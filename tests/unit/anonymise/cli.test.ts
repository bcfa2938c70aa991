import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anonymiseCommand, anonymiseKeySchema, anonymiseOutputSchema } from '../../../lib/cli/anonymise';
import type { CliIo } from '../../../lib/cli/io';

const FILES = join(import.meta.dirname, '../../fixtures/cvs/files');

/** An in-memory CliIo: files in, stdout/stderr/written files out. */
function fakeIo(files: Record<string, string | Uint8Array>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => {
      const data = files[path];
      if (data === undefined) throw new Error(`Cannot read ${path}`);
      return typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data;
    },
    writeFile: async (path, data) => {
      out.written[path] = data;
    },
    fileSize: async (path) => {
      const data = files[path];
      return data === undefined ? null : typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    },
  };
  return { io, out };
}

const CVS = {
  'okafor.txt': 'Dr Amina Okafor\nUniversity of Leeds, 2008\namina@example.com\n\nProfile\nSalaried GP at Riverside Surgery.',
  'mensah.txt': 'Grace Mensah\n07700 900123',
};
const zero = { random: () => 0 };

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

  test('a file that cannot be read: a message for it on stderr, the rest go on, exit 1', async () => {
    const { io, out } = fakeIo({ ...CVS, 'broken.docx': new Uint8Array(readFileSync(join(FILES, 'corrupt.docx'))), 'scan.pdf': new Uint8Array(readFileSync(join(FILES, 'image-only.pdf'))) });
    expect(await anonymiseCommand(['broken.docx', 'mensah.txt', 'scan.pdf'], io, zero)).toBe(1);
    expect(out.stderr).toBe(
      'broken.docx: This Word document could not be opened: it is damaged or is not really a .docx file. Open it in Word and save it again, or save it as PDF.\n' +
        'scan.pdf: This PDF has no text layer — it looks like a scan or a photo of a document. Ask the candidate for a Word or text version, or run it through OCR (text recognition) first.\n',
    );
    expect(out.stdout).toBe('== Candidate 01 (mensah.txt) ==\n[CANDIDATE]\n[PHONE]\n');
  });

  test('real .docx and .pdf files', async () => {
    const { io, out } = fakeIo({
      'a.docx': new Uint8Array(readFileSync(join(FILES, '03-hca-grace-mensah.docx'))),
      'b.pdf': new Uint8Array(readFileSync(join(FILES, '14-paramedic-callum-mackenzie.pdf'))),
    });
    expect(await anonymiseCommand(['--format', 'json', 'a.docx', 'b.pdf'], io, zero)).toBe(0);
    const output = anonymiseOutputSchema.parse(JSON.parse(out.stdout));
    expect(output.results.map((r) => r.file)).toEqual(['b.pdf', 'a.docx']);
    expect(out.stdout).not.toMatch(/Mensah|MacKenzie|07700|EH7 5QR/);
  });

  test.each([
    [['--format', 'xml', 'okafor.txt'], 'debias anonymise: --format must be text or json, not "xml".\n'],
    [['--keep', 'hobbies', 'okafor.txt'], 'debias anonymise: --keep does not know "hobbies"; use education, employers, job-title or experience-years.\n'],
    [['--colour', 'okafor.txt'], expect.stringMatching(/^debias anonymise: unknown option --colour\. usage: debias anonymise .*\n$/)],
    [['--key'], expect.stringMatching(/^debias anonymise: --key needs a value\. usage: .*\n$/)],
    [[], expect.stringMatching(/^debias anonymise: no files given\. usage: .*\n$/)],
    [['okafor.txt', 'missing.txt'], 'debias anonymise: no such file: missing.txt\n'],
  ])('%j exits 2 with one line and prints nothing', async (argv, message) => {
    const { io, out } = fakeIo(CVS);
    expect(await anonymiseCommand(argv, io, zero)).toBe(2);
    expect(out.stderr).toEqual(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stdout).toBe('');
  });

  test('--help prints the usage and exits 0', async () => {
    const { io, out } = fakeIo({});
    expect(await anonymiseCommand(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^usage: debias anonymise \[--format text\|json\] \[--key key\.json\]/);
  });

  test('a file over 20 MB is refused without being read', async () => {
    const { io, out } = fakeIo(CVS);
    io.fileSize = async (path) => (path === 'huge.pdf' ? 25_000_000 : 100);
    io.readFile = async (path) => {
      if (path === 'huge.pdf') throw new Error('should not be read');
      return new Uint8Array(Buffer.from(CVS['mensah.txt']));
    };
    expect(await anonymiseCommand(['huge.pdf', 'mensah.txt'], io, zero)).toBe(1);
    expect(out.stderr).toBe('huge.pdf: The file is larger than 20 MB. Save a smaller copy (for example without pictures) and try again.\n');
  });
});
