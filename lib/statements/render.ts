import data from '../../wordlists/statements.json';
import { FLEXIBLE_PATTERNS, type Pay, type PayInput, type Personalisation, type PersonalisationInput, paySchema, personalisationSchema } from './personalisation';
import type { StatementId } from './ids';
import type { Statement, StatementsFile } from './schema';

// Validated by tests/unit/statements/data.test.ts; the content script ships the data without zod.
const FILE = data as unknown as StatementsFile;

export interface RenderedStatement {
  id: StatementId;
  title: string;
  /** The statement, ready to insert; null when a per-advert detail it needs is missing. */
  text: string | null;
  /** What the user still has to give ("pay"), when `text` is null. */
  missing: 'pay'[];
  sources: Statement['sources'];
}

const BY_ID = new Map(FILE.statements.map((s) => [s.id, s]));


/** The patterns offered, in a fixed order, as they read in a sentence ("a job share"). */
function patternPhrases(patterns: readonly string[]): string[] {
  return FLEXIBLE_PATTERNS.filter((p) => patterns.includes(p)).map((p) => FILE.patterns[p]);
}

/** Fills a part's gaps. More than two patterns read better as a list than as one long sentence. */
function fillPart(text: string, values: Record<string, string>, patterns: string[]): string {
  const at = text.indexOf('{patterns}');
  if (at >= 0 && patterns.length > 2) return `${text.slice(0, at).trimEnd()}:\n${patterns.map((p) => `- ${p}`).join('\n')}`;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const money = (n: number) =>
  `£${n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
const PER = { year: 'a year', hour: 'an hour', session: 'a session' } as const;

/** "The salary is £29,970 to £36,483 a year for full-time hours (Agenda for Change Band 5)." */
export function payWording(pay: Pay): string {
  const band = pay.band === undefined ? '' : `Agenda for Change Band ${pay.band}`;
  if (pay.from === undefined) return `This job is paid on ${band}.`;
  const amount = pay.to !== undefined && pay.to !== pay.from ? `${money(pay.from)} to ${money(pay.to)}` : money(pay.from);
  const hours = pay.proRata ? ' for full-time hours, and in proportion for fewer hours' : '';
  return `The salary is ${amount} ${PER[pay.per]}${hours}${band ? ` (${band})` : ''}.`;
}

/** Flattens whitespace and drops template braces, so what the user typed fills a gap and nothing else. */
const clean = (value: string) => value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();

function isSet(p: Personalisation, detail: 'organisation' | 'patterns' | 'disabilityConfident' | 'guaranteedInterview'): boolean {
  const value = p[detail];
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return clean(value) !== '';
  return value;
}

/**
 * Writes a statement from the data with the practice's details. Pure: the same details give the
 * same words on every surface.
 */
export function renderStatement(id: StatementId, personalisation: PersonalisationInput = {}, pay?: PayInput): RenderedStatement {
  const statement = BY_ID.get(id);
  if (!statement) throw new Error(`No statement "${id}" in wordlists/statements.json`);
  const p = personalisationSchema.parse(personalisation);
  const payParsed = pay === undefined ? undefined : paySchema.safeParse(pay);
  const base = { id, title: statement.title, sources: statement.sources };
  if (statement.needs?.includes('pay') && !payParsed?.success) return { ...base, text: null, missing: ['pay'] };

  const patterns = patternPhrases(p.patterns);
  const values: Record<string, string> = {
    organisation: clean(p.organisation),
    contact: clean(p.contact) || FILE.placeholders.contact,
    patterns: patterns.join(' or '),
    pay: payParsed?.success ? payWording(payParsed.data) : '',
  };
  let text = '';
  let afterList = false;
  for (const part of statement.parts) {
    if (part.when !== undefined && !isSet(p, part.when)) continue;
    if (part.unless !== undefined && isSet(p, part.unless)) continue;
    const filled = fillPart(part.text, values, patterns);
    // A sentence after a list starts on its own line.
    text += (text === '' ? '' : afterList ? '\n' : ' ') + filled;
    afterList = filled.includes('\n- ');
  }
  return { ...base, text, missing: [] };
}
