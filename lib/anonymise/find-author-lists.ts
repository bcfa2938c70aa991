import { type DocumentLayout, sectionAt } from './document-layout';
import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import type { NameRun } from './name-run';

/**
 * One author as a citation lists them (Vancouver style): a surname, maybe after a particle and maybe joined by a
 * hyphen or of two words ("Okonkwo-Adeyemi", "van der Berg", "Ní Bhriain"), then one to three initials ("Chan WY"), which a
 * hyphen may join as for a Chinese given name of two syllables ("Chan W-Y"). A surname part has a small letter, so it never runs into the initials. It may close a longer piece
 * ("1. Mensah KA", "Publications: Brennan PJ"), so it is read at the piece's end.
 */
/** A capital may stand inside it after "Mc", "Mac" or an apostrophe: "McKenzie", "O'Brien". */
const SURNAME_PART = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?`;
/** Particles before a surname, Irish and Scottish ones with a capital too ("Ó Súilleabháin", "Ní Bhriain", "Mac an tSaoir"). */
const PARTICLE = '(?:van|von|de|der|den|da|di|du|dos|das|del|le|la|al|el|bin|ibn|Ó|Ní|Nic|Mac|Uí)';
/** A surname in capitals, as some journals print it ("RAHIMI S", "OKAFOR-BELLO T"): three letters or more, so no initials. */
const SURNAME_CAPITALS = String.raw`\p{Lu}{3,}(?:-\p{Lu}{2,})?`;
const SURNAME_INITIALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${PARTICLE}[ -]){0,2}(${SURNAME_PART}(?:[ -]${SURNAME_PART})?|${SURNAME_CAPITALS}))[ \t](\p{Lu}(?:-?\p{Lu}){0,2})$`,
  'u',
);
/**
 * One author with the initials first, as many science CVs cite ("S. P. Kaur", "C. N. Ramachandran;", "W.-Y. Chan"): one to
 * three initials with full stops, then the surname, ending its piece or before the mark that ends the list.
 */
const INITIALS_FIRST = /^((?:\p{Lu}\.[ \t-]?){1,3})(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=[ \t]*(?:$|[;:.]))/u;
/**
 * One author with the surname first and initials with full stops, as some journals cite a Chinese given name of two
 * syllables ("Chen M.-H.", "Lin Y. T."): the surname, then one to three initials, each with its stop.
 */
const SURNAME_DOTTED_INITIALS = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]((?:\p{Lu}\.[ \t-]?){1,3})/u;
/** "and" between the last two authors of such a list, inside one comma's piece: "K. S. Sujith and C. N. Ramachandran". */
const AND = /[ \t]and[ \t]/;
/** One author written in full: two or three capitalised words, a middle initial maybe ("Lin Qi", "Ama K Owusu"). */
/** A word's part after a hyphen may open with a capital: "Ghorbani-Rad Farzaneh", "Chan Wing-Yan". */
/** A particle of descent may stand inside it ("Nurul Aisyah binti Ahmad"). */
const GIVEN_SURNAME = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}\.?)?(?:(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?){1,2}|[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?[ \t]+(?:binti|bin|bte|ibn)[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?)$/u;
/** Emphasis, a list's number or bullet, "and" and blanks opening an entry: "**Wei Liu**", "1. Mensah KA", "and Ming Liu". */
const ENTRY_LEAD = /^[ \t]*(?:(?:\[\d{1,3}\]|\d{1,3}[.)])[ \t]+|[•*-][ \t]+)?(?:and[ \t]+|&[ \t]*)?[*_]{0,2}/;
/** Where an entry stops inside its piece: emphasis, a bracket, a quote, a full stop, a wide gap or "et al" ("Ming Liu **(CORE A)**", "Chan WY."). */
const ENTRY_STOP = /[*_(".]|[ \t]{2}|[ \t]et[ \t]al\b/;
/** "et al" straight after a list, with or without its comma. */
const ET_AL = /^,?[ \t]et[ \t]al\b/;
/** A citation's list ends with a full stop, a semicolon or "et al"; a list of names read elsewhere may end anyhow. */
const LIST_END = new RegExp(`^(?:[.;]|${ET_AL.source.slice(1)})`);
/** Two initials or more: "Chan WY", as a ward's or a bay's letter ("Ward B", "Bay C") is not. */
const TWO_INITIALS = /^\p{Lu}{2,3}$/u;
/** The year in brackets straight after a list, as Harvard sets it: "Okafor T and Lindqvist M (2022)". */
const BRACKET_YEAR = /^[ \t]\((?:19|20)\d{2}[a-z]?\)/;
/** A year after the list, on its line or the next: when the work was published ("2018", "2018a"). */
const YEAR = /\b(?:19|20)\d{2}[a-z]?\b/;
/** How far after a list its year is looked for: a title and a journal's name, not the rest of a long line. */
const YEAR_REACH = 300;
/** A section of publications, presentations or research, where a list of names is a list of authors. */
const PUBLICATIONS = /publication|presentation|research|poster|abstract|paper/i;

/**
 * One author as APA and Harvard styles cite them: a surname (maybe after a particle, maybe hyphenated), a comma and one to
 * three initials with full stops ("Adeyemi-Clarke, T.", "de Vries, J. K.", "Reed, K.-L.").
 */
const SURNAME_COMMA_INITIALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PARTICLE}[ \t])?(${SURNAME_PART}(?:-${SURNAME_PART})?),[ \t]\p{Lu}\.(?:[ \t-]?\p{Lu}\.){0,2}`,
  'gu',
);
/** What joins two such authors: a comma, "&" or "and". */
const APA_JOIN = /^(?:,[ \t]|,?[ \t](?:&|and)[ \t])$/;
/** The year in brackets straight after such a list, as the style sets it: " (2021).", " (2019a)", " (n.d.)". */
const APA_YEAR = /^,?[ \t]\((?:(?:19|20)\d{2}[a-z]?|n\.d\.)\)/;

/**
 * "Adeyemi-Clarke, T., Bloggs, J. & Reed, K. (2020).": a list of authors in the APA or Harvard style, read only where the year
 * in brackets follows it, so "Leeds, W. Yorks." is no author. Each is removed whole where it stands.
 */
function commaInitialsAuthors(layout: DocumentLayout, found: NameRun[]): void {
  for (const line of layout.lines) {
    if (!line.text.includes('.,') && !line.text.includes('. &') && !line.text.includes('. (')) continue;
    let run: NameRun[] = [];
    let last = -1;
    for (const m of matchAll(line.text, SURNAME_COMMA_INITIALS)) {
      if (last >= 0 && !APA_JOIN.test(line.text.slice(last, m.index))) run = [];
      last = m.index + m[0].length;
      run.push({ parts: [m[1]!], start: line.start + m.index, end: line.start + last, whole: true });
      if (APA_YEAR.test(line.text.slice(last, last + 12))) {
        found.push(...run);
        run = [];
        last = -1;
      }
    }
  }
}

/** One entry of a line's comma-joined list, as an author: where it stands, its name words, and how it is written. */
interface Entry {
  start: number;
  end: number;
  parts: string[];
  initials: string | null;
  seeded: boolean;
  /** Something other than blanks follows a surname with initials in its piece, so the list ends there. */
  closes: boolean;
  /** It follows a column's edge, so a list starts there. */
  opens?: boolean;
  /** One word, as an author of a single name is cited ("Sukarni"): an author only between two others. */
  single?: boolean;
}

/** One capitalised word alone in its piece, which no list knows as another word. */
const SINGLE_NAME = /^[ \t]*(\p{Lu}\p{Ll}\p{Ll}[\p{Ll}\p{M}'’-]*)[ \t]*$/u;

/** A piece of one name alone, as an author of a single name is cited between others: "…, Wong Ka Yan, Sukarni, Virtanen M.". */
function singleName(piece: string, at: number): Entry | null {
  const m = SINGLE_NAME.exec(piece);
  const word = m?.[1];
  if (!m || !word || nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(word) || nameLexicon.wordLike.has(word)) return null;
  const start = at + m[0].indexOf(word);
  return { start, end: start + word.length, parts: [word], initials: null, seeded: false, closes: false, single: true };
}

/** An entry no name found already with a word of the non-name lists (a grade's subject, a ward, a skill): no author's name has one. */
const isNonNameEntry = (entry: Entry) => !entry.seeded && entry.parts.some((word) => nameLexicon.notNames.has(word) || nameLexicon.organisationSuffixes.has(word));

/**
 * The authors of the publications a CV lists, written either way: "1. Ogunleye OA, Danjuma AB, Chan WY, et al.
 * Same-day emergency care…" (surname and initials) or "…, Wei Liu, Lin Qi, Sarah Jones, Tao Wu, …" (names in full).
 * Each line's comma-joined pieces are read once, each as one entry or none; an entry no name found already with a
 * word of the non-name lists ("English A", "Ward B", "Wound Care") is none and ends the run. A run is a list of
 * authors on one of these kinds of evidence:
 *  - two of its entries or more are names found already, of three entries or more (the others are names too,
 *    whatever their data says: "Lin Qi" and "Tao Wu" are people there);
 *  - it holds an author with initials and ends with a full stop or "et al", and "et al" ends it, or it holds two
 *    entries or more, one with two initials or more, and a year follows shortly or it stands in a section of
 *    publications. Names in full alone need the names found already: "Referees: Ann Bell, Tom Hill. 2019." is no citation.
 * Entries in full are seeds for the later mentions (`distinct`: read as someone else's); those with initials are
 * removed whole where they stand (`whole`).
 */
export function findAuthorLists(layout: DocumentLayout, seeds: NameRun[]): NameRun[] {
  const found: NameRun[] = [];
  const sorted = [...seeds].sort((a, b) => a.start - b.start);
  // The seeds up to an entry, read forward once: the entries of the whole text come in order.
  let k = 0;
  const seeded = (start: number, end: number) => {
    while (k < sorted.length && sorted[k]!.start < start) k++;
    return (k < sorted.length && sorted[k]!.start < end) || (k > 0 && sorted[k - 1]!.end > start);
  };
  for (const line of layout.lines) {
    if (!line.text.includes(',') && !line.text.includes(' et al') && !line.text.includes(' and ')) continue;
    let run: Entry[] = [];
    const close = () => {
      // A single name only stands between two authors: one that ends the run is no author.
      if (run.at(-1)?.single) run.pop();
      if (run.length && isList(run, layout, line.start)) {
        for (const { parts, start, end, initials } of run) found.push({ parts, start, end, distinct: true, ...(initials ? { whole: true } : {}) });
      }
      run = [];
    };
    let offset = 0;
    for (const whole of line.text.split(',')) {
      const at = line.start + offset;
      offset += whole.length + 1;
      for (const [piece, pieceAt] of andPieces(whole, at)) {
        const entry = readEntry(piece, pieceAt, run.length === 0) ?? (run.length && !run.at(-1)!.single ? singleName(piece, pieceAt) : null);
        if (entry) entry.seeded = seeded(entry.start, entry.end);
        // A word of the non-name lists is a surname too when it closes a list of authors with initials ("…, Whitfield H, Brook J."):
        // whether the list is one is then read as for any other.
        if (!entry || (isNonNameEntry(entry) && !(entry.initials && entry.closes && run.length >= 2 && run.every((before) => before.initials)))) {
          close();
          continue;
        }
        if (entry.opens) close();
        run.push(entry);
        if (entry.closes) close();
      }
    }
    close();
  }
  commaInitialsAuthors(layout, found);
  return found;
}

/**
 * A piece whose first author has the initials first or last, split at the "and" before the next: each part with where it
 * starts ("K. S. Sujith and C. N. Ramachandran", "Okafor T and Lindqvist M (2022)").
 */
function andPieces(piece: string, at: number): [string, number][] {
  const and = AND.exec(piece);
  const first = and ? piece.slice(ENTRY_LEAD.exec(piece)![0].length, and.index) : '';
  if (!and || !(INITIALS_FIRST.test(first) || SURNAME_INITIALS.exec(first)?.index === 0)) return [[piece, at]];
  const next = and.index + and[0].length;
  return [
    [piece.slice(0, and.index), at],
    [piece.slice(next), at + next],
  ];
}

/** A corresponding author's mark after a name ("Wong KY*", "Ahmad N†"), which is no stop: the list goes on. */
const AUTHOR_MARK = /(?<=\p{L})[*†‡]{1,2}[ \t]*$/u;
/** The author's name in another script in brackets after it ("Tanaka Hiroshi (田中 博)"), which is no stop either. */
const OTHER_SCRIPT_BRACKET = /^[ \t]*\([^\p{Script=Latin}\d()\n]{1,30}\)[ \t]*$/u;

/** The entry a piece holds: the piece after its lead, either way, up to a stop; opening a run, a surname with initials may end a longer piece. */
function readEntry(whole: string, at: number, opens: boolean): Entry | null {
  const leadText = ENTRY_LEAD.exec(whole)![0];
  // Emphasis opened before the name closes after it ("**Wei Liu**"): that is no author's mark.
  const mark = /[*_]/.test(leadText) ? null : (AUTHOR_MARK.exec(whole) ?? OTHER_SCRIPT_BRACKET.exec(whole.slice(whole.lastIndexOf('(') > 0 ? whole.lastIndexOf('(') - 1 : whole.length)));
  const piece = mark ? whole.slice(0, AUTHOR_MARK.test(whole) ? mark.index : whole.lastIndexOf('(')).trimEnd() : whole;
  const lead = leadText.length;
  const first = INITIALS_FIRST.exec(piece.slice(lead));
  if (first) {
    const end = lead + first[0].length;
    return { start: at + lead, end: at + end, parts: [first[2]!], initials: first[1]!.replace(/[.\s-]/g, ''), seeded: false, closes: /^[ \t]*[;:.]/.test(piece.slice(end)) };
  }
  const dotted = SURNAME_DOTTED_INITIALS.exec(piece.slice(lead));
  if (dotted) {
    // The initials' last stop is the list's too when a title follows ("Wang C.-Y. Polypharmacy in…"): it stays in the
    // text, as the stop after any other author's name does ("[NAME]. Polypharmacy in…").
    const full = lead + dotted[0].trimEnd().length;
    const closes = piece.slice(full).trim() !== '';
    const end = closes ? full - 1 : full;
    return { start: at + lead, end: at + end, parts: [dotted[1]!], initials: dotted[2]!.replace(/[.\s-]/g, ''), seeded: false, closes };
  }
  const cut = piece.slice(lead).search(ENTRY_STOP);
  const entry = piece.slice(lead, cut < 0 ? piece.length : lead + cut).trimEnd();
  const from = at + lead;
  const closes = cut >= 0;
  // A wide gap is a column's edge, and an author closing the piece after it opens a run ("Renal Dietitian      1. Noe KM").
  const besideColumn = closes && /^[ \t]/.test(piece.charAt(lead + cut)) ? withInitials(piece.trimEnd(), at, true, false) : null;
  if (besideColumn) return { ...besideColumn, opens: true };
  if (GIVEN_SURNAME.test(entry)) {
    const parts = entry.split(/[ \t]+/).filter((word) => word.length > 2 || !/\.$|^\p{Lu}$/u.test(word));
    // A name in full may carry a mark after it and the list go on ("Wei Liu*, Lin Qi"): a list of them ends at an entry that is none.
    return { start: from, end: from + entry.length, parts, initials: null, seeded: false, closes: false };
  }
  return withInitials(entry, from, opens, closes);
}

/** A surname with initials: the whole entry, or, opening a run, its end. Only the last 80 characters are read: an author's name is short. */
function withInitials(entry: string, from: number, opens: boolean, closes: boolean): Entry | null {
  const tail = entry.slice(-80);
  const m = SURNAME_INITIALS.exec(tail);
  const start = from + entry.length - tail.length + (m?.index ?? 0);
  if (!m || (!opens && start !== from)) return null;
  return { start, end: from + entry.length, parts: m[2]!.split(/[ -]/), initials: m[3]!.replaceAll('-', ''), seeded: false, closes };
}

/** One word lettered in turn, each with one letter: a hospital's bays, zones or pods ("Bay A and Bay B (2019)"), not authors. */
function sameWordLettered(run: Entry[]): boolean {
  const word = run[0]!.parts.join(' ');
  return run.every((entry) => entry.parts.join(' ') === word && (entry.initials ?? '').length === 1);
}

/** Whether a run of entries is a list of authors: the evidence in `findAuthorLists`. */
function isList(run: Entry[], layout: DocumentLayout, lineStart: number): boolean {
  if (run.length >= 3 && run.filter((entry) => entry.seeded).length >= 2) return true;
  const { text } = layout;
  const end = run.at(-1)!.end;
  const after = text.slice(end, end + 8);
  // An author's initials with their stops end the list with their own ("…, Wang C.-Y. Polypharmacy…").
  if (!(LIST_END.test(after) || text.charAt(end - 1) === '.' || BRACKET_YEAR.test(after)) || !run.some((entry) => entry.initials)) return false;
  if (ET_AL.test(after)) return true;
  // Two initials somewhere, or authors each with an initial ("Kask K, Lind M, Roos P.", "Clarke J, Adeyemi T."): a ward's or a
  // bay's letter stands alone, and its word is a non-name, which no entry has.
  const authors = run.some((entry) => entry.initials && TWO_INITIALS.test(entry.initials)) || run.every((entry) => entry.initials);
  if (run.length < 2 || !authors || sameWordLettered(run)) return false;
  // To the end of the next line, or of the text when the list is on its last line (a citation pasted without a final
  // line break), and no further than a title and a journal: a long line is not read again for each list on it.
  const reach = text.slice(end, end + YEAR_REACH);
  const nl = reach.indexOf('\n');
  const nl2 = nl < 0 ? -1 : reach.indexOf('\n', nl + 1);
  return YEAR.test(nl2 < 0 ? reach : reach.slice(0, nl2)) || PUBLICATIONS.test(sectionAt(layout, lineStart)?.heading ?? '');
}
