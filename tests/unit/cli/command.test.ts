// The built `debias` command (bin/debias.js running dist/debias.mjs), with the real disk, standard
// input and worker threads. Built by build-cli.setup.ts before the tests run.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymiseKeySchema } from '@/lib/cli/anonymise';
import { main } from '@/lib/cli/main';
import { nodeIo } from '@/lib/cli/node-io';
import { scanOutputSchema } from '@/lib/cli/scan-output';
import { DOCUMENT_MESSAGES } from '@/lib/documents';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/debias.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

let dir: string;
const at = (name: string) => path.join(dir, name);
const debias = (args: string[], input?: string): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'debias-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test spawns node; on a machine shared with other work that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

describe('debias help', () => {
  it('lists every option of both commands, the limits and the exit codes, and ends with a newline', () => {
    const help = debias(['help']);
    expect(help.status).toBe(0);
    for (const text of [
      '--format text|json',
      '--context advert|email',
      '--fail-on info|warning|error',
      '--summary',
      '--jobs N',
      '--keep education,employers,job-title,experience-years',
      '--key FILE',
      '--force',
      'each at most 20 MB',
      'at most 10 MB of text and formatting once unpacked',
      'at most 200 pages',
      'Exit codes: 0',
    ]) {
      expect(help.stdout).toContain(text);
    }
    expect(help.stdout.endsWith('pages.\n')).toBe(true);
    const none = debias([]);
    expect([none.status, none.stdout]).toEqual([2, help.stdout]);
  });
});

describe('debias scan, on real files', () => {
  it('a folder, a file that cannot be opened, a missing file and one over the limit each get one line; the others are checked; exit 2', async () => {
    mkdirSync(at('folder'), { recursive: true });
    writeFileSync(at('a.txt'), 'We want a young team.');
    // Over the limit by its size alone: reading 8 GB would take minutes.
    writeFileSync(at('huge.txt'), '');
    truncateSync(at('huge.txt'), 8 * 1024 ** 3);
    writeFileSync(at('deep.html'), `<html><body>${'<div>'.repeat(2000)}Native English speaker.${'</div>'.repeat(2000)}</body></html>`);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(at('socket'), resolve));
    try {
      const result = debias(['scan', 'folder', 'socket', 'a.txt', 'gone.txt', 'huge.txt', 'deep.html']);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        [
          'folder: This is a folder, not a file. Give the files in it instead (for example folder/*.txt).',
          'socket: This file cannot be read (ENXIO).',
          'gone.txt: There is no such file.',
          `huge.txt: ${DOCUMENT_MESSAGES.tooLarge}`,
          'deep.html: The page is nested more than 400 elements deep, so it was checked as plain text.',
          '',
        ].join('\n'),
      );
      expect(result.stdout.split('\n').filter((line) => /^\S/.test(line))).toEqual([
        'a.txt',
        'deep.html',
        '2 findings (1 error, 1 warning, 0 info) in 2 files; 4 files could not be read',
      ]);
    } finally {
      server.close();
      rmSync(at('huge.txt'));
    }
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission gets one line', () => {
    writeFileSync(at('secret.txt'), 'text');
    chmodSync(at('secret.txt'), 0o000);
    const result = debias(['scan', 'secret.txt']);
    expect([result.status, result.stderr]).toEqual([2, 'secret.txt: This file cannot be read: you do not have permission to open it.\n']);
  });

  it('stops reading standard input at the limit: 200 MB piped in is refused after about 20 MB', async () => {
    const child = spawn(process.execPath, [BIN, 'scan', '-'], { cwd: dir });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunk = Buffer.alloc(1024 * 1024, 'young ');
    let sent = 0;
    async function* twoHundredMegabytes() {
      for (; sent < 200 * chunk.length; sent += chunk.length) yield chunk;
    }
    // Ends with EPIPE once debias stops reading and exits.
    await pipeline(Readable.from(twoHundredMegabytes()), child.stdin).catch(() => undefined);
    expect(await exited).toBe(2);
    expect(stderr).toBe(`standard input: ${DOCUMENT_MESSAGES.tooLarge}\n`);
    expect(stdout).toBe('0 findings (0 errors, 0 warnings, 0 info) in 0 files; 1 file could not be read\n');
    expect(sent).toBeLessThan(40 * chunk.length);
  });

  it('stops quietly when the reader of its output goes away', () => {
    const files = Array<string>(30).fill(path.join(FIXTURES, 'adverts/practice-nurse.txt'));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" scan ${files.map((f) => `"${f}"`).join(' ')} | head -n 1`], { encoding: 'utf8' });
    expect(result.stdout).toBe(`${files[0]}\n`);
    expect(result.stderr).toBe('');
  });
});

describe('debias scan --jobs', () => {
  // 16 texts, a page, a Word file, a PDF and a damaged Word file, copied under new names.
  const many: string[] = [];
  const damaged: string[] = [];
  beforeAll(() => {
    mkdirSync(at('many'), { recursive: true });
    const texts = [
      ...['clinical-pharmacist.txt', 'dental-nurse.txt', 'practice-nurse.txt'].map((f) => path.join(FIXTURES, 'adverts', f)),
      ...['invite-to-interview.txt', 'to-the-partners.txt'].map((f) => path.join(FIXTURES, 'emails', f)),
    ];
    const sources = [
      ...Array.from({ length: 16 }, (_, i) => texts[i % texts.length]!),
      path.join(ROOT, 'tests/pages/nhs-jobs/practice-receptionist.html'),
      ...['03-hca-grace-mensah.docx', '14-paramedic-callum-mackenzie.pdf', 'corrupt.docx'].map((f) => path.join(FIXTURES, 'cvs/files', f)),
    ];
    for (const [i, source] of sources.entries()) {
      const name = `many/${String(i).padStart(2, '0')}${path.extname(source)}`;
      copyFileSync(source, at(name));
      (source.endsWith('corrupt.docx') ? damaged : many).push(name);
    }
  });

  it('gives the same output, byte for byte, on 1 thread and on 4', () => {
    const files = [...many, ...damaged, 'missing.txt'].sort();
    const one = debias(['scan', '--format', 'json', '--jobs', '1', ...files]);
    const four = debias(['scan', '--format', 'json', '--jobs', '4', ...files]);
    expect(one.status).toBe(2);
    expect(one.stderr.split('\n').filter(Boolean)).toHaveLength(damaged.length + 1);
    expect([four.status, four.stderr, four.stdout]).toEqual([one.status, one.stderr, one.stdout]);
    expect(scanOutputSchema.parse(JSON.parse(one.stdout)).results.map((r) => r.file)).toEqual(many);
  });
});

describe('debias anonymise --key', () => {
  const CV = 'Grace Mensah\n07700 900123\n';
  /** The command in this process, on the real disk. */
  async function anonymise(args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const status = await main(['anonymise', ...args], { ...nodeIo(), stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t) });
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }
  beforeAll(() => writeFileSync(at('cv.txt'), CV));

  it('writes the key readable by its owner only, and never over a file that exists', () => {
    const first = debias(['anonymise', '--key', 'key.json', 'cv.txt']);
    expect(first.status).toBe(0);
    expect(statSync(at('key.json')).mode & 0o777).toBe(0o600);
    expect(anonymiseKeySchema.parse(JSON.parse(readFileSync(at('key.json'), 'utf8')))).toEqual({ 'Candidate 01': { fileName: 'cv.txt', candidateName: 'Grace Mensah' } });

    writeFileSync(at('key.json'), 'an earlier key');
    const again = debias(['anonymise', '--key', 'key.json', 'cv.txt']);
    expect([again.status, again.stdout, again.stderr]).toEqual([
      2,
      '',
      'debias anonymise: --key key.json already exists; give another name, or --force to replace it. See: debias anonymise --help\n',
    ]);
    expect(readFileSync(at('key.json'), 'utf8')).toBe('an earlier key');
  });

  it('--force replaces an older key, which becomes readable by its owner only', async () => {
    writeFileSync(at('old.json'), 'an earlier key', { mode: 0o644 });
    expect((await anonymise(['--key', at('old.json'), '--force', at('cv.txt')])).status).toBe(0);
    expect(statSync(at('old.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('old.json'), 'utf8')).toContain('Grace Mensah');
  });

  it.each([
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
