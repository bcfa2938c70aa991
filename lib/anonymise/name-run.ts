import { GENERATION_SUFFIX, isDegreeLetters, nameLexicon } from './name-lexicon';
import type { Word } from './scan-words';

/** A person's name found in the text: its words (without titles) and where it sits. */
export interface NameRun {
  /** Name words, e.g. ["Amina", "Okafor"], without titles, initials or particles. */
  parts: string[];
  start: number;
  end: number;
  /** Read as someone else's (after a title, in a list of authors): a different given name with the same surname is another person. */
  distinct?: boolean;
  /** Removed as it stands, initials and all ("Chan WY" in a list of authors), and not looked for again: a mention takes no initials after it. */
  whole?: boolean;
}

/** Organisation and place words that are also common surnames (Villa as Filipino, Spanish and Italian names have it). */
const SURNAME_LIKE = new Set(['Green', 'Hill', 'Park', 'Hall', 'Wood', 'Lane', 'Court', 'House', 'Church', 'Fields', 'Gates', 'Cross', 'Bridge', 'Marsh', 'Moor', 'Dale', 'Vale', 'Banks', 'Bank', 'Rose', 'Ward', 'Gate', 'Chapel', 'Temple', 'Burn', 'Mills', 'Meadows', 'Brook', 'Woods', 'Villa', 'Croft', 'Lodge']);
const EPONYM_FOLLOWERS = /^(?:envelopes?|records?|notes|folders?|criteria|score|scores|scale|test|tests|syndrome|disease|sign|signs|procedure|manoeuvre|method|model|principles?|rule|rules|classification|questionnaire|chart|charts|formula|technique|approach|effect|reflex|fracture|bandage|catheter|tube|view|position|ward|wing|unit|building|lecture|award|scholarship|fellowship|programme|prize|medal|style|training|course|module|framework|rounds?|mandatory)$/i;

/** A tier with its number after a name is a course's level ("Oliver McGowan Tier 2"); the scan reads a numbered tier as no name word. */
const NUMBERED_TIER = /^tiers?$/i;

/** What a verb takes, so "signs off", "tests the" make the word after a name a verb: "Fiona MacLeod signs off my competencies". */
const VERB_OBJECT = /^(?:off|out|up|the|a|an|my|our|his|her|their|every|each|all|them|it|this|these|those)$/;

/** A word after a name that makes it a thing named after someone ("Lloyd George envelopes"), unless it is a verb with its object. */
export function isEponymFollower(word: string, next: string | undefined): boolean {
  return EPONYM_FOLLOWERS.test(word) && !(/s$/i.test(word) && next !== undefined && VERB_OBJECT.test(next));
}

/** The names of Wales's health boards, which a person's name can look like ("Hywel Dda", "Betsi Cadwaladr"). */
const WELSH_BOARD = /^(?:Hywel Dda|Cwm Taf(?: Morgannwg)?|Aneurin Bevan|Betsi Cadwaladr|Swansea Bay|Powys|Abertawe Bro Morgannwg|Cardiff and Vale|Vale)$/;

/**
 * A second thing joined to the name that carries the word both share: "Kawa and COPM-based goal setting", "Roper and
 * NEWS2 charts". The second is an acronym or carries "-based", so "Amira and Tom training staff" stays two people.
 * Only a name that care models, scales and reflective cycles carry is read so: "with Fatima and ED-led teaching" is a person.
 */
const NAMED_TOOLS = new Set(['Kawa', 'Roper', 'Braden', 'Waterlow', 'Norton', 'Barthel', 'Gibbs', 'Kolb', 'Johns', 'Driscoll', 'Bobath', 'Borg', 'Apgar', 'Rockwood', 'Maslow', 'Tuckman']);
const JOINED_THING = /^,?[ \t]+(?:and|or|&)[ \t]+(?:\p{Lu}[\p{L}\p{N}]*-(?:based|informed|led)(?![\p{L}])|\p{Lu}{2,}\p{N}*[ \t]+(\p{L}+))/u;

/** Whether `name` and the words after it make it one of two things named together, as "Kawa and COPM-based" is. */
export function sharesEponym(name: string, rest: string): boolean {
  if (!NAMED_TOOLS.has(name)) return false;
  const joined = JOINED_THING.exec(rest);
  return joined !== null && (joined[1] === undefined || isEponymFollower(joined[1], undefined));
}

/**
 * Whether a word can be part of a name here. `allCaps` allows words in capitals (a header line
 * "AMINA OKAFOR"), whose case is then normalised by the caller.
 */
export function isNamePart(word: Word, allCaps = false): boolean {
  const { notNames, givenNames, organisationSuffixes } = nameLexicon;
  // "Tomás Reyes Jr.", "MARCUS REID SNR": a generation's suffix closes the name (find-names takes it with the mention).
  if (GENERATION_SUFFIX.test(word.text)) return false;
  // "Hope Street", "Grace Medical": a place or organisation word is no name, unless it is also a surname (Green, Hill).
  if (organisationSuffixes.has(word.text) && !SURNAME_LIKE.has(word.text) && !givenNames.has(word.text)) return false;
  // A degree's letters in another case are post-nominals: "Janine Ellul Bsc(Hons)".
  if (word.kind === 'cap') return word.text.length >= 2 && (!notNames.has(word.text) || givenNames.has(word.text)) && !isDegreeLetters(word.text);
  if (word.kind === 'caps' && allCaps) {
    const title = titleCase(word.text);
    return word.text.length >= 2 && (!notNames.has(title) || givenNames.has(title)) && !notNames.has(word.text);
  }
  return false;
}

/**
 * A surname in capitals after a given name in running text, as many write their family name
 * ("Dr Ona PETRAUSKIENĖ", "Jonas KAZLAUSKAS"): four letters or more with a vowel, and a known
 * surname or one's shape, so that an acronym ("ADHD", "NHS") or a word ("ABOUT") is not read as one;
 * after a title ("MRS. P. GRANT", "Dr A. OKAFOR") any word in capitals that is not a known non-name.
 */
function isSurnameInCapitals(word: Word, afterTitle: boolean): boolean {
  if (word.kind !== 'caps' || word.text.length < (afterTitle ? 2 : 4) || !/[AEIOUYÀ-ÖØ-ÞĀ-Ž]/u.test(word.text)) return false;
  const title = titleCase(word.text);
  if (nameLexicon.notNames.has(title) || nameLexicon.notNames.has(word.text) || nameLexicon.organisationSuffixes.has(title)) return false;
  // After a title ("MRS. P. GRANT") any such word is a name.
  if (afterTitle) return true;
  return nameLexicon.nameParts.has(title) || hasSurnameShape(word.text);
}

/** A word in capitals with a letter no English word has, or a surname's ending ("-IENĖ", "-SKI", "-ESCU", "-YAN"). */
export function hasSurnameShape(caps: string): boolean {
  return /[À-ÖØ-öø-ɏ]/u.test(caps) || SURNAME_ENDING.test(caps);
}
const SURNAME_ENDING = /(?:IENE|AITE|YTE|UTE|AS|IS|US|YS|SKI|SKA|CKI|CKA|WICZ|CZYK|ENKO|OVA|EVA|OV|EV|ESCU|OGLU|YAN|IAN|SSON|SEN|EZ)$/;

/** "O'NEILL" → "O'Neill", "BELLO-HASSAN" → "Bello-Hassan", "MCALLISTER" → "Mcallister". */
export function titleCase(word: string): string {
  const lower = word.toLowerCase();
  // A word of ASCII letters alone (most are) has only its first letter to raise: read in code.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 97 || code > 122) return lower.replace(/(^|[-'’\s])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
  }
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The kinds of institution a name may stand before: "Teaching Hospital", "Polytechnic University". */
const INSTITUTIONS = new Set(['Hospital', 'Hospitals', 'Infirmary', 'Pavilion', 'University', 'College', 'Institute', 'School', 'Clinic', 'Centre', 'Center', 'Trust', 'Hospice', 'Academy']);
/**
 * Whether one or two capitalised words from `at` lead to an institution's kind ("Teaching Hospital",
 * "Polytechnic University"), so the name before them is the institution's. Job words ("Practice
 * Manager") and name parts break the chain, so "Amina Okafor Practice Manager" stays a person.
 */
function namesAnInstitution(words: Word[], at: number): boolean {
  const { notNameGroups, nameParts, givenNames } = nameLexicon;
  for (let i = at; i < at + 2; i++) {
    const word = words[i];
    if (word?.kind !== 'cap' || !word.joinsNext || notNameGroups.jobWords.has(word.text) || nameParts.has(word.text) || givenNames.has(word.text)) return false;
    const next = words[i + 1];
    if (next && INSTITUTIONS.has(next.text)) return true;
  }
  return false;
}

/** Particles that are surnames of their own in South Asian and Iberian names, when capitalised and last: "Das", "De", "Dos". */
const SURNAME_PARTICLE = /^(?:Das|De|Dey|Dos)$/;

/** Whether the particle at words[at] and any after it ("de la", "van der") lead to a name part. */
function particlesBeforeName(words: Word[], at: number, allCaps: boolean): boolean {
  for (let i = at; i < at + 3; i++) {
    const word = words[i];
    if (!word?.joinsNext || word.kind !== 'particle') return false;
    const next = words[i + 1];
    if (next && next.kind !== 'particle') return isNamePart(next, allCaps);
  }
  return false;
}

/**
 * Reads a name starting at words[from]: an optional title, then name parts, initials and
 * particles joined by spaces, up to `max` parts. Returns null unless at least `minParts` name
 * parts were read, or the run is followed by an organisation word ("John Radcliffe Hospital").
 */
/** The days of the week, which West African families give as names (Sunday, Monday, Friday). */
export const WEEKDAYS = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Whether a word is a capitalised given name or name part that no list reads as another word. */
function knownPartAfter(word: Word | undefined): boolean {
  return word?.kind === 'cap' && (nameLexicon.givenNames.has(word.text) || nameLexicon.nameParts.has(word.text)) && !nameLexicon.notNames.has(word.text);
}

/** Word lists whose words are never a surname after a title and a given name: "Dr Amy Registrar", "Ms Jo Monday". */
const NEVER_SURNAME = ['jobWords', 'organisation', 'headings', 'months', 'days', 'clinical', 'qualifications', 'subjects', 'nhsSystems'] as const;

/**
 * "Mr Oliver Strong,", "Mrs Jane Good": after a title and a given name the lists know, a capitalised word that ends the name
 * is its surname, though it is also an everyday word the lists keep from names (a surname of a quality: Strong, Good, Best).
 */
function wordSurname(word: Word, given: string, next: Word | undefined): boolean {
  // A place's or a building's word that is also a common surname ends the name as well: "Mr Tom Ward,", and so it does before
  // a word in lower case that is no work's or round's word ("Mrs Jane Ward in 2019", "Dr Sarah Ward on the stroke unit";
  // "Mrs Jane Ward manager", "Dr Ali Ward round" stay the ward).
  if (word.kind === 'cap' && (!word.joinsNext || lowerNotWork(next)) && SURNAME_LIKE.has(word.text) && nameLexicon.givenNames.has(given)) return true;
  if (word.kind !== 'cap' || word.joinsNext || word.text.length < 3 || !nameLexicon.givenNames.has(given) || nameLexicon.organisationSuffixes.has(word.text)) return false;
  return !NEVER_SURNAME.some((group) => nameLexicon.notNameGroups[group].has(word.text));
}

/** Whether a word is in lower case and names no work, post or round ("in", "on", "and", "was"; not "manager", "round"). */
function lowerNotWork(word: Word | undefined): boolean {
  if (word?.kind !== 'lower' || /^rounds?$/.test(word.text)) return false;
  return !nameLexicon.notNameGroups.jobWords.has(word.text.charAt(0).toUpperCase() + word.text.slice(1));
}

export function readNameRun(words: Word[], from: number, options: { minParts?: number; max?: number; allCaps?: boolean } = {}): NameRun | null {
  const { minParts = 2, max = 4, allCaps = false } = options;
  const { organisationSuffixes } = nameLexicon;
  let i = from;
  let first = words[i];
  if (!first) return null;
  let hasTitle = false;
  if (first.kind === 'title' && first.joinsNext) {
    hasTitle = true;
    i++;
    first = words[i];
  }
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  let lastIndex = -1;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const joined = i === from || (words[i - 1]?.joinsNext ?? false);
    if (!joined) break;
    // A place's name after a title, which the two cases below take as a name.
    const placeAfterTitle = hasTitle && word.kind === 'cap' && nameLexicon.notNameGroups.places.has(word.text);
    // "Ms Deborah Kent,", "Mr R. Kent (…)": after a title and a given name or an initial, a place's name that ends the run is the surname,
    // and so is one before a word in lower case: "Dr T. Durham was my supervisor" ("Mr T. Durham Clinic" stays a place).
    const placeSurname = placeAfterTitle && (parts.length > 0 || words[i - 1]?.kind === 'initial') && (!word.joinsNext || words[i + 1]?.kind === 'lower');
    // "Mr Sunday Adebayo", "Mr Chester Fernandes": a day's or a place's name given as a name, straight after a title and before a known name part.
    const dayGiven = hasTitle && parts.length === 0 && word.kind === 'cap' && word.joinsNext && (WEEKDAYS.test(word.text) || placeAfterTitle) && knownPartAfter(words[i + 1]);
    if (isNamePart(word, allCaps) || placeSurname || dayGiven || (hasTitle && parts.length === 1 && wordSurname(word, parts[0]!, words[i + 1])) || ((parts.length > 0 || hasTitle) && isSurnameInCapitals(word, hasTitle))) {
      const part = word.kind === 'caps' ? titleCase(word.text) : word.text;
      // A part said again in a bracket after the name is no new part: "Mr Callum Mac an t-Saoir (Callum MacIntyre)".
      if (!parts.includes(part)) {
        if (parts.length >= max) break;
        parts.push(part);
      }
    } else if (word.kind === 'initial' && (word.dot || word.joinsNext)) {
      // A middle or leading initial: "J. Smith", "Amina J Okafor".
    } else if (word.kind === 'particle' && (parts.length > 0 || hasTitle) && particlesBeforeName(words, i, allCaps)) {
      // "de Souza", "ap Rhys", "de la Fuente", "van der Berg", and after a title: "Mr ap Rhys".
    } else if (word.kind === 'particle' && parts.length > 0 && SURNAME_PARTICLE.test(word.text) && !(word.joinsNext && isNamePart(words[i + 1] ?? word, allCaps))) {
      // A particle that is a surname of its own, capitalised, ending the name: "Rupa Das", "Anjali De".
      parts.push(word.text);
    } else if (word.kind === 'title' && i === from) {
      continue;
    } else break;
    if (start < 0) start = word.start;
    end = word.end;
    lastIndex = i;
    if (!word.joinsNext) {
      i++;
      break;
    }
  }
  // A trailing initial is not part of the name.
  while (lastIndex >= 0 && words[lastIndex]?.kind === 'initial' && !isNamePart(words[lastIndex]!, allCaps)) {
    lastIndex--;
    end = words[lastIndex]?.end ?? end;
  }
  if (parts.length < (hasTitle ? 1 : minParts)) return null;
  // "John Radcliffe Hospital", "Mary Seacole Programme": an organisation named after someone, its kind maybe wrapped to
  // the next line in prose ("…at Maharaj Nakorn Chiang Mai⏎Hospital in Thailand"), not a row's next cell ("Dr Ann Lee⏎Church Street Surgery").
  const after = words[lastIndex + 1];
  const spaced = words[lastIndex]?.join === 'space';
  const wrapped = words[lastIndex]?.join === 'wrap' && !hasTitle && !(after?.join === 'space' && words[lastIndex + 2]?.kind === 'cap');
  if (after && (spaced || wrapped) && organisationSuffixes.has(after.text)) return null;
  // "Komfo Anokye Teaching Hospital": an organisation's kind a word or two later.
  if (after && spaced && namesAnInstitution(words, lastIndex + 1)) return null;
  // "Lloyd George envelopes", "Glasgow Coma Scale": a thing named after someone.
  if (after && spaced && (isEponymFollower(after.text, words[lastIndex + 2]?.text) || (after.kind === 'other' && NUMBERED_TIER.test(after.text)))) return null;
  if (after && spaced && after.kind === 'caps' && !allCaps && after.text.length <= 6 && /^(?:NHS|PCN|ICB|CCG|UK|LLP|LTD)$/.test(after.text)) return null;
  // "Hywel Dda UHB": a Welsh health board's name before its letters ("Rhys Evans HB lead", "Gwen Price UHB Betsi" are people).
  if (after && spaced && /^(?:UHB|LHB|THB)$/.test(after.text) && WELSH_BOARD.test(parts.join(' '))) return null;
  if (HOUSE_WORDS.has(parts.at(-1)!) && namesAHouse(words, from, lastIndex)) return null;
  if (volunteeredFor(words, from, lastIndex) || (!hasTitle && namesFoundersCharity(words, from, lastIndex, parts.join(' ')))) return null;
  return { parts, start, end };
}

/** The surname-like words that are also a house's name, as care homes, surgeries, hostels and hospices are called ("Rose Lodge", "Ivy Croft", "Michael Sobell House"). */
const HOUSE_WORDS = new Set(['Lodge', 'Croft', 'Villa', 'House']);

/**
 * Whether a run that ends in a house's word is the house: after "at" ("I worked at Grace Lodge", "placement at Holly Croft", "volunteer at Michael Sobell House"),
 * or before a word and an organisation's kind ("Rose Lodge Nursing Home", "Maple Croft Dental Surgery"). "Trained with Maria
 * Villa" stays a person; so does one named so elsewhere, whose every mention is found by their name.
 */
function namesAHouse(words: Word[], from: number, last: number): boolean {
  const before = words[from - 1];
  const after = words[last + 1];
  if (before?.joinsNext && /^at$/i.test(before.text)) return true;
  return after !== undefined && words[last]!.join === 'space' && after.kind === 'cap' && after.joinsNext && nameLexicon.organisationSuffixes.has(words[last + 2]?.text ?? '');
}

/**
 * National care charities that carry their founder's whole name, which a CV names as the body far more often than anyone
 * so called: "shop volunteer for Marie Curie", "Sue Ryder hospice". A surname alone ("Dr Ryder") is still a person.
 */
const FOUNDERS_CHARITIES: ReadonlySet<string> = new Set(['Marie Curie', 'Sue Ryder', 'Leonard Cheshire', 'Anthony Nolan', 'Roy Castle']);
/** Words after a founder's charity that say it is the body: "Marie Curie nurse", "Sue Ryder hospice", "the Anthony Nolan register". */
const FOUNDERS_CHARITY_AFTER = /^(?:charity|charities|shops?|hospices?|appeal|helpline|fundraising|befriending|volunteers?|volunteering|nurses?|nursing|trust|services?|homes?|centre|register|Lung|Foundation|Cancer)$/i;
/** Words before "for", "at", "with" that name giving or working for a body: "raised money for Leonard Cheshire", "worked for Marie Curie". */
const FOUNDERS_CHARITY_BEFORE = /^(?:volunteer|volunteers|volunteered|volunteering|raise|raised|raising|money|funds|fundraise|fundraised|fundraiser|fundraising|donate|donated|donating|work|works|worked|working|employed|placement|support|supporting|supported)$/i;

/**
 * Whether a founder's name is the charity: only with a charity's word after it, "the" before it, or a giving or working verb
 * before it ("Sue Ryder hospice", "the Marie Curie and Manorlands teams", "raised money for Leonard Cheshire"), in brackets after a
 * body's kind, or paired with a body by "and"; alone, or after a title, it is a person ("My supervisor was Roy Castle").
 */
function namesFoundersCharity(words: Word[], from: number, last: number, name: string): boolean {
  if (!FOUNDERS_CHARITIES.has(name)) return false;
  if (words[last]?.joinsNext && FOUNDERS_CHARITY_AFTER.test(words[last + 1]?.text ?? '')) return true;
  // "Thorpe Hall Hospice (Sue Ryder)": in brackets after a body's kind, the charity that runs it.
  const before = words[from - 1];
  if (before?.join === 'nickname' && nameLexicon.organisationSuffixes.has(before.text)) return true;
  // "with Marie Curie and Manorlands Hospice": paired with a body, the charity is one too.
  if (words[last]?.joinsNext && words[last + 1]?.text === 'and' && namesAnInstitution(words, last + 2)) return true;
  // "with the Marie Curie and Manorlands teams": a person is not "the" anyone.
  if (words[from - 1]?.text === 'the' && words[from - 1]!.joinsNext) return true;
  const by = words[from - 1]?.text ?? '';
  return /^(?:for|at|with|in|to)$/.test(by) && FOUNDERS_CHARITY_BEFORE.test(words[from - 2]?.text ?? '');
}

/** The verbs before a body someone volunteers for: "volunteering for", "I volunteer at". */
const VOLUNTEERS = /^(?:volunteer|volunteers|volunteered|volunteering)$/i;
/** The words after a charity's name that say it is one: "volunteer at the Sue Ryder shop", "volunteering for Marie Curie's appeal". */
const CHARITY_WORDS: ReadonlySet<string> = new Set(['charity', 'charities', 'shop', 'shops', 'hospice', 'appeal', 'helpline', 'fundraising', 'befriending']);

/**
 * Whether a run is what the writer volunteers for or at, a charity named after someone: only with a charity's word after it
 * ("volunteering for Marie Curie's appeal", "I volunteer in the Sue Ryder shop", "the" between allowed). Two name-like words alone are a person, as one
 * volunteers for people too ("I volunteer for Margaret Hill, a neighbour"); a body's own word after the run is read above.
 */
function volunteeredFor(words: Word[], from: number, last: number): boolean {
  const the = words[from - 1]?.text === 'the' ? 1 : 0;
  const by = words[from - 1 - the]?.text;
  if (!(by === 'for' || by === 'at' || by === 'in') || !VOLUNTEERS.test(words[from - 2 - the]?.text ?? '')) return false;
  const after = words[last + 1]?.text.replace(/['’]s$/, '');
  return after !== undefined && CHARITY_WORDS.has(after.toLowerCase());
}
