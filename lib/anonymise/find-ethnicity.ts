import demonymData from './data/demonyms.json';
import { demonymPattern, demonymRuns } from './demonym-runs';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { matchSpans } from './match-spans';
import { isRoleBracket } from './role-bracket';
import type { Span } from './span';

/** Peoples beyond the nations' demonyms, for census categories and communities. */
export const ETHNIC_GROUPS = [
  ...['Caribbean', 'African', 'West African', 'East African', 'South Asian', 'East Asian', 'Asian', 'Arab', 'Romani', 'Roma', 'Gypsy'],
  ...['Irish Traveller', 'West Indian', 'Indo-Caribbean', 'Afro-Caribbean', 'Black', 'White', 'Mixed', 'Berber'],
];
const ROOT = demonymPattern([...demonymData.demonyms, ...ETHNIC_GROUPS]);
/** Census categories: "Black British", "White Irish", "Asian British", "Mixed White and Black Caribbean". */
const CENSUS_START = /^(?:Black|White|Mixed|Asian)\b/;
/** "Black and White photos": colours alone are no census category. */
const COLOURS_ONLY = /^(?:Black|White|Mixed|Asian)(?:\s+(?:and\s+)?(?:Black|White))*$/;
/** "of mixed", "of South": what comes between "of" and the people ("of South Indian heritage"). */
const HERITAGE_BEFORE = /\bof\s+(?:mixed\s+|(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)[ \t-])?$/;
/** "my Polish roots", "our Kashmiri heritage": the writer's own people before a word of descent. */
const MY_BEFORE = /\b(?:[Mm]y|[Oo]ur)\s+(?:(?:own|mixed|proud)\s+)?$/;
/** "I come from a proud Punjabi heritage": the writer's people after "come from a". */
const COME_FROM_BEFORE = /\b(?:I|[Ww]e)\s+(?:come|came)\s+from\s+an?\s+(?:(?:proud|strong|rich|mixed)\s+)?$/;
const ROOTS_AFTER = /^\s+(?:heritage|descent|origins?|background|ancestry|roots|upbringing|identity)\b/;
const BRACKETED = /^\s*\(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\)/u;
/**
 * A people's own organisation named after them: "the Vietnamese community association", "Polish
 * Saturday school", "Pakistani Community Association's", "Croydon Tamil Sangam", "Nigerian Nurses
 * Charitable Association UK", "the Syrian community kitchen", "Crewe Ukrainian Community Hub". Read word by word after the demonym:
 * capitalised words or these lower-case ones, up to a word that ends an organisation's name.
 */
const ORG_MIDDLE = new Set(['community', 'cultural', 'welfare', "women's", 'women’s', 'youth', 'supplementary', 'saturday', 'sunday', 'and', '&', 'of']);
/** Members' professions in a people's own network: "the Nigerian doctors' network", "Filipino nurses association". */
const ORG_MEMBERS = /^(?:doctors|nurses|midwives|pharmacists|dentists|professionals|students|graduates|medics|carers)['’]?$/;
const ORG_END = /^(?:[Aa]ssociation|[Ss]ociety|[Cc]lub|[Ss]chool|[Cc]entre|Center|[Kk]itchen|Group|Hub|[Nn]etwork|[Ff]orum|Council|Union|Federation|Alliance|Sangam|Sabha|Samaj|Mandal)(?:['’]s)?$/;
/** The UK's own peoples and wider ones name professional bodies, not a community: "British Medical Association", "European Society of Cardiology", "American Heart Association". */
const NOT_COMMUNITY = /^(?:British|English|Scottish|Welsh|European|American|Asian|African)$/;
/** Britain and Ireland named together, as professional bodies of both islands are: "British and Irish Orthoptic Society". */
const BOTH_ISLANDS = /^(?:British(?:[ \t]*(?:and|&|\/)[ \t]*|-)Irish|Irish(?:[ \t]*(?:and|&|\/)[ \t]*|-)British)$/;
const WORD_AFTER = /^[ \t]+([\p{L}'’&-]+)/u;
/**
 * A discipline named after a people is no community: "Chinese Medicine Society", "Indian Head
 * Massage Association". Nor is a profession's field or a trade in learning, which name a country's
 * professional body or a training firm: "Australian Physiotherapy Association", "Nigerian Medical
 * Association", "Singaporean Optical Council", "Australian Learning Group" (a network named by its members stays one: "Nigerian Nurses Association UK",
 * "Ghanaian Nursing and Midwifery Association UK").
 */
const DISCIPLINE =
  /^(?:Medicine|Herbal|Herbalism|Head|Massage|Cuisine|Cookery|Language|Languages|Studies|Literature|Art|Dance|Martial|Medical|Dental|Nursing|Midwifery|Pharmaceutical|Pharmacy|Physiotherapy|Psychological|Dietetic|Radiography|Occupational|Optical|Optometry|Optometric|Ophthalmic|Chiropractic|Osteopathic|Veterinary|Learning|Training)$/;
/** Words later in the name that make it a network of the people in this country: "… Association UK", "… Diaspora Network". */
const DIASPORA_AFTER = /^[^\n.;(]{0,50}?\b(?:UK|Diaspora|in the UK)\b/;
/** A qualification's word after a school's name: the whole is a certificate, not a people's school. */
const QUALIFICATION_AFTER = /^[ \t]+(?:Certificate|Examinations?|Exams?|Diploma|Leaving)\b/;
/** Words before a people's name that are no part of its organisation's. */
const NOT_ORG_BEFORE = /^(?:I|A|An|The|My|Our|At|In|On|Of|For|With|And|To|From|By|Member|Secretary|Trustee|Treasurer|Volunteer|Chair|Interests|Hobbies)$/;

/** Where the organisation named after a people ends, or -1. */
function organisationEnd(text: string, end: number): number {
  let e = end;
  for (let words = 0; words < 5; words++) {
    const m = WORD_AFTER.exec(text.slice(e, e + 40));
    const word = m?.[1];
    if (!m || !word) return -1;
    e += m[0].length;
    // "Ghanaian Nursing and Midwifery Association UK": a profession's field in a group of the people here is their network, not a body of their country.
    if (DISCIPLINE.test(word) && !DIASPORA_AFTER.test(text.slice(e, e + 60))) return -1;
    // "West African Senior School Certificate", "Indian School Certificate": a qualification named after a people stays.
    if (ORG_END.test(word)) return QUALIFICATION_AFTER.test(text.slice(e, e + 14)) ? -1 : e + (/^[ \t]+UK\b/.exec(text.slice(e, e + 4))?.[0].length ?? 0);
    if (!/^\p{Lu}/u.test(word) && !ORG_MIDDLE.has(word.toLowerCase()) && !ORG_MEMBERS.test(word)) return -1;
  }
  return -1;
}

/**
 * The start of a town or another capitalised word of the organisation's name just before it ("Croydon Tamil Sangam"), or `start`.
 * Not past a tab, which parts a table's cells: "Volunteering⇥Kurdish Community Centre" keeps its label.
 */
function organisationStart(text: string, start: number): number {
  const m = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
  return m?.[1] && !NOT_ORG_BEFORE.test(m[1]) ? start - m[1].length - 1 : start;
}
/** "Half Greek Cypriot", "quarter Jamaican": a share of a people, and whose side it comes from. */
const SHARE_BEFORE = /\b(?:[Hh]alf|[Qq]uarter|[Pp]art)[ \t-]$/;
const SIDE_AFTER = /^[ \t]+on[ \t]+(?:my|our)[ \t]+(?:mum|dad|mother|father|mam|mom)['’]s[ \t]+side\b/;
/** "I grew up in a Kurdish Alevi family", "I come from a Punjabi household": the family the writer was raised in, by its people. */
const RAISED_IN_BEFORE = /\b(?:grew[ \t]+up[ \t]+in|born[ \t]+into|raised[ \t]+in|brought[ \t]+up[ \t]+in|(?:come|comes|came|am|is|are)[ \t]+from)[ \t\n]+(?:an?|the)[ \t]+$/i;
const FAMILY_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t\n]+(?:family|household|home|community|background|upbringing)\b/u;
const HERITAGE_AFTER = /^\s+(?:heritage|descent|origin|background|ancestry|extraction|roots)\b(?![ \t]+(?:month|week|day|festival|event|celebrations?)\b)/;
/**
 * A lower-case word of the same noun phrase straight after a family's or heritage's word: "a Roma community [project]", "Irish
 * heritage [walks]", which name a thing, not the writer's people. A small word opening the next phrase does not ("family in Leeds").
 */
const PHRASE_GOES_ON =
  /^[ \t]+(?!(?:and|or|but|nor|in|on|at|of|from|for|with|to|into|who|that|which|where|whose|since|near|is|was|has|had|so|as|by|through|though|although|because|while|whilst|myself|too|also|originally|now|then|here|there)(?![\p{L}'’-]))\p{Ll}/u;
/** Whether a profile's fragment opens at `start`, no subject said: "Irish Traveller heritage. Catholic." (a line's or a sentence's start). */
function opensFragment(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || '.!?;|•:\n'.includes(text[i - 1]!);
}
/**
 * "I am a Romani woman from a Gypsy family": the family the writer says they are from, in their own "I am a …" (a few words
 * between, none opening another clause: "I am a nurse who supports children from a Gypsy family" tells of others).
 */
const I_AM_FROM_BEFORE = /\bI(?:[ \t]+am|['’]m)[ \t]+an?[ \t]+(?:(?!(?:who|that|which|with|for)[ \t])[\p{L}'’-]+[ \t]+){1,3}from[ \t]+an?[ \t]+$/u;

const WHOLE: RegExp[] = [
  /\b(?:British|Scottish|Welsh|English)[- ](?:Asian|Indian|Pakistani|Bangladeshi|Chinese|Nigerian|Ghanaian|Somali|Caribbean|Jamaican|Arab|Turkish|Kurdish|African|Sikh|Muslim|Hindu|Jewish|Bengali|Punjabi)\b/g,
  /\b(?:mixed[- ]race|mixed heritage|dual heritage|biracial)\b/gi,
  // "Anglo-Indian", "the Windrush generation"
  /\bAnglo-(?:Indian|Burmese|Chinese|African|Caribbean|Irish|Scottish|Welsh|Italian|French|German|Argentine|Argentinian)\b|\bWindrush\s+generation\b/g,
  // "from a BAME background", "from an ethnic minority background"
  /\b(?:from\s+)?an?\s+(?:BAME|BME|ethnic minority|minority ethnic|Black|Asian|Black and minority ethnic)\s+(?:background|community|family|heritage)\b/g,
  // "I grew up in a traveller family", "I was born into a gypsy community": the writer's own people, however capitalised.
  // Not a project or a service for such a community ("I came into a roma community project").
  /\ban?(?<=\bI[ \t]{1,4}(?:grew[ \t]{1,4}up|was[ \t]{1,4}brought[ \t]{1,4}up|was[ \t]{1,4}raised|was[ \t]{1,4}born|come|came)[ \t]{1,4}(?:in|into|from)[ \t]{1,4}an?)[ \t]+(?:irish[ \t]+)?(?:traveller|gypsy|romany|romani|roma)[ \t]+(?:family|community|background|heritage)\b(?![ \t]+(?:project|service|work|group|team|centre|outreach|liaison|support))/gi,
];
// "as a Black nurse", "I am Asian", "as a gay Black man", "I am a Gypsy Traveller", "proud to be a Black midwife": only the adjective.
// Also without the article: "Being Black and working class", "I'm Asian" (not "As Black History Month lead", "As Black and minority ethnic network chair",
// nor "a Black Country girl", from the West Midlands).
const AS_A =
  /\b(?:[Aa]s|I am|I'm|I’m|Im|[Bb]eing|(?:proud|glad|happy)\s+to\s+be)\s+(?:an?\s+)?(?:(?:gay|lesbian|queer|trans|young|older|proud|disabled)\s+)?(Black|Asian|mixed[- ]race|South Asian|East Asian|Brown|Gypsy(?:[ \t]+Traveller)?|Romany(?:[ \t]+Gypsy)?|Romani|Roma|(?:Irish[ \t]+)?Traveller)\b(?!\s+(?:History|Lives|Friday|Country|and\s+(?:[Mm]inority|Asian)|[Ss]taff|[Nn]etwork|[Cc]olleagues))/g;
/** The same in lower case, where a person's noun after it says it is a people, not a belt's or a box's colour: "being a black woman", "as a white man". */
const AS_A_LOWER =
  /\b(?:[Aa]s|I am|I'm|I’m|[Bb]eing|(?:proud|glad|happy)\s+to\s+be)\s+an?\s+(?:(?:gay|lesbian|queer|trans|young|older|proud|disabled)\s+)?(black|white|brown|mixed[- ]race)(?=\s+(?:woman|man|person|girl|boy|female|male|nurse|midwife|doctor|student|mother|mum|father|dad|professional|clinician|leader)\b)/g;
/**
 * The writer's colour said of themselves with no noun, which a belt's or a box's never is: "I am black every day", "being brown in a white
 * team". "Being" only where no thing can be its subject: opening a clause or after "of", "about", "me" ("the reality of being black"),
 * not "the screen kept being black".
 */
const I_AM_LOWER = /(?:\b(?:I am|I'm|I’m)|(?:^|[.!?;:,(\n]|\b(?:of|about|for|from|by|with|me|myself))[ \t]*[Bb]eing)\s+(black|brown)(?![\p{L}-]|\s+(?:and\s+blue|belt))/gu;
/**
 * A photo of the writer described in words (a caption, an image's alt text): "Alt text: A Black man in navy scrubs" (only the colour).
 * A post's noun names a person after the article or with no noun after it ("Caption: Black nurse at her desk"), not a thing's
 * colour ("Caption: Brown nurse uniforms are worn on ward 3").
 */
const PICTURED =
  /\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Aa]lt[ \t]+text|[Cc]aption|[Pp]icture|[Pp]ictured)[ \t]*:[ \t]*(?:[Aa]n?[ \t]+)?(?:(?:young|older|smiling|tall|middle-aged)[ \t]+)?(Black|White|Asian|Brown|[Mm]ixed[- ]race|South[ \t]+Asian|East[ \t]+Asian|black|white|brown)(?=[ \t]+(?:woman|man|person|girl|boy)\b|[ \t]+(?:nurse|midwife|doctor|paramedic)\b(?:(?<=:[ \t]{0,4}[Aa]n?[ \t][^:\n]{1,60})|(?=[ \t]*(?:[.,;!?)\n]|$)|[ \t]+(?:in|at|on|with|and|wearing|holding|smiling|standing|sitting|from|of)\b)))/g;
/**
 * A profile's fragment opening with "Proud" and the writer's colour before who they are, no subject said: "About me: Proud Black
 * nurse, mum of two", "Proud Asian woman in surgery" (only the colour; a lower-case "proud black belt" names no person).
 */
const PROUD_FRAGMENT =
  /(?:^|[.:!?;|•\n])[ \t]*Proud[ \t]+(Black|Asian|Brown|[Mm]ixed[- ]race|South[ \t]+Asian|East[ \t]+Asian)(?=[ \t]+(?:woman|man|person|girl|boy|female|male|nurse|midwife|doctor|student|mother|mum|father|dad|professional|clinician|leader|paramedic|pharmacist|physio|therapist|scientist|carer|HCA|GP|consultant)\b)/gm;
/** "as a woman of colour": the writer's own, not "I mentor nurses of colour". */
const OF_COLOUR = /\b(?:[Aa]s|I am|I'm|I’m|[Bb]eing)\s+an?\s+(?:(?:woman|man|person|nurse|doctor|clinician|leader|manager)\s+)(of\s+colou?r)\b/g;
/** "a white mum and a Jamaican dad", "my Black grandparents": the family the writer comes from. */
const OF_FAMILY =
  /\b(?:[Aa]|[Mm]y|[Oo]ur)\s+(white|White|black|Black|Asian|mixed[- ]race)(?=\s+(?:mum|dad|mother|father|parents?|grandmother|grandfather|grandparents|family|side)\b)/g;

/**
 * Staff networks by ethnicity: "BAME Staff Network", "Black, Asian and Minority Ethnic Nurses Forum", and in lower case as a
 * sentence names one, maybe wrapped: "the trust's BAME staff⏎network".
 */
const NETWORK = /\b(?:Network|Forum|Association|Society|Group|network|forum)\b/g;
const NETWORK_WORD = /^(?:BAME|BME|Black|Minority|Ethnic|Race|Equality|REACH|Asian|Staff|staff|Nurses|Doctors|Midwives|Paramedic|Paramedics|Pharmacists|Professionals|Colleagues|Allied|Health|NHS|Women|Leadership|Clinicians|and|&)$/;
const ETHNIC_MARKER = /\b(?:BAME|BME|Black|Minority Ethnic|Ethnic Minority|Race Equality|REACH)\b/;

/** The network's name before `end`, read back one word at a time (at most eight words). */
function networkName(text: string, end: number): number | null {
  let start = end;
  for (let words = 0; words < 8; words++) {
    let cursor = start;
    while (cursor > 0 && /[ \t,\n]/.test(text[cursor - 1]!)) cursor--;
    let wordStart = cursor;
    while (wordStart > 0 && /[\p{L}&]/u.test(text[wordStart - 1]!)) wordStart--;
    if (wordStart === cursor || !NETWORK_WORD.test(text.slice(wordStart, cursor))) break;
    start = wordStart;
  }
  return start < end && ETHNIC_MARKER.test(text.slice(start, end)) ? start : null;
}

/** Languages: a people's word ("Tamil", "Shona") or a language with no people's word of its own in demonyms.json ("Tigrinya"). */
const KNOWN_LANGUAGES: ReadonlySet<string> = new Set([...demonymData.demonyms, ...demonymData.languages].filter((word) => word !== 'English'));
/** "at home", not "at home visits". */
const AT_HOME = 'at[ \\t]+home(?![ \\t]+visit)\\b';
const LANGUAGE = "(\\p{Lu}[\\p{L}'’-]+)";
/**
 * A language the writer's family speaks at home tells their people, as a language offered as a skill does not: "Hmong (White Hmong,
 * spoken at home)", "Tshiluba is spoken at home"; "we speak Lingala and Tshiluba at home", "Home language: Tamil" (the languages only,
 * each one known: "how Oxygen is used at home" stays).
 */
const SPOKEN_AT_HOME = new RegExp(`(?<![\\p{L}'’-])${LANGUAGE}(?:[ \\t]+\\([^()\\n]{0,40}?\\bspoken[ \\t]+${AT_HOME}\\)|,?[ \\t]+(?:is[ \\t]+)?spoken[ \\t]+${AT_HOME})`, 'gu');
const SPEAK_AT_HOME = new RegExp(`\\b(?:[Ww]e|I|[Mm]y[ \\t]+(?:family|parents))[ \\t]+(?:speak|spoke)[ \\t]+${LANGUAGE}(?:[ \\t]+and[ \\t]+${LANGUAGE})?(?=[ \\t]+${AT_HOME})`, 'gdu');
const HOME_LANGUAGE_LABEL = new RegExp(
  `\\b(?:[Hh]ome[ \\t]+languages?|[Ll]anguages?[ \\t]+(?:spoken[ \\t]+)?at[ \\t]+home)[ \\t]*:[ \\t]*${LANGUAGE}(?:(?:,[ \\t]*|[ \\t]+and[ \\t]+)${LANGUAGE})?`,
  'gdu',
);

/** The languages spoken at home (above), when every one is known: the whole bracket or clause after one, else the languages alone. */
function homeLanguages(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, SPOKEN_AT_HOME)) {
    if (KNOWN_LANGUAGES.has(m[1]!)) spans.push(makeSpan('ethnicity', m.index, m.index + m[0].length));
  }
  for (const pattern of [SPEAK_AT_HOME, HOME_LANGUAGE_LABEL]) {
    for (const m of matchAll(text, pattern)) {
      const languages = m.slice(1).filter((word) => word !== undefined);
      if (!languages.every((word) => KNOWN_LANGUAGES.has(word))) continue;
      if (m.indices?.[1]) spans.push(makeSpan('ethnicity', m.indices[1][0], m.index + m[0].length));
    }
  }
  return spans;
}

/** Ethnicity stated or implied by a membership. Only in those contexts: "Black" alone stays. */
export function findEthnicity(text: string): Span[] {
  const spans = [...matchSpans(text, 'ethnicity', WHOLE, [AS_A, AS_A_LOWER, I_AM_LOWER, OF_COLOUR, OF_FAMILY, PROUD_FRAGMENT, PICTURED]), ...homeLanguages(text)];
  for (const run of demonymRuns(text, ROOT)) {
    const value = text.slice(run.start, run.end);
    const before = text.slice(Math.max(0, run.start - 20), run.start);
    const after = HERITAGE_AFTER.exec(text.slice(run.end, run.end + 20));
    const of = HERITAGE_BEFORE.exec(before);
    const share = SHARE_BEFORE.exec(before);
    const raisedIn = RAISED_IN_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start)) || I_AM_FROM_BEFORE.test(text.slice(Math.max(0, run.start - 80), run.start)) ? FAMILY_AFTER.exec(text.slice(run.end, run.end + 40)) : null;
    const family = raisedIn && !PHRASE_GOES_ON.test(text.slice(run.end + raisedIn[0].length, run.end + raisedIn[0].length + 20)) ? raisedIn : null;
    const roots = MY_BEFORE.test(before) || COME_FROM_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start)) ? ROOTS_AFTER.exec(text.slice(run.end, run.end + 20)) : null;
    if (after && (of || (opensFragment(text, run.start) && !PHRASE_GOES_ON.test(text.slice(run.end + after[0].length, run.end + after[0].length + 20))))) spans.push(makeSpan('ethnicity', run.start - (of?.[0].length ?? 0), run.end + after[0].length));
    else if (roots) spans.push(makeSpan('ethnicity', run.start, run.end + roots[0].length));
    else if (family) spans.push(makeSpan('ethnicity', run.start, run.end + family[0].length));
    else if (share) spans.push(makeSpan('ethnicity', run.start - share[0].length, run.end + (SIDE_AFTER.exec(text.slice(run.end, run.end + 40))?.[0].length ?? 0)));
    else if (CENSUS_START.test(value) && /\s/.test(value) && !COLOURS_ONLY.test(value)) {
      // "Black British (Caribbean)": the census category's bracketed detail goes with it.
      spans.push(makeSpan('ethnicity', run.start, run.end + (BRACKETED.exec(text.slice(run.end, run.end + 40))?.[0].length ?? 0)));
    } else if (!NOT_COMMUNITY.test(value) && !BOTH_ISLANDS.test(value)) {
      const end = organisationEnd(text, run.end);
      if (end > 0) spans.push(makeSpan('ethnicity', organisationStart(text, run.start), end));
    }
  }
  for (const m of matchAll(text, NETWORK)) {
    const start = networkName(text, m.index);
    // A network named as what someone else chairs is their role: "Yaw Darko (Black Staff Network)".
    if (start !== null && !isRoleBracket(text, start, m.index + m[0].length)) spans.push(makeSpan('ethnicity', start, m.index + m[0].length));
  }
  return spans;
}
