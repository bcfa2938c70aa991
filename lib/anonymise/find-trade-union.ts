import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { needing } from './needed-words';
import type { Span } from './span';

/**
 * Trade unions by their names as CVs write them. Membership of a union is special category data, and refusing a job for it is
 * unlawful, so a union role or membership the writer states goes. The Royal College of Nursing is a professional body too,
 * and so are the other bodies that are also the unions of their professions (the Royal College of Midwives, the Chartered
 * Society of Physiotherapy, the Society of Radiographers, the British Dietetic and British Medical Associations): their letters
 * count only with a union role after them ("RCN workplace rep", "CSP steward"), never alone or as a member ("RCN
 * competencies", "CSP member").
 */
/** The professional bodies among the unions, by their letters and their names in full, which count only with a role after them. */
const PROFESSIONAL = new Set([
  'RCN', 'RCM', 'CSP', 'SoR', 'SCoR', 'BDA', 'BMA', 'Royal College of Nursing', 'Royal College of Midwives', 'Chartered Society of Physiotherapy',
  'Society of Radiographers', 'British Dietetic Association', 'British Medical Association',
]);
/**
 * The unions' names as written: one list, which the name pattern and OTHERS_BEFORE both read, so the two cannot drift. The
 * Society of Radiographers writes itself SoR or, with its college, SCoR.
 */
const NAMES = `UNISON|Unison|Unite|UNITE|GMB|${[...PROFESSIONAL].join('|')}`;
const UNION = needing(['unison', 'unite', 'gmb', 'rcn', 'rcm', 'csp', 'sor', 'scor', 'bda', 'bma', 'royal', 'chartered', 'society', 'british'], new RegExp(`\\b(?:${NAMES})\\b`, 'g'));
/** A union role, said after its name ("UNISON branch steward", "GMB workplace rep"). */
const ROLES = new Set(['rep', 'reps', 'representative', 'steward', 'secretary', 'officer', 'chair', 'convenor', 'member']);
/**
 * Words between a union's name and the role: "Unite the Union health branch secretary", "GMB union – elected branch steward",
 * "GMB Health and Safety rep" (the "and" only inside "health and safety").
 */
const BETWEEN = new Set(['the', 'union', 'branch', 'workplace', 'health', 'safety', 'equality', 'learning', 'industrial', 'relations', 'elected', 'accredited', 'senior', 'deputy', 'lead', 'shop', '–', '-', '&']);
/** Membership or a role said before the name: "a member of Unison", "member of the GMB", "Staff side chair for Unison", "shop steward for Unite". */
const MEMBER_BEFORE = /\b(?:(?:staff[ \t]+side|branch|workplace|shop|learning|health[ \t]+(?:and|&)[ \t]+safety)[ \t]+)?(?:member|rep|representative|steward|secretary|officer|chair|convenor)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$/i;
/** A field labelled as union membership: "Trade union: Unison", "Trade union membership: UNISON". */
const LABEL_BEFORE = /\b(?:trade[ \t]+)?union(?:[ \t]+membership)?[ \t]*:[ \t]*$/i;
/**
 * A line that lists the writer's memberships, in any case, after a colon or a dash: "Membership: Unite; College of ODPs",
 * "PROFESSIONAL AFFILIATIONS: RCN, UNISON", "Memberships – Unite, RCN".
 */
const MEMBERSHIP_LINE = /^[ \t]*(?:[-•*][ \t]*)?(?:(?:professional|trade[ \t]+union)[ \t]+)?(?:memberships?|affiliations?)[ \t]*(?::|[–—-][ \t])/i;
/** The same words as a heading of their own line, a list under it: "PROFESSIONAL MEMBERSHIPS⏎• NMC registered⏎• Unison". */
const MEMBERSHIP_HEADING = /^[ \t]*(?:(?:professional|trade[ \t]+union)[ \t]+)?(?:memberships?|affiliations?)[ \t]*(?::[ \t]*)?$/i;
/** How many of a list's lines above a union's may stand between it and its heading. */
const LIST_REACH = 6;
/** Whether the line opening at `lineStart` is in a list under a memberships heading, with no blank line between. */
function underMembershipHeading(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let k = 0; k <= LIST_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trim()) return false;
    if (MEMBERSHIP_HEADING.test(line)) return true;
    end = start - 1;
  }
  return false;
}
/** Unite's own full name, "Unite the Union", which the verb never is: it goes with its words whatever follows. */
const UNITE_FULL = /^[ \t]+the[ \t]+[Uu]nion\b/;
/**
 * Someone else's union role, which the writer deals with: "I met the UNISON steward", "hearings with a GMB rep present",
 * "with Unite and UNISON representatives". Only a role the writer states goes.
 */
const OTHERS_BEFORE = new RegExp(
  `\\b(?:with|alongside|met|meet|meeting|meetings|consulted|consulting|informed|involved|involving|invited|inviting|by|against)[ \\t]+(?:(?:the|a|an|our|their|its|local|both)[ \\t]+)?(?:(?:${NAMES})[ \\t]*(?:,|and|&)[ \\t]+)?$`,
);
/**
 * A union role without the union's name: "a Trade Union Shop Steward", "our trade union rep", "a shop steward" (a steward of a
 * shop floor is a union's only). Only one the writer holds (WRITER_HOLDS): the reps an employee-relations lead works with
 * ("hearings with HR and trade union representatives", "I supported the shop steward") and a parent's ("My dad was a shop steward") stay.
 */
const UNNAMED_ROLE = needing(
  ['steward', 'convenor', 'union'],
  /\b(?:[Tt]rade[ \t]+[Uu]nion[ \t]+(?:(?:[Ss]hop|[Ww]orkplace|[Bb]ranch)[ \t]+)?(?:[Ss]teward|[Cc]onvenor|[Rr]ep|[Rr]epresentative|[Oo]fficer)|[Ss]hop[ \t]+(?:[Ss]teward|[Cc]onvenor))\b/g,
);
/** The writer as the holder, just before an unnamed role: "I am a", "I was elected", "Since 2020 I have been a", "as our", "my role as". */
const WRITER_HOLDS = /\b(?:I[ \t]+am|I['’]m|I[ \t]+was|I[ \t]+have[ \t]+been|I['’]ve[ \t]+been|[Aa]s|[Mm]y[ \t]+role[ \t]+as)[ \t]+(?:(?:a|an|the|our)[ \t]+)?(?:(?:elected|accredited|senior|deputy|lead|local)[ \t]+)?$/;
/** What the role is for, which goes with it: "for the laundry team", "for Estates and Facilities", "for theatres". */
const FOR_AFTER = /^[ \t]+for[ \t]/;
/**
 * Where what the role is for ends: a sentence's or a line's end, a comma or a bracket, a new clause of the writer's,
 * another membership ("and a …"), a place of work ("at …") or years ("since 2021", "2019-2022").
 */
const CLAUSE_END = /[.;!?](?=\s|$)|\n|[,(]|[ \t](?:but|at|since|from|until)\b|[ \t]and[ \t]+(?:I|an?)\b|\b(?:19|20)\d\d\b/;
/** Another role after "and", the writer's too: "a member of Unison and the equality rep for our branch", "Member of GMB and steward for the stores branch". */
const AND_ROLE = /^[ \t]+and[ \t]+((?:the|our|its|a|an)[ \t])?/;
/**
 * Without an article only a union's own role joins ("Unison member and steward", "and rep for the stores branch"): "and chair of
 * governors", "and secretary of the social committee", "and representative for patients", "and rep for the patient panel" are other posts.
 */
const BARE_UNION_ROLE = /(?:^|[ \t])(?:steward|stewards|rep|reps|convenor)$/i;
/** A steward or a convenor is only ever a union's, whoever the role is for. */
const UNION_ONLY_ROLE = /(?:steward|stewards|convenor)$/i;
/** What a bare role is of or for, and a union's word in it: "steward for the stores branch" is the union's. */
const OF_FOR_AFTER = /^[ \t]+(?:of|for)[ \t]/;
const UNION_WORD = /\b(?:branch|union|members)\b/i;
/** The branch after a comma, named by a word or a few: "UNISON workplace steward, Hull hospitals branch" (", branch secretary" is a role). */
const BRANCH_AFTER = /^,[ \t]+(?:[\p{L}'’-]+[ \t]+){1,4}branch\b/u;
/** The branch in brackets: "Member of the GMB (Ambulance branch)", "Unite (Yorkshire and Humber health branch)". */
const BRANCH_BRACKET = /^[ \t]*\((?:[\p{L}'’-]+[ \t]+){0,5}branch\)/iu;
/**
 * A rep's or a branch officer's role after the membership and a comma, the writer's too: "Unison member, workplace rep",
 * "GMB member, union learning rep", "RCN member, accredited steward", "Unison member, branch secretary".
 */
const ROLE_AFTER_COMMA =
  /^,[ \t]+(?:(?:accredited|elected|senior|deputy|lead|local)[ \t]+)?(?:(?:(?:workplace|branch|shop|learning|union[ \t]+learning|equality|safety|health[ \t]+and[ \t]+safety|H&S|staff[ \t]+side|industrial[ \t]+relations)[ \t]+)?(?:rep|representative|steward|convenor)|branch[ \t]+(?:secretary|chair|treasurer|officer))\b/i;
/** "member" straight after a union's name: "RCN member". */
const MEMBER_AFTER = /^[ \t]+member\b/i;
/** The writer's workplace named by its kind alone, which says no more than the role: "CSP steward at my Trust". */
const OWN_WORKPLACE = /^[ \t]+at[ \t]+(?:my|our)[ \t]+(?:trust|hospital|practice|workplace|site|surgery)\b/i;
/** The role's own years, straight after it: "branch secretary (2022–)", "since 2021", "in 2015". */
const YEARS_AFTER = /^[ \t]+(?:\((?:19|20)\d\d[^()\n]{0,12}\)|(?:since|from|in)[ \t]+(?:19|20)\d\d\b(?:[ \t]*[-–][ \t]*(?:(?:19|20)\d\d\b)?)?)/;
/** At most this many characters of what the role is for ("… for Estates and Facilities"). */
const MAX_AFTER = 90;

/** The end of a role word among the few words after a union's name, or -1: `words` are read in code, at most six. */
function roleAfter(text: string, from: number, notMember: boolean): number {
  let i = from;
  let previous = '';
  // A line may wrap anywhere between the name and the role ("a Unite⏎shop steward", "Unite the Union⏎shop steward"), once in the phrase.
  let wrapped = false;
  for (let n = 0; n < 6; n++) {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' && !wrapped) wrapped = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
    const start = i;
    while (i < text.length && !WORD_END.has(text[i]!)) i++;
    const word = text.slice(start, i).toLowerCase();
    if (word === '') return -1;
    if (ROLES.has(word) || (word.endsWith('s') && ROLES.has(word.slice(0, -1)))) return notMember && word === 'member' ? -1 : i;
    // UNISON's "workplace contact" is a union role as a rep is.
    if (word === 'contact' && previous === 'workplace') return i;
    if (!BETWEEN.has(word) && !(word === 'and' && previous === 'health')) return -1;
    previous = word;
  }
  return -1;
}
/** Capitalised words that open a sentence, not a union's name. */
const OPENERS = new Set(['The', 'A', 'An', 'I', 'My', 'Our', 'As', 'Am']);
/**
 * The start of a union's full name before its letters in brackets, "Society of Radiographers (SoR)", or `at` (the bracket's
 * index + 1) when no capitalised words stand there: words read back in code, at most six.
 */
function fullNameStart(text: string, at: number): number {
  let start = at;
  let i = at - 1;
  for (let n = 0; n < 6; n++) {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    let j = i;
    while (j > 0 && /[\p{L}'’]/u.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    if (word === '' || !(/^\p{Lu}/u.test(word) || word === 'of') || OPENERS.has(word)) break;
    if (word !== 'of') start = j;
    i = j;
  }
  return start;
}
/** What ends a word after a union's name. */
const WORD_END = new Set([' ', '\t', '\n', '\r', ',', ';', '.', '(', ')']);

/** The end of what a role at `from` is for ("for the laundry team"), or `from` when nothing is said. */
function forPhraseEnd(text: string, from: number): number {
  if (!FOR_AFTER.test(text.slice(from, from + 6))) return from;
  const rest = text.slice(from, from + MAX_AFTER);
  const found = rest.search(CLAUSE_END);
  // No end within reach: only the role, unless the text ends there.
  let until = from + (found >= 0 ? found : rest.length < MAX_AFTER ? rest.length : 0);
  while (until > from && WORD_END.has(text[until - 1]!)) until--;
  return until;
}

/** Whether the role between `from` and `to`, after "and" with no article, is a union's own: a steward or rep, not of or for an outside body. */
function bareUnionRole(text: string, from: number, to: number): boolean {
  if (!BARE_UNION_ROLE.test(text.slice(from, to))) return false;
  if (UNION_ONLY_ROLE.test(text.slice(from, to)) || !OF_FOR_AFTER.test(text.slice(to, to + 6))) return true;
  const rest = text.slice(to, to + MAX_AFTER);
  const end = rest.search(CLAUSE_END);
  return UNION_WORD.test(end >= 0 ? rest.slice(0, end) : rest);
}

/** A union role or membership the writer states: "I am the [UNISON steward for the trainee cohort]", "a [member of Unison and the equality rep for our branch]", "Trade union: [Unison]". */
export function findTradeUnion(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, UNION)) {
    const name = m[0];
    const end = m.index + name.length;
    const preceding = text.slice(Math.max(0, m.index - 40), m.index);
    const before = MEMBER_BEFORE.exec(preceding);
    const professional = PROFESSIONAL.has(name);
    // "Society of Radiographers (SoR) industrial relations rep": the letters in brackets after the full name, which goes with them.
    const bracketed = text[m.index - 1] === '(' && text[end] === ')';
    const role = roleAfter(text, bracketed ? end + 1 : end, professional);
    const full = /^Unite$/i.test(name) ? UNITE_FULL.exec(text.slice(end, end + 12)) : null;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const listed = !professional && (MEMBERSHIP_LINE.test(text.slice(lineStart, m.index)) || underMembershipHeading(text, lineStart));
    // "Unite" alone is a verb and "RCN" a professional body: they need a role after, membership before or a union's label.
    // "RCN member, accredited steward": a professional body's member with a rep's role after the comma is a union's.
    const member = role < 0 ? MEMBER_AFTER.exec(text.slice(end, end + 12)) : null;
    const repAfter = member !== null && ROLE_AFTER_COMMA.test(text.slice(end + member[0].length, end + member[0].length + 40));
    if (role < 0 && !(before && !professional) && !LABEL_BEFORE.test(preceding) && !full && !listed && !repAfter) continue;
    const start = before ? m.index - before[0].length : bracketed ? fullNameStart(text, m.index - 1) : m.index;
    if (OTHERS_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    const from = role < 0 ? end + (full?.[0].length ?? 0) + (repAfter ? member![0].length : 0) : role;
    // Only what is said of the role goes with it; the employer, ward and their years after it stay ("UNISON steward, Ward 7, … (2018-2021)").
    let until = forPhraseEnd(text, from);
    const and = AND_ROLE.exec(text.slice(until, until + 12));
    const next = and ? roleAfter(text, until + and[0].length - 1, true) : -1;
    if (next >= 0 && (and![1] !== undefined || bareUnionRole(text, until + and![0].length, next))) until = forPhraseEnd(text, next);
    const comma = ROLE_AFTER_COMMA.exec(text.slice(until, until + 40));
    if (comma) until = forPhraseEnd(text, until + comma[0].length);
    until += BRANCH_AFTER.exec(text.slice(until, until + 60))?.[0].length ?? BRANCH_BRACKET.exec(text.slice(until, until + 40))?.[0].length ?? 0;
    until += OWN_WORKPLACE.exec(text.slice(until, until + 30))?.[0].length ?? 0;
    until += YEARS_AFTER.exec(text.slice(until, until + 30))?.[0].length ?? 0;
    spans.push(makeSpan('trade-union', start, until));
  }
  for (const m of matchAll(text, UNNAMED_ROLE)) {
    if (!WRITER_HOLDS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    spans.push(makeSpan('trade-union', m.index, forPhraseEnd(text, end)));
  }
  return spans;
}
