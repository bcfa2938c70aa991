// `npm run lint:firefox`: web-ext lint on the Firefox build, with the warnings that bundled libraries
// always raise filtered out by rule, each with the reason it is safe here. Anything else is printed,
// so a new warning stands out; an error (or a new warning) fails.
import { execFileSync } from 'node:child_process';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** Known warnings from bundled code: [code, message, why it is safe]. */
const KNOWN: [code: string, message: string, why: string][] = [
  [
    'DANGEROUS_EVAL',
    'The Function constructor is eval.',
    "zod's check whether eval is allowed (De-bias sets z.config({ jitless: true }), so it never compiles code) and pdf.js (read with isEvalSupported: false). The MV3 and Firefox CSP forbid eval anyway.",
  ],
  [
    'UNSAFE_VAR_ASSIGNMENT',
    'Unsafe assignment to innerHTML',
    "React DOM's and pdf.js's own rendering code, and @mozilla/readability working on a detached copy of the page; De-bias never writes HTML (biome's noDangerouslySetInnerHtml).",
  ],
  ['UNSAFE_VAR_ASSIGNMENT', 'Unsafe call to import for argument 0', "Vite's preload helper and pdf.js loading their own bundled chunks and worker, never a remote URL."],
];

const output = (() => {
  try {
    return execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
  } catch (e) {
    return (e as { stdout?: string }).stdout ?? '';
  }
})();
const report = JSON.parse(output) as { errors: Message[]; warnings: Message[]; notices: Message[] };
const isKnown = (m: Message) => KNOWN.some(([code, message]) => m.code === code && m.message === message);
const known = report.warnings.filter(isKnown);
const fresh = report.warnings.filter((m) => !isKnown(m));
const where = (m: Message) => `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;

for (const m of [...report.errors, ...fresh]) console.log(`${report.errors.includes(m) ? 'ERROR' : 'NEW WARNING'} ${m.code}: ${m.message} (${where(m)})`);
for (const m of report.notices) console.log(`notice ${m.code}: ${m.message} (${where(m)})`);
console.log(
  `web-ext lint (Firefox build): ${report.errors.length} errors, ${fresh.length} new warnings; ${known.length} known warnings from bundled libraries filtered (see scripts/lint-firefox.ts for why each is safe).`,
);
if (report.errors.length > 0 || fresh.length > 0) process.exit(1);
