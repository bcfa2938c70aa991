// A rule's pattern with its letters' cases spelt out ("nhs" as "[nN][hH][sS]") and its apostrophes
// straight or curly ("won't" as "won['’]t"), written into the compiled rules so that the engine runs
// it without the i flag and on text as typed: V8 compiles an expression with the i flag in about
// twice the time, and every thread of the CLI compiles each pattern its texts reach (twice over, for
// texts held in Latin-1 and for the others). A pattern with the u flag is left as written (its case
// folding differs; the engine keeps the i flag for it).
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

/**
 * The i flag's Canonicalize without the u flag (ECMA-262 22.2.2.7.3): a character's upper case,
 * unless that is several characters or an ASCII one for a character outside ASCII ("ſ" stays "ſ").
 */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  return upper.length !== 1 || (c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? c : upper;
}

let byCanonical: Map<string, number[]> | undefined;

/** The code units the i flag matches with `unit` (itself among them), in order; for an apostrophe, every apostrophe. */
function sameCase(unit: number): number[] {
  if (!byCanonical) {
    byCanonical = new Map();
    for (let u = 0; u <= 0xffff; u++) {
      const key = canonical(String.fromCharCode(u));
      const units = byCanonical.get(key);
      if (units) units.push(u);
      else byCanonical.set(key, [u]);
    }
  }
  const units = byCanonical.get(canonical(String.fromCharCode(unit)))!;
  return APOSTROPHES.includes(unit) ? APOSTROPHES : units;
}

/**
 * The straight apostrophe and the curly one, which the words' own reading treats as one (tokenize's
 * normalise): a pattern written with "won't" matches "won’t" as typed by a word processor. (A left
 * quotation mark typed for one is rare, and a third member makes some patterns too complex to prove linear.)
 */
const APOSTROPHES = [0x27, 0x2019];

/** A code unit as written in a class: ASCII letters and digits as themselves, the rest escaped. */
const written = (unit: number) => (/[A-Za-z0-9]/.test(String.fromCharCode(unit)) ? String.fromCharCode(unit) : `\\u${unit.toString(16).padStart(4, '0')}`);

/** Code units as class members, runs of three or more as ranges. */
function members(units: number[]): string {
  let out = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j]! + 1) j++;
    out += j - i >= 2 ? `${written(units[i]!)}-${written(units[j]!)}` : units.slice(i, j + 1).map(written).join('');
    i = j + 1;
  }
  return out;
}

/** A class with the other cases of its characters and ranges added (its sets, \s \d \w, need none). */
function classWithCases(node: AST.CharacterClass): string {
  const covered = new Set<number>();
  for (const e of node.elements) {
    if (e.type === 'Character') covered.add(e.value);
    else if (e.type === 'CharacterClassRange') for (let u = e.min.value; u <= e.max.value; u++) covered.add(u);
  }
  const extra = new Set<number>();
  for (const u of covered) for (const other of sameCase(u)) if (!covered.has(other)) extra.add(other);
  if (extra.size === 0) return node.raw;
  // A hyphen written as itself could join the added members into a range: escaped, it cannot.
  const own = node.elements.map((e) => (e.type === 'Character' && e.raw === '-' ? '\\-' : e.raw)).join('');
  return `[${node.negate ? '^' : ''}${own}${members([...extra].sort((a, b) => a - b))}]`;
}

/**
 * The pattern, without the u flag, rewritten to match without the i flag exactly what it matches
 * with it: each letter as a class of its cases, each class with its members' other cases (a negated
 * class too: it then refuses them all, as with the flag). Throws for a back-reference, which the i
 * flag compares in any case.
 */
export function withCaseClasses(source: string): string {
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: false });
  const edits: { start: number; end: number; text: string }[] = [];
  visitRegExpAST(pattern, {
    onBackreferenceEnter(node) {
      throw new Error(`back-reference ${node.raw} is compared in any case; write the alternatives out`);
    },
    onCharacterClassEnter(node) {
      const text = classWithCases(node);
      if (text !== node.raw) edits.push({ start: node.start, end: node.end, text });
    },
    onCharacterEnter(node) {
      if (node.parent.type === 'CharacterClass' || node.parent.type === 'CharacterClassRange') return;
      const units = sameCase(node.value);
      if (units.length > 1) edits.push({ start: node.start, end: node.end, text: `[${node.raw}${members(units.filter((u) => u !== node.value))}]` });
    },
  });
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
