import { bracketAfter } from './bracket-after';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';
import { trimChars } from './trim-chars';

/** The domain after an "@": labels joined by dots, ending in a label of letters; a label may hold any letter ("örnek.example"). */
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}(?![\w-])/u;
/** Blanks a writer left after the "@" before its domain: "ayşegül@ örnek.example". */
const BLANK_AFTER_AT = /^[ \t]{1,2}(?=[\p{L}\p{N}])/u;
/** "dr. a. bello@…": a title or initials typed with a space after their dots, just before the address. */
const SPACED_LEAD = /(?<![\p{L}\p{N}])(?:(?:dr|mr|mrs|ms|miss|prof|\p{L})\.[ \t]?){1,3}$/iu;
const LOWER_LOCAL_CHAR = /[\p{Ll}\p{N}_+'’%-]/u;
/** Where a field starts: a label's colon, a separator, a bracket, a tab or a line break. */
const FIELD_START = /[:|·•(<\t\n]/;

/**
 * "Email: lowri. evans@…", "Email: lowri.ev ans@…": a lower-case, dotted part of the local part
 * split off by one blank, at the start of a field (so "Contact me. jo@…" keeps its "me."). How far
 * it reaches back from `start`, or 0. Read backwards in code, at most 40 characters.
 */
function fieldLead(text: string, start: number): number {
  if (!/[ \t]/.test(text[start - 1] ?? '')) return 0;
  let head = start - 1;
  while (head > 0 && start - head < 42 && (LOWER_LOCAL_CHAR.test(text[head - 1]!) || text[head - 1] === '.')) head--;
  // A dotted part ("nia.row lands@…") or one ending in its dot ("nia. rowlands@…").
  const part = text.slice(head, start - 1);
  if (part.length < 3 || !part.includes('.') || part.startsWith('.')) return 0;
  let before = head;
  while (before > 0 && head - before < 4 && /[ \t]/.test(text[before - 1]!)) before--;
  return before === 0 || FIELD_START.test(text[before - 1]!) ? start - head : 0;
}
/**
 * A domain with a blank that text extraction put beside one of its dots: "example .co.uk",
 * "example. co.uk". A blank may stand after a dot only before a mail domain's own label, so
 * "jo@nhs.net. Then" keeps its sentence.
 */
const SPACED_DOMAIN = /^[A-Za-z0-9-]+(?:(?:[ \t]\.|\.(?:[ \t](?=(?:co|com|org|net|uk|ac|nhs|gov|ie|wales|scot)(?![\w-])))?)[A-Za-z0-9-]+)+/;
/**
 * "[at]", "(at)", "{at}", "(@)", "(a)", " at " between words, an "@" set apart by spaces on either side or both (the @ of
 * an address written out or spaced by a PDF), or an "@" as a web page's character reference ("&#64;", "&commat;").
 */
const AT = /(?<!\s)\s*[([{]\s*(?:at|@|a)\s*[)\]}]\s*|(?<!\s)\s+at\s+|(?<!\s)[ \t]+@[ \t]*|(?<![\s@])@[ \t]+|&(?:#0*64|#x0*40|commat);/gi;
/** One step of a written-out address: a separator (".", "[dot]", "(dot)", "[.]", " dot " or its Spanish or German word, "&#46;", "_", "-") then a label. */
const STEP = /^(?:\s*[([{]\s*(?:dot|punto|punkt|\.)\s*[)\]}]\s*|\s+(?:dot|punto|punkt)\s+|[ \t]+\.[ \t]+|[._-]|&(?:#0*46|#x0*2e|period);)([A-Za-z0-9]+)/i;
const MAIL_DOMAIN_END = /\.(?:com|net|org|uk|ie|scot|wales|nhs|gov|ac|co|io|me|edu|info|eu|de|fr|nl|pl|in|ng|gh|ke|za|au|ca|us|ph|ae|sa|qa|om|kw|bh|pk|bd|lk|np|cn|hk|sg|my|nz|gr|pt|es|it|ro|lt|lv|ua|br|vn|tr|eg|zw|ug|tz|et)$/i;
const LABEL_CHAR = /[A-Za-z0-9]/;
/** Words for getting in touch, shortly before a local part written with a plain " at ": "email", "contact me", "reach me on … or". */
const CONTACT_CUE = /\b(?:e-?mail(?:ed)?|contact(?:ed)?|reach|write|message|address|text|call|ring|phone)\b/i;
const CONTACT_CUE_REACH = 60;
/** What stands just before such an address: "or", "at", "is", "email", "via", a colon or a bracket ("the team worked at …" is no address). */
const BEFORE_ADDRESS = /(?:\b(?:or|at|is|e-?mail|mail|via|on|to|contact|address)|[:(])\s+$/i;
const SPACE = /\s/;
/** "(a)" with a blank either side: maybe a list's first item, not an "@". */
const LIST_MARK_A = /^\s+[([{]\s*a\s*[)\]}]\s/i;
/** An e-mail's label just before the address: "Email: ", "E-mail – ", "Contact: ". */
const MAIL_LABEL_BEFORE = /\b(?:e-?mail|contact)\b[ \t]{0,3}(?:[:–-][ \t]{0,3})?$/i;
const LABEL = /^[A-Za-z0-9-]+/;
const WORD_AT = /^[A-Za-z]/;

/**
 * A line that ends in "@", "." or a hyphen inside a word and goes on with a letter or digit, or a
 * word that ends a line before one that starts with "@": maybe an address the layout wrapped.
 */
const BROKEN = /(?:[@.]|(?<=[\p{L}\p{N}])-)[ \t]*\n[ \t]*(?=[A-Za-z0-9])|\n[ \t]*(?=@[A-Za-z0-9])/gu;
/** Before a break at a dot, the start of a local part: dotted already ("dr.ken.") or a title or an initial ("dr.", "a."), never a word ending a sentence. */
const WRAPPED_LOCAL = /^(?:[\p{L}\p{N}_+'’%-]+\.)+[\p{L}\p{N}_+'’%-]+$|^(?:dr|mr|mrs|ms|miss|prof|\p{L})$/iu;
const ADDRESS_CHAR = /[\p{L}\p{M}\p{N}_.+'’%@-]/u;
const LOCAL_CHAR = /[\p{L}\p{M}\p{N}_.+'’%-]/u;

/** Whether `value` is an e-mail address: one "@", a local part, and two or more domain labels ending in letters. Read in code, not by one pattern. */
function isAddress(value: string): boolean {
  const [local, domain, more] = value.split('@');
  if (more !== undefined || !local || !domain || !/^[\p{L}\p{M}\p{N}_.+'’%-]+$/u.test(local)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => /^[A-Za-z0-9-]+$/.test(label)) && /^[A-Za-z]{2,}$/.test(labels.at(-1)!);
}

/** A domain with a blank inside its first label, as extraction may put one: "exam ple.com". */
const SPLIT_LABEL = /^[a-z0-9-]{1,30}[ \t][a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/;

/** A domain that `SPACED_DOMAIN` or `SPLIT_LABEL` reads, when it ends as a mail domain ends (the blanks left out). */
function spacedDomain(after: string): [string] | null {
  const found = SPACED_DOMAIN.exec(after)?.[0] ?? SPLIT_LABEL.exec(after)?.[0];
  const joined = found?.replace(/[ \t]/g, '');
  return found && joined !== found && MAIL_DOMAIN_END.test(joined!) && /\.[A-Za-z]{2,}$/.test(joined!) ? [found] : null;
}

/** A two-letter country label in lower case, alone: the end of a domain such as "nhs.net.⏎uk" or "example.co.⏎uk". */
const COUNTRY_LABEL = /^[a-z]{2}(?![\p{L}\p{N}.@-])/u;

/** "jane.smith@\nnhs.net", "jane.smith@nhs.\nnet": an address broken over two lines. */
function wrappedEmails(text: string): Span[] {
  const spans: Span[] = [];
  // Every break it reads is a line break.
  for (const m of text.includes('\n') ? matchAll(text, BROKEN) : []) {
    // Broken before an "@", the match starts at the line break, and the line must end (blanks
    // aside) in a letter or digit of the local part.
    const beforeAt = m[0][0] === '\n';
    let lineEnd = beforeAt ? m.index : m.index + 1;
    while (beforeAt && lineEnd > 0 && m.index - lineEnd < 8 && /[ \t]/.test(text[lineEnd - 1]!)) lineEnd--;
    if (beforeAt && !/[\p{L}\p{N}]/u.test(text[lineEnd - 1] ?? '')) continue;
    let start = lineEnd;
    while (start > 0 && lineEnd - start < 64 && ADDRESS_CHAR.test(text[start - 1]!)) start--;
    // Broken at a dot, the "@" must come before the break: a line that ends a sentence or a link
    // ("…/in/aaa.") is not the start of an address on the next line. Nor is the end of a link.
    if ((m[0][0] === '.' && !text.slice(start, m.index).includes('@') && !WRAPPED_LOCAL.test(text.slice(start, m.index))) || /[/\\=?&#]/.test(text[start - 1] ?? '')) continue;
    const resume = m.index + m[0].length;
    // A whole address before a dot that ends the line: the dot ends a sentence, and the next line is
    // its own ("jo@example.com.⏎JT 48 27 91 B"), unless it goes on with a country label ("…co.⏎uk").
    if (m[0][0] === '.' && isAddress(text.slice(start, m.index)) && !COUNTRY_LABEL.test(text.slice(resume, resume + 3))) continue;
    let end = resume;
    while (end < text.length && end - resume < 100 && ADDRESS_CHAR.test(text[end]!)) end++;
    while (text[end - 1] === '.') end--;
    if (isAddress(text.slice(start, lineEnd) + text.slice(resume, end))) spans.push(makeSpan('email', start, end));
  }
  return spans;
}

/** A line that a column opens with "@domain": the rest of an address whose local part opened the line above. */
const COLUMN_AT = /\n[ \t]{0,8}@[ \t]?(?=[A-Za-z0-9])/g;
/** The first field of a line, before a column gap of two spaces or a tab; its dots may stand apart ("eleni . charalambous"). */
const FIRST_FIELD = /^[ \t]{0,8}([^\s]{1,64}(?: \. [^\s]{1,64}){0,3})(?: {2}|\t)/;

/**
 * "ioana.popescu.do      optician post in…⏎@example.ro": in a two-column layout merged line by line,
 * an address wrapped inside a narrow column leaves its local part first on one line, with the other
 * column's text after it, and its domain first on the next. Each part is its own span, so the other
 * column's words stay.
 */
function columnEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, COLUMN_AT)) {
    const at = m.index + m[0].indexOf('@');
    const from = m.index + m[0].length;
    // "@example.ro", or spaced as the local part is: "@ example . cy".
    const domainTo = from + (EMAIL_DOMAIN.exec(text.slice(from, from + 256))?.[0].length ?? 0);
    const end = domainTo > from ? domainTo : (domainEnd(text, from) ?? 0);
    const lineFrom = text.lastIndexOf('\n', m.index - 1) + 1;
    const field = FIRST_FIELD.exec(text.slice(lineFrom, m.index));
    if (!end || !field || !isAddress(`${field[1]}@${text.slice(from, end)}`.replace(/[ \t]/g, ''))) continue;
    const local = lineFrom + field[0].indexOf(field[1]!);
    spans.push(makeSpan('email', local, local + field[1]!.length), makeSpan('email', at, end));
  }
  return spans;
}

/** Where a domain broken inside a word by a narrow column ends: "…@exam" then "ple.com" on the next line, in lower case. */
const DOMAIN_HEAD = /^@[A-Za-z0-9-]{1,40}[ \t]*\n[ \t]*(?=[a-z0-9])/;
function brokenDomain(text: string, at: number): number {
  const head = DOMAIN_HEAD.exec(text.slice(at, at + 64));
  const tail = head ? EMAIL_DOMAIN.exec(text.slice(at + head[0].length, at + head[0].length + 256)) : null;
  return head && tail ? head[0].length + tail[0].length : 0;
}

/** A dotted start of a local part: "dr.x.sur" at the end of a line before "name@nhs.net". */
const DOTTED = /^[\p{L}\p{N}_+'’%-]+(?:\.[\p{L}\p{N}_+'’%-]+)+$/u;
/** A web or mail domain is the end of something else: "www.nhs.uk". */
const DOMAIN_LIKE = /\.(?:com|net|org|uk|ie|scot|wales|nhs|gov|io|me|edu|info)$/i;
const BLANK = /[ \t]/;

/** How far an address at the start of a line reaches back: a narrow column may break it anywhere, even inside a word. Read in code. */
function wrappedHead(text: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < 8 && BLANK.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '\n') return 0;
  let end = i - 1;
  while (end > 0 && i - end < 8 && BLANK.test(text[end - 1]!)) end--;
  let head = end;
  while (head > 0 && end - head < 64 && ADDRESS_CHAR.test(text[head - 1]!)) head--;
  const token = text.slice(head, end);
  // "e.g" and "i.e" end lines too, and so do dates and numbers: "DOB 21.11.1990" over the address is no part of it.
  if (/[/:]/.test(text[head - 1] ?? '') || !DOTTED.test(token) || DOMAIN_LIKE.test(token) || /^\p{L}(?:\.\p{L})+$/u.test(token) || /^[\d.]+$/.test(token)) return 0;
  return start - head;
}

/** An e-mail's label before its value: set off by a colon or a dash, or (a form's column) by a gap: "Email        nok.sri". */
const EMAIL_LABEL = /^[ \t]*(?:(?:e-?mail(?:[ \t]+address)?|e)[ \t]*[:\-–][ \t]*|e-?mail(?:[ \t]+address)?(?:\t| {2})[ \t]*)/i;
/** How far back a column's line is read: a line longer than this is no narrow column. */
const COLUMN_REACH = 160;
/** After the first part of an address in a column: the line's end, or the gap before the next column. */
const COLUMN_GAP = /^(?:$|\n|[ \t]{2}|\t|[ \t]*\|)/;

/**
 * The first part of an address that a narrow column broke at a dot, a hyphen or an underscore,
 * on the line above at the same column, with the other column's text after it:
 * "adaeze.okonkwo-    Languages: Igbo" above "eze@example.com    Driving licence". Read in code,
 * at most two short lines back.
 */
function columnHead(text: string, start: number): [number, number] | null {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < COLUMN_REACH && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart === 0 || text[lineStart - 1] !== '\n') return null;
  let previous = lineStart - 1;
  while (previous > 0 && lineStart - previous < COLUMN_REACH && text[previous - 1] !== '\n') previous--;
  const column = start - lineStart;
  // Under its label ("Email: adaeze.okonkwo-"), the address starts after the label; otherwise at the same column.
  const label = EMAIL_LABEL.exec(text.slice(previous, lineStart - 1))?.[0].length;
  const columns = label === undefined ? [column - 2, column + 2] : [label, label];
  for (let c = Math.max(0, columns[0]!); c <= columns[1]! && previous + c < lineStart - 1; c++) {
    const at = previous + c;
    if ((c > 0 && !/[ \t|:]/.test(text[at - 1]!)) || !LOCAL_CHAR.test(text[at]!)) continue;
    let end = at;
    while (end < lineStart - 1 && end - at < 64 && LOCAL_CHAR.test(text[end]!)) end++;
    const head = text.slice(at, end);
    // Under its label the value may wrap inside a word, when its first part ends the line: "Email   nok.sri⏎        suk@…".
    const wrapsValue = label !== undefined && /^\r?(?:\n|$)/.test(text.slice(end, end + 2));
    if ((!/[.\-_]$/.test(head) && !wrapsValue) || !COLUMN_GAP.test(text.slice(end, end + 3))) return null;
    // A head names someone, so has a letter; a number or a capitalised word with a full stop ends a sentence ("…on Tuesdays.").
    return /\p{L}/u.test(head) && !/^\p{Lu}\p{Ll}*\.$/u.test(head) ? [at, end] : null;
  }
  return null;
}

/** The domain after an "at": labels joined by dots written any way, at least one dot, ending in a 2+ letter label. */
function domainEnd(text: string, from: number): number | null {
  const first = LABEL.exec(text.slice(from, from + 64));
  if (!first) return null;
  let end = from + first[0].length;
  // The furthest end after a dot and a last label of two letters or more: a sentence's full stop and its next word may
  // follow a domain written with blanks ("… @ example . com . i live …").
  let found: number | null = null;
  for (let i = 0; i < 6; i++) {
    const step = STEP.exec(text.slice(end, end + 80));
    if (!step || step[0].startsWith('_')) break;
    end += step[0].length;
    // A hyphen goes on inside a label ("u-tokyo" in "weblab.t.u-tokyo.ac.jp"): no dot, and the label it ends is not the last.
    if (step[0].startsWith('-')) continue;
    if (/^[A-Za-z]{2,}$/.test(step[1]!)) found = end;
  }
  return found;
}

/** Where the label ending at `end` starts (letters and digits, at most 64). */
function labelStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 64 && LABEL_CHAR.test(text[start - 1]!)) start--;
  return start;
}

/** Where a separator ending at `end` starts: ".", "_", "-", " dot ", "(dot)", "[dot]"; or -1. Read backwards by hand. */
function separatorStart(text: string, end: number): number {
  const c = text[end - 1] ?? '';
  if ('._-'.includes(c) && c) return end - 1;
  // " . ": a dot set apart by blanks on both sides.
  const spacedDot = /[ \t]{1,2}\.[ \t]{1,2}$/.exec(text.slice(Math.max(0, end - 5), end));
  if (spacedDot) return end - spacedDot[0].length;
  let i = end;
  while (i > 0 && end - i < 4 && (SPACE.test(text[i - 1]!) || ')]}'.includes(text[i - 1]!))) i--;
  const closed = text.slice(i, end).trim().length > 0;
  if (text.slice(i - 3, i).toLowerCase() !== 'dot') return -1;
  let j = i - 3;
  const beforeDot = j;
  while (j > 0 && beforeDot - j < 4 && (SPACE.test(text[j - 1]!) || '([{'.includes(text[j - 1]!))) j--;
  const opened = text.slice(j, beforeDot).trim().length > 0;
  const spaced = SPACE.test(text[beforeDot - 1] ?? '') && SPACE.test(text[i] ?? text[end - 1] ?? '');
  return j < beforeDot && (opened === closed) && (opened || spaced || end > i) ? j : -1;
}

/**
 * The local part before an "at": one label, then more joined by dots (written any way), "_" or "-". Its first label
 * starts with a letter; a later one may start with a digit ("amara [dot] 12jan99 [at] …").
 */
function localStart(text: string, to: number): number | null {
  let start = labelStart(text, to);
  if (start === to) return null;
  for (let i = 0; i < 4; i++) {
    const separator = separatorStart(text, start);
    if (separator < 0) break;
    const label = labelStart(text, separator);
    if (label === separator) break;
    start = label;
  }
  return WORD_AT.test(text[start]!) ? start : null;
}

/** One character of an address spelt out with a blank after each ("k i t t y . m a u g h a n @…"). */
const SPELT_CHAR = /[A-Za-z0-9._-]/;
/** How many characters spelt out one by one make an address's local part, not a stray initial before it ("J m.smith at…"). */
const SPELT_MIN = 4;

/**
 * Where a local part starts when its last label is one character and the characters before it are
 * spelt out with a blank after each, as a writer spaces an address to dodge harvesters. Read back
 * in code; `start` itself when it is not spelt so.
 */
function spacedLetters(text: string, start: number): number {
  if (!SPELT_CHAR.test(text[start] ?? '') || SPELT_CHAR.test(text[start + 1] ?? '')) return start;
  let head = start;
  let count = 1;
  while (head >= 2 && count < 64 && text[head - 1] === ' ' && SPELT_CHAR.test(text[head - 2]!) && !SPELT_CHAR.test(text[head - 3] ?? '')) {
    head -= 2;
    count++;
  }
  return count >= SPELT_MIN ? head : start;
}

/** The characters of an address written backwards after its "@" ("moc.elpmaxe@imihar.f"). */
const REVERSED_CHAR = /[A-Za-z0-9._-]/;

/**
 * "moc.elpmaxe@imihar.f": an address written backwards, which is an address read from its end and
 * then ends as a mail domain does. Where it ends, or 0.
 */
function reversedEnd(text: string, start: number, at: number): number {
  let end = at + 1;
  while (end < text.length && end - at < 64 && REVERSED_CHAR.test(text[end]!)) end++;
  while (end > at + 1 && /[._-]/.test(text[end - 1]!)) end--;
  const forward = [...text.slice(start, end)].reverse().join('');
  return isAddress(forward) && MAIL_DOMAIN_END.test(forward) ? end : 0;
}

/** "(# = @)", "(# means @)", "replace # with @": a stand-in for the "@" the writer explains after the address. */
const STAND_IN = /[([][ \t]*([^\s\w@()[\]])[ \t]*(?:=|means|is|for)[ \t]*@[ \t]*[)\]]|\b(?:replace|swap|change)[ \t]+(?:the[ \t]+)?([^\s\w@])[ \t]+(?:with|for)[ \t]+(?:an[ \t]+)?@/gi;
/** A token on the line before the explanation. */
const TOKEN = /[^\s()[\]<>,;]+/g;
/** How far back on its line an explained stand-in is looked for. */
const STAND_IN_REACH = 120;

/** "usman.c#example.co.uk (# = @)": each token on the line before the explanation that is an address once its stand-in is an "@". */
function standInEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, STAND_IN)) {
    const mark = m[1] ?? m[2]!;
    const from = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - STAND_IN_REACH);
    const before = text.slice(from, m.index);
    for (const token of matchAll(before, TOKEN)) {
      const value = trimChars(token[0], null, /\./);
      if (value.split(mark).length === 2 && isAddress(value.replace(mark, '@'))) spans.push(makeSpan('email', from + token.index, from + token.index + value.length));
    }
  }
  return spans;
}

/** "mailto:" before an address, as a link copied from a web page carries it. */
const MAILTO = /mailto:[ \t]?$/i;
/** A short bracket just after an address, and the words that make it a note on how to read the address: "(no spaces)", "(all lower case)", "(read it backwards)", "(# = @)". A longer aside is the writer's own words and stays. */
const READING_NOTE = /\bspaces?\b|\bone word\b|\blower[ -]?case\b|\bbackwards?\b|\breversed?\b|=/i;

/** An address with the "mailto:" before it and the note after it that tell how to use it. */
function withFrame(text: string, span: Span): Span {
  const lead = MAILTO.exec(text.slice(Math.max(0, span.start - 8), span.start))?.[0].length ?? 0;
  const bracket = bracketAfter(text, span.end, 30);
  const note = bracket && READING_NOTE.test(bracket.inside) ? bracket.length : 0;
  return lead || note ? { ...span, start: span.start - lead, end: span.end + note } : span;
}

/**
 * E-mail addresses, including ones that contain the candidate's name, and addresses written out
 * to dodge harvesters: "jane dot smith at nhs dot net", "pieter.vdberg[at]example.com",
 * "tom (at) harrington (dot) me". A plain " at " counts only when a dotted domain follows it.
 */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  // Read from each "@" outwards (a local part of at most 64 characters, as RFC 5321 allows), so
  // text without one costs nothing. The local part may hold accented letters and a word
  // processor's apostrophe ("siobhán.o’neill@…"): a candidate writes their name as it is spelt.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    // A quote before the address is no part of it: "'jo@nhs.net'".
    while (start < at && /['’]/.test(text[start]!)) start++;
    // A domain with a blank that extraction put in it reaches further than the part before the blank.
    const blank = start < at ? (BLANK_AFTER_AT.exec(text.slice(at + 1, at + 4))?.[0].length ?? 0) : 0;
    const plain = EMAIL_DOMAIN.exec(text.slice(at + 1 + blank, at + 256));
    const spaced = spacedDomain(text.slice(at + 1, at + 256));
    const domain = spaced && spaced[0].length > (plain?.[0].length ?? 0) ? spaced : plain;
    // "dr.s.sharma@" with the domain gone to the next line or another column: the part left still names someone.
    if (start < at && !domain && /\p{L}/u.test(text.slice(start, at)) && COLUMN_GAP.test(text.slice(at + 1, at + 4).replace(/^[ \t]?\(/, '  '))) {
      spans.push(makeSpan('email', start, at + 1));
      continue;
    }
    const broken = start < at && !domain ? brokenDomain(text, at) : 0;
    if (broken && isAddress(text.slice(start, at + broken).replace(/\s/g, ''))) {
      spans.push(makeSpan('email', start, at + broken));
      continue;
    }
    const reversed = start < at && !domain ? reversedEnd(text, start, at) : 0;
    if (reversed) spans.push(makeSpan('email', start, reversed));
    if (start === at || !domain) continue;
    const quoted = start > 0 && /['’]/.test(text[start - 1]!);
    const lead = quoted ? 0 : (SPACED_LEAD.exec(text.slice(Math.max(0, start - 16), start))?.[0].length ?? fieldLead(text, start));
    const wrapped = wrappedHead(text, start);
    const end = at + 1 + (domain === plain ? blank : 0) + domain[0].length;
    spans.push(makeSpan('email', start - lead - wrapped, end));
    // A narrow column broke it, and the other column's text follows its first part on the line above.
    const head = lead || wrapped ? null : columnHead(text, start);
    if (head && isAddress(text.slice(head[0], head[1]) + text.slice(start, end))) spans.push(makeSpan('email', head[0], head[1]));
  }
  for (const m of matchAll(text, AT)) {
    const plainAt = !/[([{@&]/.test(m[0]);
    const end = domainEnd(text, m.index + m[0].length);
    if (end === null) continue;
    const local = localStart(text, m.index);
    if (local === null) continue;
    const start = spacedLetters(text, local);
    // "(a)" with a blank either side marks a list's item ("Duties included (a) nhs.net account set-up"), but under an
    // e-mail's label ("Email: jo.bloggs (a) nhs.net"); joined to the name or the domain it is an "@" ("priya(a)nhs.net").
    if (LIST_MARK_A.test(m[0]) && !MAIL_LABEL_BEFORE.test(text.slice(lineStart(text, start, 40), start))) continue;
    // " at nhs dot net", "jane.smith AT nhs.net": a plain " at " needs a written-out dot, a dotted
    // local part, a capital AT, or a mail domain after a word for getting in touch ("reach me ... or
    // tsmith at example.com"); "I worked at leeds.gov.uk" is no address.
    if (
      plainAt && !/\bdot\b/i.test(text.slice(m.index, end)) && !/[._]/.test(text.slice(start, m.index)) && !m[0].includes('AT') &&
      !(
        MAIL_DOMAIN_END.test(text.slice(m.index + m[0].length, end)) &&
        CONTACT_CUE.test(text.slice(Math.max(0, start - CONTACT_CUE_REACH), start)) &&
        BEFORE_ADDRESS.test(text.slice(Math.max(0, start - 12), start))
      )
    ) {
      continue;
    }
    // "jo.smith @nhs.net" (a PDF's stray space) but not "Twitter @jo.smith": with a space only before the "@", a mail domain must end it.
    if (/^\s+@$/.test(m[0]) && !MAIL_DOMAIN_END.test(text.slice(m.index + m[0].length, end))) continue;
    spans.push(makeSpan('email', start, end));
  }
  spans.push(...wrappedEmails(text), ...columnEmails(text), ...standInEmails(text), ...encodedEmails(text));
  return spans.filter((span) => !isRoleMailbox(text, span.start, span.end)).map((span) => withFrame(text, span));
}

/** An employer's shared mailbox, whose local part is a team's job and nothing else: "recruitment@…", "careers@…". */
const ROLE_MAILBOX = /^(?:recruit|recruitment|jobs|careers|vacancies|hr|workforce|staffing|resourcing)@/;
/**
 * The domains of the NHS, universities, government and the example domains the documents use: only there is a team's mailbox
 * surely an employer's. At a personal or a small firm's domain it names the candidate ("careers@asante-care.co.uk").
 */
const EMPLOYER_DOMAIN = /@(?:[a-z0-9-]+\.)*(?:nhs\.net|nhs\.uk|nhs\.scot|ac\.uk|gov\.uk|example\.(?:com|org|net|co\.uk|org\.uk))$/;
/** The writer's own address said so: "My email: …", "email me at …". */
const OWN_ADDRESS = /\b(?:my[ \t]+e-?mail(?:[ \t]+address)?|e-?mail[ \t]+me)\b[^\n@]{0,12}$/i;

/**
 * Whether an address is an organisation's shared mailbox, which names no one and so stays (the one a candidate writes to).
 * A local part with more in it may be a person's or a named team's ("recruitment.ahp@…"), and goes.
 */
function isRoleMailbox(text: string, start: number, end: number): boolean {
  const address = text.slice(start, end).toLowerCase();
  return ROLE_MAILBOX.test(address) && EMPLOYER_DOMAIN.test(address) && !OWN_ADDRESS.test(text.slice(Math.max(0, start - 40), start));
}

/** A run of a web page's numeric character references, maybe among an address's own characters: "&#074;&#097;…&#064;…". */
const ENCODED_RUN = /(?:&#(?:\d{1,7}|[xX][0-9a-fA-F]{1,6});|[A-Za-z0-9._%+@-])+/g;
const REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;
const AT_REFERENCE = /&#(?:0*64|[xX]0*40);/;

/**
 * An address a page spelt wholly or partly in numeric character references to hide it from robots ("&#106;&#111;&#064;…"):
 * the run, read back into characters, is an address. Only a run with a reference in it, and only where the text holds one and an "@".
 */
function encodedEmails(text: string): Span[] {
  if (!text.includes('&#') || !(text.includes('@') || AT_REFERENCE.test(text))) return [];
  const spans: Span[] = [];
  for (const m of matchAll(text, ENCODED_RUN)) {
    if (!m[0].includes('&#')) continue;
    const decoded = m[0].replace(REFERENCE, (_, decimal: string | undefined, hex: string | undefined) => String.fromCodePoint(Math.min(0x10ffff, Number.parseInt(decimal ?? hex!, decimal ? 10 : 16))));
    if (decoded.includes('@') && isAddress(decoded)) spans.push(makeSpan('email', m.index, m.index + m[0].length));
  }
  return spans;
}
