// The built `debias` command (bin/debias.js running dist/debias.mjs), with the real disk, standard
// input and worker threads. Built by build-cli.setup.ts before the tests run.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymiseKeySchema, anonymiseOutputSchema } from '@/lib/cli/anonymise-output';
import { type ScanResult, scanOutputSchema } from '@/lib/cli/scan-output';
import { DOCUMENT_MESSAGES } from '@/lib/documents';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIN = path.join(ROOT, 'bin/debias.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

let dir: string;
const at = (name: string) => path.join(dir, name);
const cvFile = (name: string) => path.join(FIXTURES, 'cvs/files', name);
const debias = (args: string[], input?: string): SpawnSyncReturns<string> =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'debias-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test spawns node; on a machine shared with other work that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

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
  });

  it('prints, for help, --help and -h, the usage text the build wrote, byte for byte what the command itself prints', () => {
    const built = readFileSync(path.join(ROOT, 'dist/usage.txt'), 'utf8');
    const fromCommand = spawnSync(process.execPath, [path.join(ROOT, 'dist/debias.mjs'), 'help'], { encoding: 'utf8' });
    expect(fromCommand.status).toBe(0);
    expect(fromCommand.stdout).toBe(built);
    for (const flag of ['help', '--help', '-h']) expect(debias([flag]).stdout).toBe(built);
  });
});

describe('debias --version', () => {
  it('prints the package version and a newline, exit 0', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = debias(['--version']);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });
});

describe('debias scan, on real files', () => {
  it('a folder, a file that cannot be opened, a missing file, an empty one and one over the limit each get one line; the others are checked; exit 2', async () => {
    mkdirSync(at('folder'), { recursive: true });
    writeFileSync(at('a.txt'), 'We want a young team.');
    writeFileSync(at('empty.txt'), '');
    // Over the limit by its size alone: reading 8 GB would take minutes.
    writeFileSync(at('huge.txt'), '');
    truncateSync(at('huge.txt'), 8 * 1024 ** 3);
    writeFileSync(at('deep.html'), `<html><body>${'<div>'.repeat(2000)}Native English speaker.${'</div>'.repeat(2000)}</body></html>`);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(at('socket'), resolve));
    try {
      const result = debias(['scan', 'folder', 'socket', 'a.txt', 'gone.txt', 'empty.txt', 'huge.txt', 'deep.html']);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        [
          'folder: This is a folder, not a file. Give the files in it instead (for example folder/*.txt).',
          'socket: This file cannot be read (ENXIO).',
          'gone.txt: There is no such file.',
          `empty.txt: ${DOCUMENT_MESSAGES.empty}`,
          `huge.txt: ${DOCUMENT_MESSAGES.tooLarge}`,
          'deep.html: The page is nested more than 400 elements deep, so it was checked as plain text.',
          '',
        ].join('\n'),
      );
      expect(result.stdout.split('\n').filter((line) => /^\S/.test(line))).toEqual([
        'a.txt',
        'deep.html',
        '2 findings (1 error, 1 warning, 0 info) in 2 files; 5 files could not be read',
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
    // Far more than a pipe holds (64 KB), so writing fails once `head` has gone.
    const files = Array<string>(40).fill(path.join(FIXTURES, 'adverts/practice-nurse.txt'));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" scan --format json ${files.map((f) => `"${f}"`).join(' ')} | head -c 23`], { encoding: 'utf8' });
    expect(result.stdout).toBe('{"version":2,"results":');
    expect(result.stderr).toBe('');
  });
});

describe('debias scan on every kind of file, on 1 thread and on 4', () => {
  const CAREERS = `<html><head><title>Careers</title></head><body><nav>Home | Jobs | Contact</nav><article><h1>Receptionist</h1>${'<p>We are a friendly dental practice in Leeds looking for a young receptionist to welcome our patients and manage the appointment book with care.</p>'.repeat(4)}</article><footer>Cookie policy</footer></body></html>`;
  const kinds = {
    'advert.html': path.join(ROOT, 'tests/pages/nhs-jobs/practice-receptionist.html'),
    'cv.docx': cvFile('03-hca-grace-mensah.docx'),
    'cv.pdf': cvFile('14-paramedic-callum-mackenzie.pdf'),
    'damaged.docx': cvFile('corrupt.docx'),
  };
  const texts = [
    ...['clinical-pharmacist.txt', 'dental-nurse.txt', 'practice-nurse.txt'].map((f) => path.join(FIXTURES, 'adverts', f)),
    ...['invite-to-interview.txt', 'to-the-partners.txt'].map((f) => path.join(FIXTURES, 'emails', f)),
  ];
  // Texts between the other kinds, so that each thread gets some of each.
  const files = ['t00.txt', 'advert.html', 't01.txt', 'careers.html', 't02.txt', 'cv.docx', 't03.txt', 'cv.pdf', 't04.txt', 'damaged.docx', 'missing.txt'];
  for (let i = 5; i < 16; i++) files.push(`t${String(i).padStart(2, '0')}.txt`);
  let one: SpawnSyncReturns<string>;
  let four: SpawnSyncReturns<string>;
  let results: Map<string, ScanResult>;
  beforeAll(() => {
    mkdirSync(at('kinds'), { recursive: true });
    for (const [name, source] of Object.entries(kinds)) copyFileSync(source, at(`kinds/${name}`));
    writeFileSync(at('kinds/careers.html'), CAREERS);
    for (let i = 0; i < 16; i++) copyFileSync(texts[i % texts.length]!, at(`kinds/t${String(i).padStart(2, '0')}.txt`));
    const scan = (jobs: string) => spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', '--jobs', jobs, ...files], { cwd: at('kinds'), encoding: 'utf8' });
    one = scan('1');
    four = scan('4');
    results = new Map(scanOutputSchema.parse(JSON.parse(one.stdout)).results.map((r) => [r.file, r]));
  });

  it('gives the same output, byte for byte, and exit code', () => {
    expect(one.status).toBe(2);
    expect([four.status, four.stderr, four.stdout]).toEqual([one.status, one.stderr, one.stdout]);
  });

  it('keeps the order the files were given, leaving out those it could not read, each with one line', () => {
    expect([...results.keys()]).toEqual(files.filter((f) => f !== 'damaged.docx' && f !== 'missing.txt'));
    expect(one.stderr).toBe(`damaged.docx: ${DOCUMENT_MESSAGES.corruptDocx}\nmissing.txt: There is no such file.\n`);
  });

  it('splits an NHS Jobs advert page into its sections and counts duplicated blocks once', () => {
    const advert = results.get('advert.html')!;
    expect(advert.text.startsWith('Practice Receptionist\n\nWe are a busy, friendly GP surgery')).toBe(true);
    expect(advert.findings.filter((f) => f.ruleId === 'age-years-experience').map((f) => f.text)).toEqual(["At least 3 years' experience"]);
    expect(advert.document.map((d) => d.ruleId)).toContain('essential-reads-as-preference');
  });

  it('reads other web pages through Readability', () => {
    const page = results.get('careers.html')!;
    expect(page.text).not.toContain('Cookie policy');
    expect(page.findings.filter((f) => f.ruleId === 'age-young')).toHaveLength(4);
  });

  it('reads Word and PDF files, as the extension does', () => {
    expect(results.get('cv.docx')!.text.startsWith('Grace Mensah\nHealthcare Assistant\n')).toBe(true);
    expect(results.get('cv.pdf')!.text.startsWith('Name: Callum MacKenzie\n')).toBe(true);
  });
});

describe("the engine's code cache", () => {
  const DIST = path.join(ROOT, 'dist');
  const ADVERTS = ['dental-nurse.txt', 'practice-nurse.txt'].map((f) => path.join(FIXTURES, 'adverts', f));
  /** A copy of the built command whose engine bundle or cache `change` alters; its scan of ADVERTS. */
  const scanWith = (name: string, change: (dist: string) => void) => {
    const copy = at(`copy-${name}`);
    cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
    cpSync(DIST, path.join(copy, 'dist'), { recursive: true });
    change(path.join(copy, 'dist'));
    return spawnSync(process.execPath, [path.join(copy, 'bin/debias.js'), 'scan', '--format', 'json', '--jobs', '1', ...ADVERTS], { encoding: 'utf8' });
  };
  const edit = (file: string, edit: (bytes: Buffer) => Buffer) => writeFileSync(file, edit(readFileSync(file)));
  let built: SpawnSyncReturns<string>;
  beforeAll(() => {
    built = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', '--jobs', '1', ...ADVERTS], { encoding: 'utf8' });
  });

  it('is written by the build, from the engine bundle beside it', () => {
    const cache = readFileSync(path.join(DIST, 'debias-engine.cache'));
    expect(cache.readUInt32BE(0)).toBe(crc32(readFileSync(path.join(DIST, 'debias-engine.cjs'))));
    expect(built.stdout).toContain('"ruleId":"no-equality-statement"');
  });

  it('is left aside when damaged or missing, with the same output and nothing on standard error', () => {
    // Bytes changed all through the cache: V8 alone would take it, and report wrongly or stop.
    const damaged = scanWith('damaged', (dist) =>
      edit(path.join(dist, 'debias-engine.cache'), (bytes) => {
        for (let i = 2_000; i < bytes.length; i += 997) bytes[i]! ^= 0x5a;
        return bytes;
      }),
    );
    const cut = scanWith('cut', (dist) => edit(path.join(dist, 'debias-engine.cache'), (bytes) => bytes.subarray(0, 5_000)));
    const missing = scanWith('missing', (dist) => rmSync(path.join(dist, 'debias-engine.cache')));
    for (const run of [damaged, cut, missing]) expect([run.status, run.stderr, run.stdout]).toEqual([built.status, '', built.stdout]);
  });

  it('is left aside when made from another bundle of the same length, which V8 alone would take', () => {
    // A rule's name changed in the bundle, letter for letter: only a check of the whole source tells.
    const other = scanWith('other', (dist) =>
      edit(path.join(dist, 'debias-engine.cjs'), (bytes) => Buffer.from(bytes.toString('utf8').replaceAll('no-equality-statement', 'no-equality-statemenX'))),
    );
    expect(other.stderr).toBe('');
    expect(other.stdout).toBe(built.stdout.replaceAll('no-equality-statement', 'no-equality-statemenX'));
  });
});

describe('debias anonymise', () => {
  it('anonymises Word and PDF files, and writes the key readable by its owner only', () => {
    copyFileSync(cvFile('03-hca-grace-mensah.docx'), at('a.docx'));
    copyFileSync(cvFile('14-paramedic-callum-mackenzie.pdf'), at('b.pdf'));
    const result = debias(['anonymise', '--format', 'json', '--key', 'key.json', 'a.docx', 'b.pdf']);
    expect(result.status).toBe(0);
    expect(anonymiseOutputSchema.parse(JSON.parse(result.stdout)).results.map((r) => r.file).sort()).toEqual(['a.docx', 'b.pdf']);
    expect(result.stdout).not.toMatch(/Mensah|MacKenzie|07700|EH7 5QR/);
    expect(statSync(at('key.json')).mode & 0o777).toBe(0o600);
    expect(Object.values(anonymiseKeySchema.parse(JSON.parse(readFileSync(at('key.json'), 'utf8')))).map((k) => k.candidateName).sort()).toEqual([
      'Callum MacKenzie',
      'Grace Mensah',
    ]);
  });
});
