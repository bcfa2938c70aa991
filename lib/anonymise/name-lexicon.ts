import familyFirstData from './data/family-names-first.json';
import givenNameData from './data/given-names.json';
import namePartData from './data/name-parts.json';
import notNameData from './data/not-names.json';

/**
 * Karen (Burmese) "Saw" for a man and "Naw" for a woman open the name as "Mr" and "Ms" do ("Saw Ler Moo", "Naw Eh Paw"); a
 * Karen name's other parts are short words, so the title is what tells them a name. "Saw" is the English verb too.
 */
const VERB_TITLES = ['Saw', 'Naw'];

/**
 * Honorifics removed with the name ("Mrs J. Smith" → "[NAME 1]"): those that tell gender, and
 * before a name those that tell faith or a political office ("Sister Kelly", "Revd Evans", "Fr Byrne", "Cllr Price").
 */
const GENDERED_TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Master', 'Mstr', 'Madam', 'Sir', 'Dame', 'Lady', 'Lord', 'Sister', 'Revd', 'Rev', 'Fr', 'Rabbi', 'Cllr', 'Councillor',
  // A relation's word used as a form of address to an elder, as many families and communities use it ("Auntie Marcia", "Uncle
  // Kwabena", "Mama Ngozi", "Papa Kofi"): it tells gender and goes with the name it stands before (see RELATION_TITLES).
  'Auntie', 'Aunty', 'Uncle', 'Mama', 'Papa',
  // Of other languages, before a name or a single name ("Bapak Sutrisno", "Sra. Ruiz", "Smt Kamala", Burmese "Daw Khin Myint"):
  // none is also an English word or a clinical title ("Sr" is a ward sister, so it is not here) but Karen "Saw", below.
  'Bapak', 'Ibu', 'Encik', 'Puan', 'Shri', 'Smt', 'Sra', 'Srta', 'Dña', 'Herr', 'Frau', 'Mme', 'Mlle', 'Pani', 'Daw',
  // Karen "Saw" and "Naw" (VERB_TITLES).
  ...VERB_TITLES,
  // Arabic and Malay "Ustaz" (a teacher, a scholar of the faith) and its spellings: "Ustaz Idris Musa", "Ustadha Maryam".
  'Ustaz', 'Ustaza', 'Ustazah', 'Ustadh', 'Ustadha',
  // A doctor's title in another language tells where the name comes from, as those do: Italian "Dott.", Spanish "Dra.",
  // Swahili "Daktari", Dutch and Indonesian "Dokter" ("whom patients know as Daktari Gathoni").
  'Dott', 'Dra', 'Daktari', 'Dokter',
  // The same with a superscript, as NFKC reads it ("D.ª" Doña, "Sr.ª", "Sr.ta"): scan-words.ts joins them into one word.
  'D.a', 'Sr.a', 'Sr.ta',
];
/**
 * The relation's words among the titles. A nursery, a café or a care home takes one as a homely name with a possessive ("Auntie
 * Pam's Nursery", "Uncle Tom's Cabin"): before a name's possessive and a capitalised word it names a business, not a person.
 */
const RELATION_TITLES = ['Auntie', 'Aunty', 'Uncle', 'Mama', 'Papa'];
/**
 * Titles of a profession, kept before the name, which alone goes ("Dr [NAME 1]"): "Ns." is Indonesia's for a registered nurse
 * (Ners), as "Dr" is a doctor's. Service ranks are titles of a profession too, as veterans' CVs give their referees ("Sgt [NAME 1]",
 * "Capt [NAME 2]"): only the abbreviations that are no English word or clinical shorthand ("Gen", "Maj" and "Col" are).
 */
const PROFESSIONAL_TITLES = ['Dr', 'Prof', 'Professor', 'Matron', 'Ns', 'Pte', 'LCpl', 'Cpl', 'Sgt', 'SSgt', 'CSgt', 'Capt'];
/** Care roles used as a form of address before a name, as a title is ("Nurse Pragya", "Porter Dave"); "Matron" is a title above. */
const CARE_ROLE_ADDRESSES = ['Nurse', 'Midwife', 'Doctor', 'Porter', 'Carer', 'Dentist', 'Pharmacist', 'Paramedic', 'Physio'];
/** Lower-case name particles that may sit between two capitalised parts ("Emily de Souza", "Mac an t-Saoir"; Spanish "y", Portuguese "e" and Catalan "i" join two surnames). */
const PARTICLES = ['de', 'da', 'das', 'do', 'dos', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ap', 'ab', 'ferch', 'verch', 'ni', 'ní', 'nic', 'ó', 'y', 'e', 'i', 'an', "a'", 'a’'];

/**
 * Abbreviated given names written with a full stop, read like initials: "Md. Abdur Rahim", "Mohd. Azlan", "Ma. Lourdes" (María, in
 * the Philippines), and a Telugu house name's "Ch." ("Ch. Venkata Reddy").
 */
export const ABBREVIATED_GIVEN = /^(?:Md|MD|Mohd|MOHD|Muhd|Mst|Ma|Ch)$/;
/** "MA." before a name in capitals is María abbreviated ("MA. CRISTINA DELA CRUZ"); after a name, or as a part, MA is the degree. */
export const isCapitalMaria = (word: string) => word === 'MA';
/**
 * An East Slavic or Central Asian patronymic, the father's given name with its ending, which stands after the given name
 * ("Dmitriy Sergeyevich Orlov", "Aigerim Nurlanovna Bekova", Ukrainian "Olena Mykolaivna"). No English word ends so.
 */
export const PATRONYMIC = /^\p{Lu}\p{Ll}{2,}(?:ovich|evich|ovych|evych|avich|ovna|evna|ivna|ichna)$/u;
/** A generation's suffix after a name, which closes it and is no part to look for: "Jr", "SNR", "III". */
export const GENERATION_SUFFIX = /^(?:Jr|JR|Jnr|JNR|Sr|SR|Snr|SNR|II|III|IV)$/;
/** "Mª" (María) and "Mª" in lower case, which NFKC reads "Ma", "ma": an abbreviated given name without its full stop. */
export const SUPERSCRIPT_GIVEN = /^(?:Ma|ma)$/;

/** A South Slavic name as written in ASCII, "Đ" as "Dj" and the marks dropped: "Đorđe" is "Djordje", "Đurić" "Djuric". */
function asciiDj(name: string): string {
  return name.replace(/Đ/g, 'Dj').replace(/đ/g, 'dj').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The word lists the name recogniser uses, as sets, built once at load time. */
export const nameLexicon = {
  givenNames: new Set(Object.values(givenNameData.groups).flat()),
  wordLike: new Set(givenNameData.wordLike),
  /** About 52,000 given names and surnames of many traditions that are no English word (scripts/build-name-data.ts). */
  nameParts: new Set([...namePartData.names, ...namePartData.names.filter((name) => /[Đđ]/.test(name)).map(asciiDj)]),
  notNames: new Set(Object.values(notNameData.groups).flat()),
  /** The same words by group ("places", "jobWords"…), for recognisers that need to know which kind of word it is. */
  // "places" holds the places abroad too; `placesAbroad` alone tells a UK place from one abroad ("(Leeds)" beside a phone is where it is, "(Lagos)" where the writer is from).
  notNameGroups: Object.fromEntries(
    Object.entries(notNameData.groups).map(([group, words]) => [group, new Set(group === 'places' ? [...words, ...notNameData.groups.placesAbroad] : words)]),
  ) as Record<keyof typeof notNameData.groups, Set<string>>,
  organisationSuffixes: new Set(notNameData.organisationSuffixes),
  /** The trades and company forms among them, which a family firm takes after its surname: "Berisha Electrical", "Okoro Builders Ltd". */
  tradeSuffixes: new Set(notNameData.tradeSuffixes),
  /** Words that open a body's or a street's name in the languages that put them first: "Universidad Diego Portales", "Rua Dom Pedro". */
  organisationPrefixes: new Set(notNameData.organisationPrefixes),
  /** Countries and the US states (codes and names), which follow a town after a comma as where a job was: "Palo Alto, California". */
  countries: new Set(notNameData.countries),
  usStates: new Set(notNameData.usStates),
  genderedTitles: new Set(GENDERED_TITLES),
  relationTitles: new Set(RELATION_TITLES),
  /** Karen "Saw" is the English verb too ("Saw patients in clinic"): scan-words.ts reads it as a title only where a name stands. */
  verbTitles: new Set(VERB_TITLES),
  professionalTitles: new Set(PROFESSIONAL_TITLES),
  careRoleAddresses: new Set(CARE_ROLE_ADDRESSES),
  particles: new Set(PARTICLES),
  /** Family names of the traditions that write them first ("PARK Ji-hoon", "NAGY Eszter"): data/family-names-first.json. */
  familyFirst: new Set(Object.values(familyFirstData.groups).flat()),
};

/**
 * The qualifications' letters in lower case, from three letters: "Ma" is a surname as well as a degree. Letters that are also a
 * name the lists know count only as written: "BAO" is Ireland's obstetrics degree, "Bao" a Vietnamese name ("Dr Tran Quoc Bao").
 */
const LOWER_DEGREES: ReadonlySet<string> = new Set(
  [...nameLexicon.notNameGroups.qualifications]
    .filter((q) => q.length >= 3)
    .map((q) => q.toLowerCase())
    .filter((q) => !nameLexicon.nameParts.has(q.charAt(0).toUpperCase() + q.slice(1))),
);

/**
 * A degree's or register's letters, as listed or typed in another case ("Bsc", "PGDIP", "Mphil"), with "(Hons)" run on
 * ("Bsc(Hons)") or full stops ("Ph.D."): post-nominals, never part of a name.
 */
export function isDegreeLetters(token: string): boolean {
  const bare = token.replace(/[.,]/g, '');
  const bracket = bare.indexOf('(');
  const letters = bracket < 0 ? bare : bare.slice(0, bracket);
  return nameLexicon.notNameGroups.qualifications.has(letters) || LOWER_DEGREES.has(letters.toLowerCase());
}

/** Titles also written in lower case before a name ("mrs Rudo Mutasa"); not "ms" (milliseconds) or "miss" (a verb). */
const LOWER_CASE_TITLES = new Set(['mr', 'mrs', 'mx']);

/** A gendered title as written, in capitals ("Mrs", "MRS."; a heading in capitals keeps its title in capitals too) or in lower case ("mrs"). */
export function isGenderedTitle(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  return (
    nameLexicon.genderedTitles.has(bare) ||
    LOWER_CASE_TITLES.has(bare) ||
    (bare.length > 1 && bare === bare.toUpperCase() && nameLexicon.genderedTitles.has(bare.charAt(0) + bare.slice(1).toLowerCase()))
  );
}
