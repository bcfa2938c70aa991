import { definedInitials } from './defined-initials';
import type { DocumentLayout } from './document-layout';
import { type CandidateName, CV_AFTER, ownNameWords } from './find-candidate-name';
import { AGE_SET_OFF } from './find-ages';
import { findNameSeeds, POST_WORD } from './find-name-seeds';
import { lineStart } from './line-start';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { addSpellingVariants } from './spelling-variants';
import { addPetNames } from './pet-names';
import { ABBREVIATED_GIVEN, GENERATION_SUFFIX, isCapitalMaria, isGenderedTitle, nameLexicon, PATRONYMIC, SUPERSCRIPT_GIVEN } from './name-lexicon';
import { isEponymFollower, sharesEponym, titleCase } from './name-run';
import { PLACE_ABBREVIATION, type Word } from './scan-words';
import type { Span } from './span';
import { charTest } from './trim-chars';
import { withoutAccents } from './without-accents';

/** A firm said to be no relation of the writer's, on its line: "Byrne Plumbing (no relation)". */
const NO_RELATION = /^[^\n]{0,40}?\((?:no[ \t]+relation|not[ \t]+related|unrelated)\b/i;

interface Person {
  parts: Set<string>;
  surname: string | null;
}

/** Between two parts of one name: spaces (or a wrapped line), particles in any case and initials. */
const GAP = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?:(?:['’]t|a['’]|de|da|das|do|dos|di|du|del|della|dela|van|von|der|den|ter|le|la|bin|binti|bint|ibn|al|el|ap|ab|ferch|verch|ní|ó|an|DE|DA|DAS|DO|DOS|DI|DU|DEL|DELLA|DELA|VAN|VON|DER|DEN|TER|LE|LA|BIN|BINT|BINTI|IBN|NI|NIC|AL|EL|AP|AB|FERCH|VERCH|NÍ|Ó|AN|[A-Z]\.?|[a-z]\.)(?:[ \t]+|[ \t]*\n[ \t]*)|[A-Z]\.)*)$/;
const VERB_AFTER =
  /^(?:['’]s\b|[ \t]+to[ \t]+(?:colleagues|everyone|friends|patients)\b|[ \t]+(?:is|was|has|had|will|would|can|could|did|does|also|always|then|now|joined|leads|led|works|worked|runs|ran|manages|managed|supports|supported|brings|brought|completed|qualified|trained|started|became|holds|held|enjoys|loves|speaks|lives|moved|met|led|ran|took|gave|won|saw|made|set|went|came|began|wrote|built|taught|spoke|kept|knew|told|[a-z]+(?:es|ed))\b)/;
const MONTHS = /^(?:April|May|June|July|August|APRIL|MAY|JUNE|JULY|AUGUST)$/;
/** A verb inviting the reader to someone, opening a sentence before their name: "Hear Dominika talk", "Meet Val", "Contact Delroy on the ward". */
const INVITING_VERB = /^(?:Meet|Hear|Watch|See|Read|Ask|Join|Welcome|Thank|Follow|Listen|Contact|Call|Email|Message)$/;
/** A staff story's post before a colleague's name, as a care role is ("Apprentice Abbie", "Trainee Dominika"); no place opens with one. */
const STAFF_POST = /^(?:Apprentice|Trainee|Student|Volunteer|Housekeeper|Domestic|Cleaner|Chef|Cook|Electrician|Plumber|Carpenter|Driver|Supervisor|Hygienist|Optician|Optometrist|Radiographer|Scientist|Analyst|Clerk)$/;
/** Words that begin places' names ("St Mary's", "New Mills"), which a sentence may open with too. */
const PLACE_WORD = /^(?:St|Saint|Mt|Mount|New|Old|Great|Little|North|South|East|West|Upper|Lower|Port|Fort)$/;
/** The numbers after a page's label: "1 / 2", "2 of 3". */
const PAGE_NUMBER_AFTER = /^[ \t]+\d{1,3}[ \t]*(?:\/|of)[ \t]*\d{1,3}(?!\d)/i;
/** A possessive and a space between two words: "King's Lynn". */
const POSSESSIVE_GAP = /^['’]s[ \t]+$/;
/** A possessive straight after a name: "Margaret's", "Kofi’s". */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
/** The character that ends a sentence or a bullet before a word: "Grace runs" at the start of one is Grace. */
const SENTENCE_END = /[.!?:•\-–—*\n]/;

/** A given name written whole, capitalised: "Ming", not an initial or a particle. */
const WHOLE_GIVEN = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether a person found has this surname and no given name that clashes with `given`: a known given name, or, for a
 * name read as someone else's (`distinct`: after a title, in a list of authors), any given name written whole
 * ("Prof. Ming Liu" is not the candidate Wei Liu; "Kind regards, Sasha Sokolov" may be Aleksandr).
 */
function sameSurname(p: Person, surname: string | null, given: string | undefined, distinct: boolean): boolean {
  if (p.surname !== surname) return false;
  if (!given || p.parts.has(given)) return true;
  const whole = distinct && WHOLE_GIVEN.test(given);
  for (const part of p.parts) if (part !== surname && (nameLexicon.givenNames.has(part) || (whole && WHOLE_GIVEN.test(part)))) return false;
  return true;
}

/** The characters that close a nickname, read first so that a gap without one is not copied by a replace. */
const NICKNAME_CLOSE = charTest(')"”\'’');

/** The people found so far, with an index from each name part to the people who have it. */
/** A word without its accents: "Catrìona" is "Catriona". */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
/** Whether a set of name parts holds a word, accents aside. */
const hasFolded = (parts: ReadonlySet<string>, word: string | undefined) =>
  word !== undefined && (parts.has(word) || [...parts].some((part) => folded(part) === folded(word)));

class People {
  readonly list: Person[] = [];
  private readonly byPart = new Map<string, number[]>();

  private withPart(part: string | null | undefined): number[] {
    return part ? (this.byPart.get(part) ?? []) : [];
  }

  private index(person: number, part: string): void {
    const list = this.byPart.get(part) ?? [];
    if (!list.includes(person)) list.push(person);
    this.byPart.set(part, list);
  }

  add(parts: string[], distinct = false): void {
    const surname = parts.length > 1 ? (parts.at(-1) ?? null) : null;
    // "Van den Broek" opening a sentence: a particle in capitals is no given name to tell two people apart by.
    const given = parts.length > 1 && !nameLexicon.particles.has(parts[0]!.toLowerCase()) ? parts[0] : undefined;
    // Same surname and no clash of given names: "Dr Helen Marsh" and "Dr Marsh". Kwame and Kofi Boateng stay two people.
    // The lowest-numbered match of each test is taken; the tests are loops, not closures made for each name added.
    let match: number | undefined;
    // Someone with this very given name and surname is the one meant: "Ming Liu" again is not the candidate Wei Liu.
    for (const i of this.withPart(surname)) if (match === undefined && given !== undefined && this.list[i]!.parts.has(given)) match = i;
    for (const i of match === undefined ? this.withPart(surname) : []) {
      const p = this.list[i]!;
      // Their first given name and surname, the first's accents aside: "Catriona MacLeod" for "Catrìona MacLeod". A shared middle
      // name is not enough ("Dr Imran Ali Khan" is not Ahmed Ali Khan).
      if ((match === undefined || i < match) && (sameSurname(p, surname, given, distinct) || (p.parts.has(surname ?? '') && hasFolded(p.parts, parts[0])))) match = i;
    }
    if (match === undefined && parts.length === 1) for (const i of this.withPart(parts[0])) if (match === undefined || i < match) match = i;
    if (match === undefined) {
      for (const i of this.withPart(surname)) {
        const p = this.list[i]!;
        if ((match === undefined || i < match) && !p.surname && p.parts.size === 1) match = i;
      }
    }
    if (match !== undefined) {
      const person = this.list[match]!;
      for (const part of parts) {
        person.parts.add(part);
        this.index(match, part);
      }
      if (!person.surname && surname) person.surname = surname;
      return;
    }
    this.push(parts, surname);
  }

  /** The candidate is always person 0, even with no name found. */
  addCandidate(parts: string[], surname: string | null): void {
    this.push(parts, surname);
  }

  private push(parts: string[], surname: string | null): void {
    this.list.push({ parts: new Set(parts), surname });
    for (const part of parts) this.index(this.list.length - 1, part);
  }
}

/** "Bello-Hassan" also matches as "Bello" and "Hassan"; capitals are matched too ("OKAFOR"). */
/**
 * "Partner Keisha", "Colleague Femi", "Patronymic Ivanivna": a relation, a role or a name's kind before one name part, not
 * a place's first word.
 */
const RELATION_WORD = /^(?:Partner|Husband|Wife|Fianc[ée]e?|Son|Daughter|Brother|Sister|Mum|Dad|Mother|Father|Colleague|Manager|Mentor|Supervisor|Referee|Patronymic|Surname|Née)$/;
/** The writer saying who they are, anywhere in a sentence: "Hey, I'm Thomas" (no place's first word). */
const WRITER_IS = /^I['’]m$/;

/** Whether two name parts belong to one person. */
function samePerson(owner: Map<string, number[]>, a: string, b: string): boolean {
  const theirs = owner.get(b) ?? [];
  return (owner.get(a) ?? []).some((person) => theirs.includes(person));
}

function variants(part: string): string[] {
  const { notNames } = nameLexicon;
  const result = [part, part.toUpperCase()];
  const plain = withoutAccents(part);
  if (plain !== part && !notNames.has(plain)) result.push(plain, plain.toUpperCase());
  // "Al-Hashimi" is also written "al-Hashimi".
  const article = /^(?:Al|El|AL|EL)-(?=\p{Lu})/u.exec(part);
  if (article) result.push(article[0].toLowerCase() + part.slice(article[0].length));
  // "D'Souza", "O'Neill" are also written without the apostrophe, as forms and passports drop it: "DSouza", "Dsouza", "DSOUZA".
  const elided = /^(\p{Lu})'(\p{Lu}\p{Ll}{2,})$/u.exec(part);
  if (elided) {
    const joined = elided[1]! + elided[2]!;
    result.push(joined, elided[1]! + elided[2]!.toLowerCase(), joined.toUpperCase());
  }
  if (part.includes('-')) {
    for (const piece of part.split('-')) if (piece.length >= 3 && !notNames.has(piece)) result.push(piece, piece.toUpperCase());
    // A romanised given name is also written as one word: "Ji-woo" as "Jiwoo".
    const joined = part.charAt(0) + part.slice(1).replace(/-/g, '').toLowerCase();
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(part) && !notNames.has(joined)) result.push(joined);
  }
  return result;
}

/** Whether a capitalised word may be a given name: the lists know it as a name, or it opens a line (a signature) and is no known word. */
function mayBeGivenName(text: string, w: Word): boolean {
  const { givenNames, nameParts, notNames } = nameLexicon;
  if (givenNames.has(w.text) || nameParts.has(w.text)) return true;
  // At a line's start, or after a quotation's verb ("…,’ says Gamu Mhizha, who…"), as a story names whom it quotes.
  return (BLANKS.test(text.slice(lineStart(text, w.start, 80), w.start)) || SPEECH_VERB_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start))) && !notNames.has(w.text);
}
/** A quotation's verb just before a name: "says", "said", "adds", "explains". */
const SPEECH_VERB_BEFORE = /\b(?:says|said|adds|added|explains|explained|recalls|recalled)[ \t]{1,3}$/;

/** A part of a mention: the index of its word in `words`. */
interface Mention {
  first: number;
  last: number;
  start: number;
  end: number;
  parts: string[];
}

/** Particles in capitals that open a surname in capitals ("VON STRAUSS", "DE LA CRUZ"); not "AN", "DO" or a letter, which are words or initials. */
const CAPS_PARTICLE = /^(?:DE|DA|DAS|DOS|DI|DU|DEL|DELLA|DELA|VAN|VON|DER|DEN|TER|LE|LA|BIN|BINTI|BINT|IBN|AL|EL|AP|AB|NÍ|NIC)$/;
/** A particle cut to its letter with a full stop: "v." (von, van), "d." (de, di). */
const ABBREVIATED_PARTICLE = /^[vd]$/;
/** A surname given as an abbreviated particle and an initial, closing its line or phrase: " v. S.". */
const SIGNED_SURNAME = /^[ \t]+[vd]\.[ \t]+\p{Lu}\.(?![\p{L}\p{N}])/u;
/** Initials a hyphen joins, with their full stop: "M-H." (Marie-Hélène). */
const HYPHENATED_INITIALS = /^\p{Lu}(?:-\p{Lu}){1,2}$/u;

/** A particle written in lower case: "van", "der", "de" (not "Van" or "DE", which may open a sentence or a heading). */
const lowerParticle = (word: Word) => word.text === word.text.toLowerCase();
/** An initial, or initials a hyphen joins with their full stop. */
const isInitialLike = (word: Word) => word.kind === 'initial' || (word.dot && HYPHENATED_INITIALS.test(word.text));

/** Whether an initial stands before the particles that end at `index`: "M-H. de la Croix", "J. P. dos Santos". */
function initialBefore(words: Word[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && index - i <= 3 && words[i]!.kind === 'particle' && !words[i]!.dot) i--;
  return i >= 0 && isInitialLike(words[i]!);
}

/** Between an initial and the next word: spaces, or its full stop with or without them ("M.K. Priyadarshini"), or a hyphen ("J.-P."). */
const INITIAL_GAP = /^(?:\.[ \t]*|\.-|[ \t]+)$/;
const COUPLE = /(?<![\p{L}])(\p{Lu}\p{L}{1,3})\.?[ \t]+(?:and|&)[ \t]+$/u;
const SPACES_ONLY = /^[ \t]+$/;
/** Whether a word opens a cell, by what stands before it on its line: nothing but blanks, or other cells up to a tab or a wide gap. */
function opensCell(before: string): boolean {
  let at = before.length;
  while (at > 0 && (before[at - 1] === ' ' || before[at - 1] === '\t')) at--;
  const gap = before.slice(at);
  return at === 0 || gap.length >= 2 || gap.includes('\t');
}
/**
 * The case endings of Polish and other Slavic names and what each stands for in the name's own form: "Agnieszki",
 * "Agnieszce" and "Agnieszką" for Agnieszka, "Wójcik-Zielińskiej" for Wójcik-Zielińska, "Krzysztofa" and "Nowakowi" for
 * Krzysztof and Nowak. Longest first: the first whose base is someone's name part wins.
 */
const CASE_ENDINGS: [string, string][] = [
  ['skiej', 'ska'], ['ckiej', 'cka'], ['dzkiej', 'dzka'], ['skiego', 'ski'], ['ckiego', 'cki'], ['skiemu', 'ski'], ['ckiemu', 'cki'], ['skim', 'ski'], ['ckim', 'cki'], ['ską', 'ska'], ['cką', 'cka'],
  ['owi', ''], ['iem', ''], ['em', ''], ['ce', 'ka'], ['dze', 'ga'], ['rze', 'ra'], ['ą', 'a'], ['ę', 'a'], ['i', 'a'], ['y', 'a'], ['a', ''], ['u', ''],
];

/**
 * The name part of someone found that a capitalised word declines, or undefined: only a word of six letters or more no
 * list knows as a word, and a base of four letters or more, so "Marka" is Mark's only when Mark was found.
 */
function declinedBase(word: Word, owner: Map<string, number[]>): string | undefined {
  const value = word.text;
  if (word.kind !== 'cap' || value.length < 6 || nameLexicon.notNames.has(value)) return undefined;
  for (const [ending, base] of CASE_ENDINGS) {
    if (!value.endsWith(ending) || value.length - ending.length + base.length < 4) continue;
    const stem = value.slice(0, value.length - ending.length) + base;
    if (owner.has(stem)) return stem;
  }
  return undefined;
}

/** A name and a Japanese or Korean honorific joined by a hyphen, or a Gujarati one run into it ("Hetalben", "Rameshbhai"). */
const HONORIFIC_AFTER = /^(\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*)(?:-(?:san|sama|sensei|chan|kun|ssi|nim)|(?:ben|bhai))$/u;
/** A colon, then a code's value: up to three capitals and a digit ("TH 58 20 36 A", "12345"). */
const CODE_AFTER_LABEL = /^:[ \t]*[A-Z]{0,3}[ \t]?\d/;
const DOT_SPACES = /^\.[ \t]+$/;
const BLANKS = /^[ \t]*$/;
/** Blanks and then a line's end: nothing more on the line. */
const LINE_ENDS = /^[ \t]*(?:\r?\n|$)/;
/** A capitalised word opening its line that no list knows as a word or a name part of anything else. */
const unknownLineOpener = (text: string, word: Word): boolean =>
  word.kind === 'cap' && !nameLexicon.notNames.has(word.text) && !nameLexicon.wordLike.has(word.text) && BLANKS.test(text.slice(lineStart(text, word.start, 80), word.start));
/** A comma between a surname and its initials: "Takahashi, H.". */
const COMMA_GAP = /^,[ \t]{1,3}$/;

/** Whether an initial is the first letter of one of a person's names not in the mention: "H." of Haruto after "Takahashi". */
function isInitialOf(initial: string, mentioned: readonly string[], person: Person | undefined): boolean {
  if (!person) return false;
  const letter = initial.charAt(0).toLowerCase();
  for (const part of person.parts) if (!mentioned.includes(part) && part.charAt(0).toLowerCase() === letter) return true;
  return false;
}
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** "ben", "bat", "bar" (Hebrew and Aramaic), "bin", "bint", "ibn" (Arabic) and one or two capitalised names after them, maybe joined by a hyphen ("bat-Sheva"). */
const PATRONYMIC_AFTER = /^[ \t]+(?:ben|bat|bar|bin|bint|binti|ibn)(?:[ \t]+|-)(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)/u;
/** "qızı"/"kyzy" (daughter) and "oğlu"/"uulu" (son) after a father's name, in Azerbaijani, Kyrgyz, Uzbek and Turkmen spellings and in capitals. */
const TURKIC_PATRONYMIC = /^[ \t]+(?:([\p{L}\p{M}'’-]+)[ \t]+)?(?:q[ıi]z[ıi]|k[yı]z[yı]|g[yı]z[yı]|o[ğg]l[uy]|uulu|o['’‘]?g['’‘]?li)(?![\p{L}\p{M}])/iu;
/**
 * Whether capitals run together are the initials of a person's names not in the mention, a hyphenated name giving one for
 * each of its parts: "JP" of Jean-Pierre before "Mbuyi".
 */
function areGivenInitials(letters: string, mentioned: readonly string[], person: Person | undefined): boolean {
  if (!person) return false;
  const firsts = new Set<string>();
  for (const part of person.parts) if (!mentioned.includes(part)) for (const piece of part.split('-')) firsts.add(piece.charAt(0).toUpperCase());
  return [...letters].every((letter) => firsts.has(letter));
}
/** One to three capitals, a person's initials run together. */
const OWN_INITIALS = /^\p{Lu}{1,3}$/u;

/** A gendered title alone on the line above the name, as a table's title column leaves it: "Mrs" then "Angharad Hughes". */
function titleAlone(text: string, title: Word, name: Word): boolean {
  if (!/^\.?[ \t]*\n[ \t]*$/.test(text.slice(title.end, name.start)) || !isGenderedTitle(title.text)) return false;
  const from = lineStart(text, title.start, 20);
  return (from === 0 || text[from - 1] === '\n') && /^[ \t]*$/.test(text.slice(from, title.start));
}

/**
 * Whether the text before `offset` ends a sentence or a bullet (or starts the text), ignoring spaces. A reply's quote
 * marks that open the line ("> Dear Ancy,", ">> Hello Tomás") stand where a line starts.
 */
function atSentenceStart(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && i > offset - 40 && /[ \t\r]/.test(text[i - 1]!)) i--;
  let quoted = i;
  while (quoted > 0 && i - quoted < 8 && /[> \t]/.test(text[quoted - 1]!)) quoted--;
  if (quoted < i && text[i - 1] === '>' && (quoted === 0 || text[quoted - 1] === '\n')) return true;
  // A line that breaks after the words introducing a name opens no sentence: "most people call me⏎Patience".
  if (text[i - 1] === '\n' && NAME_INTRODUCED_BEFORE.test(text.slice(Math.max(0, i - 24), i - 1))) return false;
  return i === 0 || SENTENCE_END.test(text[i - 1]!);
}
/** The words that introduce a name, ending a line: "call me", "calls her", "known as", "name is". */
const NAME_INTRODUCED_BEFORE = /\b(?:call(?:s|ed)?[ \t]+(?:me|her|him)|known[ \t]+as|name[ \t]+is)[ \t]*\r?$/i;

/** After a name opening its line, a comma and another addressee or the line's end: "Devon, Honour – forwarding…", "Chelsea,⏎". */
const ADDRESSEE_AFTER = /^,[ \t]*(?:\r?\n|(\p{Lu}\p{Ll}+)[ \t]*[,–—-])/u;
/** A message's close on the line above a name alone: "Thanks,", "Kind regards", "Best wishes". */
const SIGN_OFF_ABOVE = /(?:thanks|thank you|regards|wishes|cheers|best|sincerely|faithfully)(?:[ \t]{0,4}[,.!])?[ \t]{0,4}\r?\n[ \t]{0,8}$/i;
/**
 * Whether one given name that is also a word or a place ("Devon", "Chelsea", "Hope") names its person where a message
 * addresses or signs with it: opening its line before a comma and another addressee named in the text, or alone at the end of a line after a
 * sentence's end or below a close ("… before the panel packs go out. Chelsea"). Only the given name of someone the text
 * names in full: "Devon, Cornwall and Somerset" stays a place.
 */
function addressed(text: string, words: Word[], mention: Mention, person: Person | undefined, owner: Map<string, number[]>): boolean {
  if (!person || person.parts.size < 2) return false;
  const before = text.slice(lineStart(text, mention.start, 200), mention.start);
  const addressee = before.trim() ? null : ADDRESSEE_AFTER.exec(text.slice(mention.end, mention.end + 24));
  if (addressee && (addressee[1] === undefined || owner.has(addressee[1]))) return true;
  if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(mention.end, mention.end + 4))) return false;
  const previous = words[mention.first - 1];
  if (before.trim()) return previous !== undefined && /[.!?][ \t]{1,3}$/.test(text.slice(previous.end, mention.start));
  return SIGN_OFF_ABOVE.test(text.slice(Math.max(0, mention.start - 30), mention.start));
}

/**
 * A body's word, then up to three words in lower case before the name it bears: "Liceo scientifico statale Luigi
 * Lanfranconi", "Escola secundária Padre António Vieira" (the words a language puts after its noun).
 */
function bodyWordBefore(text: string, words: Word[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - 1 - k < 3 && (words[k]!.kind === 'lower' || BODY_QUALIFIERS.has(words[k]!.text)) && SPACES_ONLY.test(text.slice(words[k]!.end, words[k + 1]!.start))) k--;
  if (k < 0 || k === first - 1 || !SPACES_ONLY.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
  // "Centre Hospitalier Universitaire Joseph …": a body's word of two words before its qualifiers.
  const two = k + 1 < first ? `${words[k]!.text} ${words[k + 1]!.text}` : '';
  return (nameLexicon.organisationPrefixes.has(words[k]!.text) || nameLexicon.organisationPrefixes.has(two)) && opensRun(text, words, k);
}

/**
 * The words that qualify a body between its first word and the person it is named after, in the languages that put the body
 * first: "Hospital Nacional Edgardo …", "Hospital General Juan …", "Centre Hospitalier Universitaire Joseph …".
 */
const BODY_QUALIFIERS = new Set([
  'Nacional', 'National', 'General', 'Central', 'Regional', 'Régional', 'Provincial', 'Municipal', 'Militar', 'Militaire', 'Universitario', 'Universitaria',
  'Universitaire', 'Universitário', 'Hospitalier', 'Hospitalar', 'Clínico', 'Clinico', 'Docente', 'Infantil', 'Pediátrico', 'Materno', 'Metropolitano',
  'Departamental', 'Distrital', 'Civil', 'Civile', 'Generale', 'Regionale', 'Hospitalario',
  // A clinic's field: "Clínica Dentária Menezes", "Clínica Médica Okafor", "Clinica Odontológica Rocha".
  'Dentária', 'Dentaria', 'Dental', 'Médica', 'Medica', 'Odontológica', 'Odontologica', 'Oftalmológica', 'Veterinária',
  // Welsh: "Bwrdd Iechyd Prifysgol Hywel Dda", a university health board named after a king.
  'Iechyd', 'Prifysgol',
]);

/**
 * A body's word of two words, as Vietnamese writes it ("Bệnh viện" hospital, "Đại học" university): the two words before
 * a name ("Bệnh viện Bạch Mai"), or the name's last word and the small word after it ("Trường Đại học Y Hà Nội", where
 * "Đại" reads as a name part).
 */
function twoWordBody(text: string, words: Word[], mention: Mention): boolean {
  const { organisationPrefixes } = nameLexicon;
  const [two, one, last, next] = [words[mention.first - 2], words[mention.first - 1], words[mention.last]!, words[mention.last + 1]];
  if (two && one && organisationPrefixes.has(`${two.text} ${one.text}`) && SPACES_ONLY.test(text.slice(two.end, one.start)) && SPACES_ONLY.test(text.slice(one.end, mention.start))) return true;
  return next !== undefined && next.kind === 'lower' && SPACES_ONLY.test(text.slice(last.end, next.start)) && organisationPrefixes.has(`${last.text} ${next.text}`);
}

/**
 * The Red Cross in Spanish and Portuguese, an employer whose words are name parts alone ("Cruz" a surname, "Roja" a Tamil given
 * name): read only as the whole phrase, so "Roja Krishnan" and "Maria Cruz" stay names.
 */
const RED_CROSS = /(?<![\p{L}])Cruz[ \t]+(?:Roja|Vermelha)(?![\p{L}])/gu;

/** Marks that open and close a quotation, in the styles of English and of the languages that open low („…”) or with guillemets. */
const QUOTE_OPENS = new Set(['"', '“', '„', '«', '‘', "'"]);
const QUOTE_CLOSES = new Set(['"', '”', '“', '»', '’', "'"]);
/** A determiner just before a word: "the", "my", "our", "this". */
const COMMON_NOUN_BEFORE = /\b(?:the|my|our|his|her|their|this|that)[ \t]+$/i;
/**
 * Up to three capitalised words, then an institution's kind, single blanks between (a column's gap ends a name): what follows a
 * name part that names an institution, or a programme or a foundation named after someone ("Mary Seacole Programme" for a
 * candidate with Mary among her names).
 */
const INSTITUTION_AHEAD = /^ (?:\p{Lu}\p{L}*(?:['’]s)? ){1,3}(?:Hospital|Hospitals|Infirmary|Hospice|University|College|Institute|Clinic|Centre|Trust|Faculty|Programme|Foundation|Fellowship|Scholarship)(?![\p{L}])/u;
/** A column's gap after a word: a tab, or three blanks. */
const CELL_GAP = /^(?:[ \t]*\t| {3})/;
/** How many words before a quoted name a body's word may stand. */
const BODY_WORD_REACH = 6;

/**
 * A name in quotes after a body's word on its line, as languages that honour someone in a body's name write it: "Universitatea
 * de Medicină şi Farmacie „Iuliu Haţieganu”", 'Szpital Miejski "Jana Pawła"', 'Hospital "Dr Luis Calvo"': the body's name.
 */
function quotedBodyName(text: string, words: Word[], first: number, end: number): boolean {
  if (!QUOTE_OPENS.has(text.charAt(words[first]!.start - 1)) || !QUOTE_CLOSES.has(text.charAt(end))) return false;
  const { organisationPrefixes, organisationSuffixes } = nameLexicon;
  const { jobWords } = nameLexicon.notNameGroups;
  for (let k = first - 1; k >= 0 && first - k <= BODY_WORD_REACH; k--) {
    const word = words[k]!;
    // The body's own words stand between, capitalised or small ("de Medicină şi Farmacie"), blanks alone between them (the
    // quote aside): 'Church) call me "Ken Gor"' names the writer.
    const gap = text.slice(word.end, k === first - 1 ? words[first]!.start - 1 : words[k + 1]!.start);
    if (!SPACES_ONLY.test(gap)) return false;
    // A role between introduces a person ('Ward Manager "Helen Marsh"'), whatever body its title names.
    if (jobWords.has(word.text) || RELATION_WORD.test(word.text)) return false;
    // A body's word that a determiner makes a common noun names no body: 'my mentor at the Hospital "Grace Oduya"'.
    if (organisationPrefixes.has(word.text) || organisationSuffixes.has(word.text)) return !(k === first - 1 && COMMON_NOUN_BEFORE.test(text.slice(Math.max(0, word.start - 6), word.start)));
    if (word.kind !== 'cap' && word.kind !== 'caps' && word.text.length > 3) return false;
  }
  return false;
}

/** Whether word `index` opens a run of capitalised words: none is joined to it by a single space before it ("Hospital Juan Pablo II", not "College Hospital", "Guy’s Hospital"). */
function opensRun(text: string, words: Word[], index: number): boolean {
  const before = words[index - 1];
  return !before || !/^(?:['’]s)? $/.test(text.slice(before.end, words[index]!.start)) || !/^\p{Lu}/u.test(before.text);
}

/**
 * Every mention of every person: the candidate (person 0) and the people found by
 * `findNameSeeds`. Each word of the text is looked up among their name parts (one map, built per
 * document); neighbouring parts merge into one mention ("Amina J. Okafor"), with a leading initial
 * and a gendered title ("Mrs J. Smith", "Sister Kelly"). Professional titles stay outside the span ("Dr [NAME 1]").
 */
export function findNames(layout: DocumentLayout, words: Word[], candidate: CandidateName | null): Span[] {
  const { text } = layout;
  const { wordLike, organisationSuffixes, organisationPrefixes, givenNames, professionalTitles } = nameLexicon;
  // Person 0 is always the candidate, even when their name was not found (then it has no parts).
  const people = new People();
  const candidateParts = (candidate?.parts ?? []).map((p) => p.replace(/’/g, "'"));
  // The surname is the formal name's last part, not a name they go by added after it ("Friends call me Suri").
  const written = new Set((candidate?.text.toLowerCase() ?? '').split(/[^\p{L}\p{M}'’-]+/u));
  const formal = candidateParts.filter((part) => written.has(part.toLowerCase()));
  people.addCandidate(candidateParts, formal.length > 1 ? formal.at(-1)! : null);
  // A seed spelt without the accents of a name already known is that name: "Nguyen" is "Nguyễn".
  const accented = new Map(candidateParts.map((p) => [withoutAccents(p), p]));
  // An author with initials ("Chan WY") goes as written, the initials with the name. One cited with a comma, not read as
  // someone else's, is a mention of the candidate when the surname is theirs ("Okonkwo, C." for Chiamaka Okonkwo).
  const spans: Span[] = [];
  // One word after a title is a surname ("Dr Daher"), whose given name may stand before it elsewhere ("Ghaleb Daher").
  const titledAlone = new Set<string>();
  const redCross = text.includes('Cruz') ? [...text.matchAll(RED_CROSS)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const seed of findNameSeeds(layout, words)) {
    // "Cruz Roja Antioquia (Spanish-speaking…": a run read through the Red Cross's name holds no person.
    if (overlapsAny(redCross, seed)) continue;
    if (seed.whole && (seed.distinct || !seed.parts.some((part) => candidateParts.includes(part)))) spans.push(makeSpan('name', seed.start, seed.end));
    else people.add(seed.parts.map((p) => p.replace(/’/g, "'")).map((p) => accented.get(p) ?? p), seed.distinct);
    if (seed.distinct && seed.parts.length === 1) titledAlone.add(seed.parts[0]!.replace(/’/g, "'"));
  }
  const persons = people.list;

  const owner = new Map<string, number[]>();
  persons.forEach((person, index) => {
    for (const part of person.parts) {
      for (const variant of variants(part)) {
        const list = owner.get(variant) ?? [];
        if (!list.includes(index)) list.push(index);
        owner.set(variant, list);
      }
    }
  });
  if (!owner.size) return spans;
  addAnglicisedForms(words, persons, owner);
  addSpellingVariants(words, persons.map((person) => person.parts), owner);
  addPetNames(words, persons.map((person) => person.parts), owner);
  addLowerCaseForms(text, words, candidateParts, owner);
  addOthersLowerCase(words, persons, owner);
  const broken = addBrokenForms(text, words, owner);

  // Merge neighbouring parts into mentions.
  const mentions: Mention[] = [];
  // "Sunday, my middle name": a word the writer calls their name is one there, as a name's field's value is.
  const ownNamed = new Set(ownNameWords(text).map((own) => own.start));
  words.forEach((word, index) => {
    const typed = word.text.includes('’') ? word.text.replace(/’/g, "'") : word.text;
    // "Krzys" for "Krzyś": a mention typed without the accents of the name found.
    // "Tanaka-san", "Kim-ssi", "Minalben": an honorific joined to a name is that person's, and goes with it.
    const honoured = HONORIFIC_AFTER.exec(typed)?.[1];
    const plain = owner.has(typed) ? typed : honoured && owner.has(honoured) ? honoured : (declinedBase(word, owner) ?? withoutAccents(typed));
    // A name a wrapped line broke ("DIMI-⏎TROV", "War-⏎same") is read whole, its mention ending with the second half.
    const joined = broken.get(index);
    const whole = joined !== undefined && owner.has(joined);
    const part = whole ? joined : plain;
    if (!owner.has(part) || mentions.at(-1)?.last === index) return;
    const lastIndex = whole ? index + 1 : index;
    const end = words[lastIndex]!.end;
    const last = mentions.at(-1);
    const gap = last && word.start - last.end <= 40 ? text.slice(last.end, word.start) : null;
    // Across a line break only inside a wrapped paragraph (a long line), as in PDF text, and not into
    // a surname in capitals that opens the next line's entry ("…; Ms Dilek Şahin-Moore⏎KOLEVA, Ventsislava").
    const wrapped = gap !== null && (!gap.includes('\n') || (last!.end - lineStart(text, last!.end, 60) >= 60 && !(word.kind === 'caps' && words[last!.last]!.kind !== 'caps')));
    // "OKAFOR, Chidi": a surname in capitals and the same person's given name after a comma are one mention; so are a name
    // opened by the surname in capitals and the English given name after it ("WONG Siu Ling, Winnie").
    const listed = gap === ', ' && (words[last!.last]!.kind === 'caps' || words[last!.first]!.kind === 'caps') && word.kind === 'cap' && samePerson(owner, last!.parts.at(-1)!, part);
    // After a nickname's closing mark, particles may follow: MARIA "TINA" DELA CRUZ.
    const afterNickname = gap !== null && NICKNAME_CLOSE.test(gap.charAt(0)) ? gap.replace(/^[)"”'’]{1,2}/, '') : (gap ?? '');
    if (last && gap !== null && wrapped && (GAP.test(gap) || listed || (last.last === index - 1 && words[last.last]!.join === 'nickname') || (afterNickname !== gap && GAP.test(afterNickname)))) {
      last.end = end;
      last.last = lastIndex;
      last.parts.push(part);
    } else mentions.push({ first: index, last: lastIndex, start: word.start, end, parts: [part] });
  });

  for (const mention of mentions) {
    // A mention inside the Red Cross's name is no person's ("Cruz" of "Cruz Roja" beside a referee Maria Cruz).
    if (overlapsAny(redCross, mention)) continue;
    // The initials and the title in front: "Mrs J. Smith", "Dr A. B. Patel".
    // Particles before a surname go with it ("Mr ap Rhys", "Ms de la Fuente", "s. ní mhurchú"), and so
    // does an initial in lower case before a name in lower case.
    const surname = isSurname(mention.parts[0] ?? '', persons, owner) || (mention.parts.length === 1 && titledAlone.has(mention.parts[0]!));
    const lowerName = words[mention.first]!.kind === 'lower';
    let lead = mention.first;
    while (
      lead > 0 &&
      (isInitialLike(words[lead - 1]!) ||
        // "Thandiwe Grace Mokoena" opening its line, where the heading named her "GRACE MOKOENA": a word no list knows before the
        // candidate's given name and surname is a given name she does not go by.
        (lead === mention.first && mention.parts.length > 1 && unknownLineOpener(text, words[lead - 1]!) && personOf(mention.parts, persons, owner) === 0) ||
        // "VON STRAUSS": a particle in capitals before a name in capitals.
        (CAPS_PARTICLE.test(words[lead - 1]!.text) && !words[lead - 1]!.dot && words[lead]!.kind === 'caps') ||
        (words[lead - 1]!.dot && ABBREVIATED_GIVEN.test(words[lead - 1]!.text)) ||
        // "MD RAFIQUL ISLAM", "Md Rafiq": Muhammad abbreviated without its full stop, in the case of the name after it.
        (!words[lead - 1]!.dot && words[lead - 1]!.text === (words[lead]!.kind === 'caps' ? 'MD' : words[lead]!.kind === 'cap' ? 'Md' : '')) ||
        // "MST R K CHOWDHURY": Mosammat, its women's counterpart, before initials or a name in capitals.
        (!words[lead - 1]!.dot && words[lead - 1]!.text === 'MST' && (words[lead]!.kind === 'caps' || words[lead]!.kind === 'initial')) ||
        // "MA. CRISTINA B. DELA CRUZ": María abbreviated in a name in capitals (not the degree, which follows a name).
        (words[lead - 1]!.dot && isCapitalMaria(words[lead - 1]!.text) && words[lead]!.kind === 'caps') ||
        // "Mª Dolores", "mª josé": María abbreviated with a superscript (NFKC reads "Ma", "ma").
        (SUPERSCRIPT_GIVEN.test(words[lead - 1]!.text) && (words[lead - 1]!.kind === 'lower') === lowerName) ||
        // "Y. b. A. Al-Hashimi": "bin" abbreviated between initials.
        (words[lead - 1]!.dot && words[lead - 1]!.text === 'b' && words[lead - 2]?.kind === 'initial') ||
        // A particle before a name of two parts or more, or after initials, is the name's: "J. P. dos Santos Oliveira".
        // So is a particle in lower case before the candidate's own part, as a form's surname field gives it ("van der Berg, Maartje").
        (words[lead - 1]!.kind === 'particle' && !words[lead - 1]!.dot && (surname || afterTitle(words, lead - 1) || mention.parts.length > 1 || initialBefore(words, lead - 1) || (lowerParticle(words[lead - 1]!) && personOf(mention.parts, persons, owner) === 0))) ||
        (lowerName && isLowerInitial(words[lead - 1]!)) ||
        // "Olena Mykolaivna Shevchuk": a patronymic before the surname, and the given name before the patronymic.
        (words[lead - 1]!.kind === 'cap' && (PATRONYMIC.test(words[lead - 1]!.text) || (PATRONYMIC.test(words[lead]!.text) && !nameLexicon.notNames.has(words[lead - 1]!.text))))) &&
      INITIAL_GAP.test(text.slice(words[lead - 1]!.end, words[lead]!.start))
    )
      lead--;
    // Particles after a title go with the surname too: "Mr van der Merwe".
    let particle = lead;
    while (particle > 0 && words[particle - 1]!.kind === 'particle' && !words[particle - 1]!.dot && SPACES_ONLY.test(text.slice(words[particle - 1]!.end, words[particle]!.start))) particle--;
    if (particle < lead && particle > 0 && words[particle - 1]!.kind === 'title' && INITIAL_GAP.test(text.slice(words[particle - 1]!.end, words[particle]!.start))) lead = particle;
    const titleWord = lead > 0 && (INITIAL_GAP.test(text.slice(words[lead - 1]!.end, words[lead]!.start)) || titleAlone(text, words[lead - 1]!, words[lead]!)) ? words[lead - 1]! : null;
    const gendered = titleWord && isGenderedTitle(titleWord.text) ? titleWord : null;
    const professional = titleWord && professionalTitles.has(titleWord.text);
    const previous = mention.first > 0 ? words[mention.first - 1]! : null;
    const following = /^[ \t]+([\p{L}]+)(?:[ \t]+([\p{L}]+))?/u.exec(text.slice(mention.end, mention.end + 40));
    // A name in capitals then a capitalised word past two blanks is a heading's cells, the next one the post: "AMIT PATEL  Ward Clerk".
    // A column's gap (a tab or three blanks) parts cells in any case: "Tharshika⇥Pharmacy Technician" names no pharmacy.
    const cell = following !== null && ((words[mention.last]!.kind === 'caps' && !words[mention.last]!.joinsNext && following[0].startsWith('  ')) || CELL_GAP.test(following[0]));
    const after = cell ? undefined : following?.[1];
    const single = mention.parts.length === 1;
    // "Brown Street", "Okafor Medical Centre": a place named after someone. The candidate's full name still
    // names them in their own firm's: "Becky McCall (Becky McCall Limited)".
    const candidateInFull = mention.parts.length > 1 && personOf(mention.parts, persons, owner) === 0;
    // So does anyone else's given name and surname, whom the text names as a person in a fuller form too: "Harjit Bains Dental
    // Practice" where "Dr Harjit Singh Bains" is its principal ("Hywel Dda University Health Board" names no one more fully).
    // The candidate's surname before a trade's word names their family's firm, and so them: "Horvat Roofing" for Luka Horvat.
    // A referee's firm stays as their employer's name ("Hoxha Electrical"), and so does a practice named after anyone.
    // Not where the text says the firm is no relation, nor where someone else it names has that surname ("Mr Sean Byrne, Byrne Plumbing").
    const firmSurname = mention.parts.at(-1)!.toLowerCase();
    const familyFirm =
      after !== undefined &&
      nameLexicon.tradeSuffixes.has(after) &&
      persons[0]?.surname?.toLowerCase() === firmSurname &&
      !persons.slice(1).some((person) => person.surname?.toLowerCase() === firmSurname) &&
      !NO_RELATION.test(text.slice(mention.end, mention.end + 60));
    if (after && organisationSuffixes.has(after) && !gendered && !professional && !candidateInFull && !familyFirm && !namedMoreFully(mention.parts, persons, owner)) continue;
    // "Evelina London Children's Hospital", "Alder Hey Children's Hospital": one name part before capitalised words and an institution's kind is the institution's.
    // An initial before the part marks a person: "S. Tharshika London North West University…" is a column's name beside an employer.
    if (single && !gendered && !professional && !(lead < mention.first && words[lead]!.kind === 'initial') && INSTITUTION_AHEAD.test(text.slice(mention.end, mention.end + 60))) continue;
    // "Tyler's Pharmacy", "Kumar's Chemists": a shop or a practice one name owns is a business (the employer's to keep or redact), not a person.
    if (single && !gendered && !professional && OWNED_BUSINESS.has(OWNED.exec(text.slice(mention.end, mention.end + 24))?.[1] ?? '')) continue;
    // "Bishop's Stortford" or "Bishop's Waltham" beside a "Bishop-Gittens": one piece of a hyphenated surname, untitled, in the possessive
    // before a capitalised word no one's name holds, where a place stands (after "in", "near" or a comma), is a place's first word;
    // the person is written with the whole surname. "Oyelaran's Band 6 appraisal" opening a sentence is still the person's.
    if (
      single &&
      !titleWord &&
      isHyphenPiece(mention.parts[0]!, persons[personOf(mention.parts, persons, owner)]) &&
      PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
      placeAfterPossessive(text.slice(mention.end, mention.end + 24), owner)
    )
      continue;
    // "Auntie Pam's Nursery", "Uncle Tom's Cabin": a relation's word, a name and a possessive before a capitalised word name a business.
    if (single && gendered && nameLexicon.relationTitles.has(gendered.text) && OWNED.test(text.slice(mention.end, mention.end + 24))) continue;
    // "Universidad Diego Portales", "Hospital Juan Pablo II", "Đường Trần Hưng Đạo": a body or a street named after someone, its word before the name.
    // The opening word may itself be a name part ("Đường" is a given name too): "18 Đường Láng" is a street.
    // Only a word that opens its run: in "King's College Hospital Peter Adeyemi" the body's name ended, and a person follows.
    const opensBody =
      // A street's abbreviated word keeps its full stop: "Str. Mihai Eminescu nr. 14".
      (previous !== null && organisationPrefixes.has(previous.text) && (previous.dot ? DOT_SPACES : SPACES_ONLY).test(text.slice(previous.end, mention.start)) && opensRun(text, words, mention.first - 1)) ||
      (mention.parts.length > 1 && organisationPrefixes.has(words[mention.first]!.text) && opensRun(text, words, mention.first)) ||
      bodyWordBefore(text, words, mention.first) ||
      quotedBodyName(text, words, mention.first, mention.end) ||
      twoWordBody(text, words, mention);
    if (opensBody && !candidateInFull && personOf(mention.parts, persons, owner) !== 0) continue;
    // "Lloyd George envelopes": a thing named after someone.
    if (after && isEponymFollower(after, following?.[2]) && !gendered && !professional) continue;
    // A tool's name the writer also gives as a person's, in full or as their own, stays a person: "Referee Jo Roper … Roper and ICU-based staff".
    if (single && !gendered && !professional && !knownInFull(mention.parts, persons, owner) && sharesEponym(mention.parts[0]!, text.slice(mention.end, mention.end + 40))) continue;
    // "Wester Ross", "Port Talbot": one name part after a capitalised word that is no name is a place.
    const spaced = previous !== null && SPACES_ONLY.test(text.slice(previous.end, mention.start));
    // "Katya Volkova" for Yekaterina Volkova: a given name straight before the person's surname is theirs too.
    // So is one opening a line that the person's name ends, the name's line: "Hawre Mohammed Ali" under a contact block.
    const ownLine = mention.parts.length > 1 && previous !== null && BLANKS.test(text.slice(lineStart(text, previous.start, 80), previous.start)) && LINE_ENDS.test(text.slice(mention.end, mention.end + 40));
    const givenBefore =
      (surname || ownLine) && lead === mention.first && spaced && previous.kind === 'cap' && !owner.has(previous.text) && !RELATION_WORD.test(previous.text) && !isGenderedTitle(previous.text) && !professionalTitles.has(previous.text) && !nameLexicon.countries.has(previous.text) && mayBeGivenName(text, previous);
    // "JP Mbuyi" for Jean-Pierre Mbuyi: the initials of the person's given names run together before their surname, and before
    // the particles that open it ("PJ van der Berg" for Pieter-Jan).
    const runTogether = lead > 0 ? words[lead - 1]! : null;
    const initialsBefore =
      single &&
      runTogether !== null &&
      SPACES_ONLY.test(text.slice(runTogether.end, words[lead]!.start)) &&
      !runTogether.dot &&
      runTogether.text.length > 1 &&
      OWN_INITIALS.test(runTogether.text) &&
      areGivenInitials(runTogether.text, mention.parts, persons[personOf(mention.parts, persons, owner)]);
    if (givenBefore || initialsBefore) lead--;
    // "St. John's": the saint's abbreviation keeps its full stop (joined to the name, so no street's "Mill St.").
    const saint = previous?.dot === true && previous.joinsNext && PLACE_ABBREVIATION.test(previous.text);
    // A tab parts a table's cells ("Chua⇥Nicole C."): the word before is another cell's, no place's first word.
    // A capitalised word's possessive before one name part is a place's name too: "King's Lynn", "Bishop's Stortford".
    const possessed = previous !== null && POSSESSIVE_GAP.test(text.slice(previous.end, mention.start));
    const sameCell = (spaced || possessed) && !text.slice(previous.end, mention.start).includes('\t');
    // The candidate's own name after a body's word is their family's clinic, not a place's second word: "Clínica Dentária Menezes".
    if (single && previous && !givenBefore && !opensBody && ((!previous.dot && sameCell) || saint) && words[mention.first]!.kind !== 'lower' && CAPITALISED.test(previous.text)) {
      const name = previous.text;
      // A word that opens a sentence is no place's first word either: "Later Yusuf became…" (but "St Mary's" is a place), nor any
      // such word before the possessive of a person named in full elsewhere: "Read Margaret's story", "Ask Kofi's manager".
      const owns =
        (POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)) || /['’]s$/.test(words[mention.last]!.text)) &&
        persons[personOf(mention.parts, persons, owner)]!.parts.size > 1;
      const opener = (nameLexicon.notNameGroups.function.has(name) || owns || INVITING_VERB.test(name)) && !PLACE_WORD.test(name) && atSentenceStart(text, previous.start);
      // A heading's word opening its line before the candidate's name is no place's first word either: "Contact Priya".
      const heading = nameLexicon.notNameGroups.headings.has(name) && !text.slice(lineStart(text, previous.start, 80), previous.start).trim() && personOf(mention.parts, persons, owner) === 0;
      // A given name that is also a word owns a place in the possessive as the word: "King's Lynn".
      if ((!givenNames.has(name) || (possessed && wordLike.has(name))) && !GREETING_WORD.test(name) && !PATRONYMIC.test(name) && !professionalTitles.has(name) && !isGenderedTitle(name) && !owner.has(name) && !RELATION_WORD.test(name) && !nameLexicon.careRoleAddresses.has(name) && !POST_WORD.test(name) && !STAFF_POST.test(name) && !WRITER_IS.test(name) && !opener && !heading) continue;
    }
    // One word in capitals that opens its cell before a colon and a code is a field's label: "NINO: TH 58 …" beside a candidate named Nino.
    if (single && !titleWord && words[mention.first]!.kind === 'caps' && CODE_AFTER_LABEL.test(text.slice(mention.end, mention.end + 12)) && opensCell(text.slice(lineStart(text, mention.start, 80), mention.start))) continue;
    // A word-like given name on its own at the start of a sentence is probably the word.
    const onlyPart = mention.parts[0] ?? '';
    // A footer's page number: "Page 1 / 2", "PAGE 2 of 3" (Page is a surname too).
    if (single && !titleWord && /^page$/i.test(onlyPart) && PAGE_NUMBER_AFTER.test(text.slice(mention.end, mention.end + 16))) continue;
    // A family name that is also a word of work ("Ward", "Bank"), alone and untitled, is the word: "Ward 7", "the Ward Manager";
    // after a given name it is the name ("Mary Ward").
    // Never the value of a name's field: "Forename: Ama", "Name: Grace", "Known as: Love".
    const nameField = isNameField(text.slice(lineStart(text, mention.start, 40), mention.start)) || ownNamed.has(mention.start);
    // A doctor's or a professor's title and an initial before a word make it a surname, as a gendered title does: "Dr T. Durham".
    const titledSurname = professional && lead < mention.first && words[lead]!.kind === 'initial';
    if (single && !gendered && !titledSurname && !givenBefore && !nameField && nameLexicon.notNames.has(titleCase(onlyPart)) && !givenNames.has(titleCase(onlyPart))) continue;
    // Unless a verb follows: "Grace runs the clinic" is Grace; "Grace under pressure" is not.
    const isWordLike = wordLike.has(onlyPart) || wordLike.has(onlyPart.charAt(0) + onlyPart.slice(1).toLowerCase());
    const isMonth = MONTHS.test(onlyPart);
    // A surname abbreviated after it makes it a name: "Jo v. S." signs a statement.
    const signed = SIGNED_SURNAME.test(text.slice(mention.end, mention.end + 8));
    // Nor with an age after it, as a story gives one: "Chelsea, 22 has been working…".
    const aged = AGE_SET_OFF.test(text.slice(mention.end, mention.end + 14));
    if (single && isWordLike && !nameField && !signed && !aged && !addressed(text, words, mention, persons[personOf(mention.parts, persons, owner)], owner) && atSentenceStart(text, mention.start) && (isMonth || !VERB_AFTER.test(text.slice(mention.end, mention.end + 30)))) continue;
    let start = words[lead]!.start;
    let end = mention.end;
    const person = personOf(mention.parts, persons, owner);
    // A surname written as an initial after the name: "Kavya U.", "Priya S," (never "Amina A and…"), an e-mail's
    // "From: Ola K <…>", or closing a quote ("Joao P C"", "Meena T").
    // Several run together or spaced go too: "Priyadarshini M.K.", "Brandt M R". After a comma, the
    // initials of the person's other names, as a footer or a citation gives them: "Takahashi, H.".
    const lowerCase = words[mention.last]!.kind === 'lower';
    // A generation's suffix closes a full or titled name, its full stop too: "Tomás Reyes III", "JOSE DELA CRUZ JR.".
    const suffix = titleWord || mention.parts.length > 1 ? words[mention.last + 1] : undefined;
    if (suffix && GENERATION_SUFFIX.test(suffix.text) && SPACES_ONLY.test(text.slice(end, suffix.start))) end = suffix.end + (suffix.dot ? 1 : 0);
    // Straight after the name, the initials of the person's other names run together, as a citation or a footer gives them:
    // "Wickramasinghe KD" for Kasun Dilshan, "Moyo T —" for Tendai; each letter must be one of theirs.
    const own = words[mention.last + 1];
    let taken = 0;
    if (own && (!own.dot || own.text.length > 1) && OWN_INITIALS.test(own.text) && SPACES_ONLY.test(text.slice(end, own.start)) && [...own.text].every((letter) => isInitialOf(letter, mention.parts, persons[person]))) {
      end = own.end;
      taken = 1;
    }
    // A particle abbreviated between the name and an initial, as a signature gives a surname: "Jo v. S." (von Strauss).
    const abbreviated = taken === 0 ? words[mention.last + 1] : undefined;
    const afterParticle = abbreviated && words[mention.last + 2];
    if (
      abbreviated?.dot &&
      ABBREVIATED_PARTICLE.test(abbreviated.text) &&
      afterParticle?.dot &&
      afterParticle.kind === 'initial' &&
      SPACES_ONLY.test(text.slice(end, abbreviated.start)) &&
      /^\.[ \t]+$/.test(text.slice(abbreviated.end, afterParticle.start))
    ) {
      end = afterParticle.end + 1;
      taken = 2;
    }
    for (let next = mention.last + 1 + taken, gap = SPACES_ONLY; next <= mention.last + 4; next++, gap = BLANKS) {
      const initial = words[next];
      if ((initial?.kind !== 'initial' && !(lowerCase && initial && isLowerInitial(initial))) || !initial) break;
      const between = text.slice(end, initial.start);
      // Without its full stop before a bracket, a semicolon or a comma: "Najafizada, M (NPA); Power, J.".
      const closed = initial.dot || /^[ \t]*[(;,)]/.test(text.slice(initial.end, initial.end + 3));
      const cited = next === mention.last + 1 && closed && COMMA_GAP.test(between) && isInitialOf(initial.text, mention.parts, persons[person]);
      if ((!gap.test(between) && !cited) || !(initial.dot || /^(?:[ \t]*[\n,|()<]|["”]|[ \t]{2}|[ \t]+\p{Lu}\b|$)/u.test(text.slice(initial.end, initial.end + 3)))) break;
      end = initial.end + (initial.dot ? 1 : 0);
    }
    // "rūta.k": the initial of another of the person's parts after a lower-case part's full stop goes with it.
    const dotted = words[mention.last + 1];
    if (lowerCase && end === words[mention.last]!.end && dottedInitialAfter(words[mention.last]!, dotted, persons[person]?.parts ?? [])) end = dotted!.end;
    // A name broken across a line by a hyphen, as PDF text wraps it: "Dr Tendai Mudzin-\ngwa".
    const lastWord = words[mention.last]!;
    const broken = (lastWord.kind === 'caps' ? BROKEN_CAPS_AT_LINE_END : BROKEN_AT_LINE_END).exec(text.slice(end, end + 40));
    if (broken) end += broken[0].length;
    // A patronymic after the given names, "son" or "daughter of" and the father's names: "Yisroel Meir ben Avraham Dov".
    const patronymic = broken ? null : PATRONYMIC_AFTER.exec(text.slice(end, end + 60));
    if (patronymic && !patronymic[1]!.split(/[ \t]+/).some((word) => nameLexicon.notNames.has(word))) end += patronymic[0].length;
    // A Turkic patronymic after the names, the father's given name and "daughter" or "son" after it: "Leyla Elçin qızı",
    // "ALIYEV RASHAD TOFIG OGLU", "Aibek Nurlan uulu"; or the word alone after the father's name ("Elçin qızı").
    const turkic = TURKIC_PATRONYMIC.exec(text.slice(end, end + 40));
    if (turkic && (!turkic[1] || (/^\p{Lu}/u.test(turkic[1]) && !nameLexicon.notNames.has(titleCase(turkic[1]))))) end += turkic[0].length;
    // Close a nickname's bracket or quote, or both: "Chukwuemeka (Emeka)", "Eleni Pappa ("Lena")".
    const opened = text.slice(start, end);
    if (opensNickname(opened)) end += NICKNAME_CLOSES_AFTER.exec(text.slice(end, end + 2))?.[0].length ?? 0;
    // The name's own initials in brackets after it, what colleagues call the person: "Dil Bahadur GURUNG (DB)".
    const initials = INITIALS_BRACKET.exec(text.slice(end, end + 12));
    if (initials && initials[1] === mention.parts.slice(0, initials[1]!.length).map((part) => part.charAt(0).toUpperCase()).join('')) end += initials[0].length;
    // A form's word for a surname it lacks goes with the name: "Dawa Unknown", "Shabnam FNU".
    end += PLACEHOLDER_SURNAME.exec(text.slice(end, end + 12))?.[0].length ?? 0;
    // Or before it, where the given name is the one missing: "FNU TENZIN DOLMA".
    start -= PLACEHOLDER_GIVEN.exec(text.slice(Math.max(0, start - 12), start))?.[0].length ?? 0;
    if (gendered) start = gendered.start;
    // Titles stacked before the name go with it: "Rev. Fr. Antonio …".
    const stacked = gendered && lead > 1 ? words[lead - 2]! : null;
    if (stacked && isGenderedTitle(stacked.text) && INITIAL_GAP.test(text.slice(stacked.end, gendered!.start))) start = stacked.start;
    // A couple named once: "Mr and Mrs Thomas", "Mr & Mrs Begum".
    const couple = gendered ? COUPLE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (couple && isGenderedTitle(couple[1]!)) start -= couple[0].length;
    spans.push(makeSpan('name', start, end, { person, divisible: true }));
  }
  spans.push(...spacedCapitals(text, owner), ...capitalsLines(text, words, owner), ...candidateInitials(text, candidate), ...initialUnknown(text, persons));
  spans.push(...definedInitials(text, spans));
  return spans;
}

/**
 * What a form writes for a surname it lacks, after a name (someone with one name): "Unknown", and "FNU" or "LNU" (first
 * or last name unknown). Capitalised, with no letter or digit after it: "Grade: unknown" stays.
 */
const PLACEHOLDER_SURNAME = /^[ \t]+(?:Unknown|UNKNOWN|FNU|LNU)(?![\p{L}\p{N}])/u;
const PLACEHOLDER_GIVEN = /(?<![\p{L}\p{N}])(?:FNU|LNU)[ \t]+$/u;
/** An initial before such a surname, closing its phrase (a mark or the line's end after it): "Z. Unknown", not "A. Unknown cause". */
const INITIAL_UNKNOWN = /(?<![\p{L}\p{N}.])(\p{Lu})\.?[ \t]+(?:Unknown|UNKNOWN|FNU|LNU)(?=[ \t]?[\r\n"”'’),;:.]|$)/gu;

/** An initial and a form's word for a missing surname, when the initial opens a part of someone's name found: "Z. Unknown" for Zarghuna. */
function initialUnknown(text: string, persons: Person[]): Span[] {
  const spans: Span[] = [];
  if (!text.includes('Unknown') && !text.includes('UNKNOWN') && !text.includes('NU')) return spans;
  for (const m of matchAll(text, INITIAL_UNKNOWN)) {
    const person = persons.findIndex((p) => [...p.parts].some((part) => part.charAt(0) === m[1]));
    if (person >= 0) spans.push(makeSpan('name', m.index, m.index + m[0].length, { person }));
  }
  return spans;
}

/** A comment's mark in Word's tracked text, its author's initials and a number: "Comment [SRA1]:". */
const COMMENT_MARK = /\[(\p{Lu}{2,4})\d{1,2}\]/gu;
/** Initials with a full stop after each, three or more, as a note is signed: "– S.R.A.". */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){3,4}(?![\p{L}\p{N}])/gu;

/**
 * The candidate's initials where they stand for the candidate: as the author of a comment left in the text of a draft
 * ("Comment [SRA1]:" for Shilan Rasul Ahmed) and dotted as a note's signature ("S.R.A."; three letters or more, as two
 * are too often something else, and never an initialism a list knows). Only the initials of the candidate's whole name, in
 * its order; a particle, in capitals too, has none ("NUR FARAH BINTI RAZAK" signs "N.F.R.").
 */
function candidateInitials(text: string, candidate: CandidateName | null): Span[] {
  const names = (candidate?.text ?? '').split(/[ \t]+/).filter((part) => /^\p{Lu}/u.test(part) && !nameLexicon.particles.has(part.toLowerCase()));
  if (names.length < 2) return [];
  const initials = names.map((part) => part.charAt(0)).join('');
  const spans: Span[] = [];
  for (const m of matchAll(text, COMMENT_MARK)) {
    if (m[1] === initials) spans.push(makeSpan('name', m.index + 1, m.index + m[0].length - 1, { person: 0 }));
  }
  // Never initials that spell a body or a term a list knows ("N.H.S.").
  if (initials.length >= 3 && !nameLexicon.notNames.has(initials)) {
    for (const m of matchAll(text, DOTTED_INITIALS)) {
      if (m[0].replace(/\./g, '') === initials) spans.push(makeSpan('name', m.index, m.index + m[0].length, { person: 0 }));
    }
  }
  signedInitials(text, names, spans);
  return spans;
}

/** A line's first cell of initials only, as a statement is signed: "R. A-B.", "T.K-M." (a date may follow after a gap). */
const INITIALS_CELL = /^[ \t]*([\p{Lu}][\p{Lu}. -]{1,14}?)\.?(?=[ \t]*\r?$|\t| {2})/gmu;

/**
 * The candidate's initials signing a line of their own, each hyphenated part's initials joined by its hyphen ("Rosa
 * Achieng-Bett" signs "R. A-B."): with a hyphen in them, as two or three capitals alone are too often something else.
 */
function signedInitials(text: string, names: string[], spans: Span[]): void {
  const signature = names.map((part) => part.split('-').map((piece) => piece.charAt(0)).join('-')).join('');
  if (!signature.includes('-')) return;
  for (const m of matchAll(text, INITIALS_CELL)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    if (m[1]!.replace(/[. \t]/g, '') === signature) spans.push(makeSpan('name', start, m.index + m[0].length, { person: 0 }));
  }
}

/** The most words a name in capitals alone on its line may hold: "JOANA FLÁVIA RODRIGUES E DIAS". */
const CAPITALS_NAME_WORDS = 6;

/**
 * A line that is a name in capitals, its first and last words parts of one person found ("SHREYAS HANUMANTHAPPA
 * GOWDA" for the candidate Shreyas H. Gowda): the words between are that person's too, as a heading or a form
 * writes the full name. The line holds nothing else, bar a bracket after the name.
 */
function capitalsLines(text: string, words: Word[], owner: Map<string, number[]>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first.kind !== 'caps' || !owner.has(first.text) || text.slice(lineStart(text, first.start, 8), first.start).trim()) continue;
    let j = i;
    while (j + 1 < words.length && j - i + 1 < CAPITALS_NAME_WORDS && words[j]!.joinsNext && words[j]!.join === 'space' && CAPITALS_PART.test(words[j + 1]!.text)) j++;
    const last = words[j]!;
    const after = text.slice(last.end, last.end + 2);
    if (j - i < 2 || last.kind !== 'caps' || !samePerson(owner, first.text, last.text) || !(/^(?:[ \t]*(?:\n|$)|[ \t]\()/.test(after) || titledAfter(text, last.end))) {
      i = j;
      continue;
    }
    spans.push(makeSpan('name', first.start, last.end, { person: owner.get(first.text)![0], divisible: true }));
    i = j;
  }
  return spans;
}

/** A name part in capitals, hyphenated too: "CAMPBELL-REID". */
const CAPITALS_PART = /^\p{Lu}+(?:-\p{Lu}+)*$/u;

/** Whether the rest of the line from `at` is only the document's title after a dash: " - CURRICULUM VITAE". */
function titledAfter(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const rest = text.slice(at, end < 0 ? text.length : end);
  return CV_AFTER.exec(rest)?.index === rest.search(/\S/);
}

/**
 * A heading set in spaced capitals, a blank between letters and a wider gap between words, or a spaced hyphen between
 * the parts of a name: "H E T A L   M I S T R Y", "R U T H   B E N - A R I", and a letter's combining marks with it, as
 * Yoruba's tones and dots are written ("A D É B Á Y Ọ̀").
 */
const SPACED_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}\p{M}*(?: \p{Lu}\p{M}*){2,}(?:(?: {2,4}| - )\p{Lu}\p{M}*(?: \p{Lu}\p{M}*)+)*(?![\p{L}\p{M}\p{N}])/gu;
/** Between the words of such a heading. */
const SPACED_WORD_GAP = / {2,4}| - /;

/**
 * Headings in spaced capitals whose words, their letters joined, name a person found (with or without the marks on their
 * letters: "ADÉBÁYỌ̀" for "Adebayo"): the whole heading is that person's.
 */
function spacedCapitals(text: string, owner: Map<string, number[]>): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, SPACED_CAPITALS)) {
    const joined = m[0].split(SPACED_WORD_GAP).map((word) => word.replace(/ /g, ''));
    const person = joined.map((word) => (owner.get(word) ?? owner.get(withoutAccents(word)))?.[0]).find((index) => index !== undefined);
    if (person !== undefined) spans.push(makeSpan('name', m.index, m.index + m[0].length, { person }));
  }
  return spans;
}

/** A greeting, wherever it stands, is no place's first word: "A charaid / Dear Morag,", a bilingual letter's. */
const GREETING_WORD = /^(?:Dear|Hi|Hello|Hey)$/;

/** A name's field label, its "(s)" and colon aside, in lower case with single blanks. */
const NAME_FIELD = /^(?:(?:(?:full|first|given|fore|last|family|middle|preferred) ?)?(?:names?|forenames?|surname)|(?:also )?known as|nickname)$/;

/** Whether the text before a value on its line ends in a name's field label: "Name:", "Forename(s):", "Family name –". Read back in code. */
function isNameField(before: string): boolean {
  const label = before.trimEnd();
  if (!/[:\-–]$/.test(label)) return false;
  const cell = label.slice(0, -1).trimEnd().replace(/\(s\)$/i, '');
  // A cell ends at a tab, a bar or a column's gap of blanks ("Member: MOYO, L.   Known as: Love").
  const gap = cell.lastIndexOf('  ');
  const last = cell.slice(Math.max(cell.lastIndexOf('\t'), cell.lastIndexOf('|'), gap < 0 ? -1 : gap + 1) + 1);
  return NAME_FIELD.test(last.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** The capitalised word a possessive leads to: "'s Pharmacy". */
const OWNED = /^['’]s?[ \t]+(\p{Lu}\p{L}+)/u;
/** Businesses named by their owner's name with a possessive ("Tyler's Pharmacy", "Shah's Opticians"); a person's own "team" or "ward" is theirs. */
const OWNED_BUSINESS = new Set(['Pharmacy', 'Pharmacies', 'Chemist', 'Chemists', 'Opticians', 'Optometrists', 'Optical', 'Dental', 'Dentistry', 'Surgery', 'Practice', 'Clinic', 'Ltd', 'Limited']);

/** What closes a nickname after its last word: a bracket or a quote, or a quote and then its bracket. */
const NICKNAME_CLOSES_AFTER = /^(?:["”'’]\)|[)"”])/;
/** Two to four capitals alone in a bracket after a name, a few blanks away. */
const INITIALS_BRACKET = /^[ \t]{1,4}\((\p{Lu}{2,4})\)/u;

/** Whether a name's words open a bracket or a quote they do not close: "Chukwuemeka (Emeka", "Eleni Pappa ("Lena". */
function opensNickname(words: string): boolean {
  let brackets = 0;
  let straight = 0;
  let curly = 0;
  for (const c of words) {
    if (c === '(') brackets++;
    else if (c === ')') brackets--;
    else if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
  }
  return brackets > 0 || straight % 2 === 1 || curly > 0;
}

/** The rest of a word carried to the next line after a hyphen: "-\ngwa"; in capitals after a name in capitals ("GEORGIEV IVA-⏎NOV"). */
const BROKEN_AT_LINE_END = /^-\r?\n[ \t]*\p{Ll}[\p{Ll}'’]*(?![\p{L}\p{M}])/u;
const BROKEN_CAPS_AT_LINE_END = /^-\r?\n[ \t]*\p{Lu}{2,}(?![\p{L}\p{M}])/u;

/** Whether a part found is only a piece of one of the person's hyphenated parts ("Bishop" of "Bishop-Gittens"), never written alone. */
function isHyphenPiece(part: string, person: Person | undefined): boolean {
  if (!person || person.parts.has(part)) return false;
  for (const whole of person.parts) if (whole.includes('-') && whole.split('-').includes(part)) return true;
  return false;
}

/** Whether the span overlaps any of the ranges. */
function overlapsAny(ranges: readonly (readonly [number, number])[], span: { start: number; end: number }): boolean {
  for (const [start, end] of ranges) if (span.start < end && span.end > start) return true;
  return false;
}

/** What goes before a place: a preposition of place or a comma ("near Bishop's Stortford", "Hospital, King's Norton"). */
const PLACE_BEFORE = /(?:\b(?:in|at|near|from|to|of|outside|around)|,)[ \t]+$/;
/** A possessive's "s" and the capitalised word after it. */
const CAPITALISED_AFTER_POSSESSIVE = /^['’]s[ \t]+(\p{Lu}\p{Ll}+)/u;
/**
 * A possessive then a capitalised word that is no one's name part and no word a list knows: "'s Stortford", not "'s Gittens",
 * nor a job's, a ward's or a document's word the person owns ("'s Band 6 appraisal", "'s Team", "'s Midwifery Unit", "'s Report").
 */
function placeAfterPossessive(after: string, owner: Map<string, number[]>): boolean {
  const next = CAPITALISED_AFTER_POSSESSIVE.exec(after)?.[1];
  const { givenNames, notNames, organisationSuffixes, wordLike } = nameLexicon;
  return next !== undefined && !owner.has(next) && !givenNames.has(next) && !notNames.has(next) && !organisationSuffixes.has(next) && !wordLike.has(next);
}

/**
 * Whether a mention of given name and surname is of someone the text names more fully elsewhere ("Harjit Bains" of "Dr Harjit
 * Singh Bains"): read only where a firm's word follows the mention, which most do not.
 */
function namedMoreFully(parts: string[], persons: Person[], owner: Map<string, number[]>): boolean {
  const them = parts.length > 1 ? persons[personOf(parts, persons, owner)] : undefined;
  const surname = them?.surname;
  if (them === undefined || !surname || new Set([...them.parts].map((part) => part.toLowerCase())).size <= parts.length) return false;
  return parts.includes(surname) && parts.some((part) => part !== surname);
}

/** Whether the person these parts name is the candidate or is named elsewhere with more than one part. */
function knownInFull(parts: string[], persons: Person[], owner: Map<string, number[]>): boolean {
  const index = personOf(parts, persons, owner);
  return index === 0 || (persons[index]?.parts.size ?? 0) > 1;
}

/** The person whose parts best match a mention: a shared surname counts double; ties go to the candidate. */
function personOf(parts: string[], persons: Person[], owner: Map<string, number[]>): number {
  const scores = new Map<number, number>();
  for (const part of parts) {
    for (const index of owner.get(part) ?? []) {
      const person = persons[index];
      const weight = person?.surname && (person.surname === part || person.surname.toUpperCase() === part) ? 2 : 1;
      scores.set(index, (scores.get(index) ?? 0) + weight);
    }
  }
  let best = 0;
  let bestScore = -1;
  for (const [index, score] of scores) {
    if (score > bestScore || (score === bestScore && index < best)) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

/** Whether `part` is the surname of someone it names ("Rhys" of Gwion ap Rhys), in any case. */
function isSurname(part: string, persons: Person[], owner: Map<string, number[]>): boolean {
  const lower = part.toLowerCase();
  return (owner.get(part) ?? []).some((index) => persons[index]?.surname?.toLowerCase() === lower);
}

/** Whether the particles ending at `index` follow a title: "Dr de la Cruz", whose one part is a surname. */
function afterTitle(words: Word[], index: number): boolean {
  let i = index;
  while (i > 0 && i > index - 4 && words[i]!.kind === 'particle') i--;
  return words[i]!.kind === 'title' && words[i]!.joinsNext;
}

/** "s." in "meenakshi s.": an initial in lower case, which only a name in lower case has. */
const isLowerInitial = (word: Word) => word.dot && word.text.length === 1 && word.kind === 'lower';

/**
 * The candidate's name in lower case is theirs too where it is plainly a name: a part no English
 * word is ("sundaram"), or one beside another part or an initial in lower case ("meenakshi s.",
 * "meenakshi sundaram"), as a signature or a user name writes it. Not "grant" or "rose" alone.
 */
function addLowerCaseForms(text: string, words: Word[], candidateParts: string[], owner: Map<string, number[]>): void {
  // Each part also without its accents, as a user name or a footer types it ("malgorzata" for "Małgorzata").
  const lower = new Map(candidateParts.filter((p) => p.length >= 3).flatMap((p) => [[withoutAccents(p).toLowerCase(), p] as const, [p.toLowerCase(), p] as const]));
  // Two parts run together, as a user name writes them ("Teams: priyanair", "nairpriya").
  const joined = new Set<string>();
  for (const a of lower.keys()) for (const b of lower.keys()) if (a !== b) joined.add(withoutAccents(a + b));
  const isPart = (word: Word | undefined) => word?.kind === 'lower' && lower.has(word.text);
  // Parts joined by hyphens, dots or underscores, as a profile's slug writes them ("sílvia-lunardi-remuzzi",
  // "tom-harrington-rn"): two different parts at least ("tom-tom" is a word), and nothing else but a short tag or digits.
  const isSlug = (token: string) => {
    const pieces = token.split(/[-._]+/);
    const named = new Set(pieces.map((piece) => lower.get(piece) ?? lower.get(withoutAccents(piece))).filter(Boolean)).size;
    return named >= 2 && pieces.every((piece) => lower.has(piece) || lower.has(withoutAccents(piece)) || /^(?:\d+|[a-z]{1,3})$/.test(piece));
  };
  words.forEach((word, i) => {
    if (word.kind === 'lower' && joined.size > 0 && joined.has(withoutAccents(word.text)) && !owner.has(word.text)) owner.set(word.text, [0]);
    if (word.kind === 'lower' && /[-._]/.test(word.text) && !owner.has(word.text) && isSlug(word.text) && standsAlone(text, word)) owner.set(word.text, [0]);
    const part = word.kind === 'lower' ? lower.get(word.text) : undefined;
    if (part === undefined || owner.has(word.text)) return;
    const previous = words[i - 1]?.joinsNext ? words[i - 1] : undefined;
    const next = word.joinsNext ? words[i + 1] : undefined;
    const beside = isPart(previous) || isPart(next) || (next !== undefined && isLowerInitial(next)) || (previous !== undefined && isLowerInitial(previous)) || dottedInitialAfter(word, words[i + 1], candidateParts);
    if (nameLexicon.nameParts.has(part) || beside) owner.set(word.text, [0]);
  });
}

/**
 * A part in lower case and, after its full stop, the initial of another part of the name, as a footer or a user name shortens
 * it: "rūta.k" for Rūta Kazlauskienė, "jane.o" for Jane Okafor. The initial must be another part's, so "jane.j" is not.
 */
function dottedInitialAfter(word: Word, next: Word | undefined, parts: Iterable<string>): boolean {
  if (!word.dot || !next || next.start !== word.end + 1 || next.text.length !== 1 || next.kind !== 'lower') return false;
  const own = withoutAccents(word.text).toLowerCase();
  const initial = withoutAccents(next.text);
  for (const part of parts) {
    const plain = withoutAccents(part).toLowerCase();
    if (plain !== own && plain.charAt(0) === initial) return true;
  }
  return false;
}

/** Whether a word is all its cell holds, as a slug listed among contacts is: alone on its line, after a label's colon or a `|`, or a key's quoted value. */
function standsAlone(text: string, word: Word): boolean {
  const lineStart = text.lastIndexOf('\n', word.start - 1) + 1;
  const newline = text.indexOf('\n', word.end);
  const before = text.slice(lineStart, word.start).trimEnd();
  const after = text.slice(word.end, newline < 0 ? text.length : newline).trimStart();
  // Or a quoted value of data kept as code, closing its line: "text: 'sílvia-lunardi-remuzzi',", "{ text: 'ana-ruiz' },".
  if (/[:=][ \t]*["'`]$/.test(before)) return /^["'`][ \t,;})\]]*$/.test(after);
  return (before === '' || /[:|•·]$/.test(before)) && (after === '' || /^[|•·]/.test(after));
}

/**
 * Someone else's name in lower case, two of its parts side by side, is theirs too: a referee "Ms
 * Bethan Lloyd" whose contact line reads "bethan lloyd at example dot org". One part alone in lower
 * case, or two that are both words ("rose grant"), stays as written.
 */
function addOthersLowerCase(words: Word[], persons: Person[], owner: Map<string, number[]>): void {
  const pairs = new Set<string>();
  persons.forEach((person, index) => {
    if (index === 0) return;
    const lower = [...person.parts].filter((p) => p.length >= 3).map((p) => p.toLowerCase());
    for (const a of lower) for (const b of lower) if (a !== b) pairs.add(`${a} ${b}`);
  });
  if (!pairs.size) return;
  const { wordLike } = nameLexicon;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.kind !== 'lower' || b.kind !== 'lower' || !a.joinsNext || !pairs.has(`${a.text} ${b.text}`)) continue;
    if (wordLike.has(titleCase(a.text)) && wordLike.has(titleCase(b.text))) continue;
    // The capitalised form's owner, so both spellings are one person.
    for (const w of [a.text, b.text]) {
      const known = owner.get(titleCase(w));
      if (known && !owner.has(w)) owner.set(w, known);
    }
  }
}

/** A hyphen that ends a line inside a word, as PDF text wraps a long name. */
const LINE_BREAK_HYPHEN = /^-\r?\n[ \t]*$/;

/**
 * A name a wrapped line broke ("DIMI-⏎TROV", "War-⏎same"), the second half in the case of the first: the joined
 * form is the person's too, so "Dimitrov" elsewhere is theirs. Returns, by the first half's index, each joined form
 * (title case for one in capitals), for a mention of a name whose halves no person owns.
 */
function addBrokenForms(text: string, words: Word[], owner: Map<string, number[]>): Map<number, string> {
  const joinedAt = new Map<number, string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (text.charCodeAt(a.end) !== 45 || !(a.kind === 'caps' ? b.kind === 'caps' : a.kind === 'cap' && b.kind === 'lower')) continue;
    if (!LINE_BREAK_HYPHEN.test(text.slice(a.end, b.start))) continue;
    const joined = titleCase(a.text + b.text);
    joinedAt.set(i, joined);
    const known = owner.get(a.text);
    if (known && !owner.has(joined)) for (const variant of variants(joined)) owner.set(variant, known);
  }
  return joinedAt;
}

/** An Irish or Scottish Gaelic particle written apart from the surname: "Mac Carthaigh", "Ó Briain", "Nic Giolla". */
const GAELIC_PARTICLE = /^(?:Mac|Mc|Nic|Ní|Ni|Ó|O|Ua|Uí|Mhic)$/;
/** A surname with the particle joined on, as an English form writes it: "MacCarthy", "McCarthy", "O'Brien". */
const JOINED_PARTICLE = /^(?:Mac|Mc|O'|Ó)(\p{Lu}\p{Ll}{2,})$/u;

/** The first three letters of a surname, without accents or the "h" of a softened first letter ("Bhriain" → "bri"). */
function gaelicStem(word: string): string {
  return withoutAccents(word).toLowerCase().replace(/^([bcdfgmpst])h/, '$1').slice(0, 3);
}

/**
 * The English form of a Gaelic surname is that person's name too: "MacCarthy" for "Mac Carthaigh",
 * "O'Brien" for "Ó Briain". A word with the particle joined on counts when its stem starts with the
 * same three letters as a surname written after a separate particle.
 */
function addAnglicisedForms(words: Word[], persons: Person[], owner: Map<string, number[]>): void {
  const stems = new Map<string, number>();
  persons.forEach((person, index) => {
    if (![...person.parts].some((part) => GAELIC_PARTICLE.test(part))) return;
    for (const part of person.parts) if (part.length >= 4 && !GAELIC_PARTICLE.test(part)) stems.set(gaelicStem(part), index);
  });
  if (!stems.size) return;
  for (const word of words) {
    const typed = word.text.includes('’') ? word.text.replace(/’/g, "'") : word.text;
    const stem = JOINED_PARTICLE.exec(typed)?.[1];
    const person = stem === undefined || owner.has(typed) ? undefined : stems.get(gaelicStem(stem));
    if (person !== undefined) owner.set(typed, [person]);
  }
}
