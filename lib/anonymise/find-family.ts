import { alternation } from './alternation';
import concepts from './data/disclosure-concepts.json';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { isGenderedTitle, nameLexicon } from './name-lexicon';
import { needing } from './needed-words';
import type { RedactionType } from './redaction-type';
import { sentenceBounds } from './sentence-bounds';
import type { Span } from './span';
import { trimChars } from './trim-chars';
import { WRITER_IS } from './writer-is';

/** A count of children or siblings, as large families give one: "we have seven children", "nine brothers". */
const N = '(?:one|two|three|four|five|six|seven|eight|nine|ten|twin|[1-9]|twins|triplets)';
const KIDS = '(?:children|kids|babies|sons|daughters|boys|girls|lads|bairns|grandchildren|grandkids|stepkids|grandsons|granddaughters|stepchildren|teenagers|teens|little ones|under-fives|under fives|toddlers|preschoolers)';
const KID = '(?:son|daughter|child|boy|girl|toddler|baby|teenager|lad|bairn)';
/** What every word of KIDS and KID holds, for the patterns that need one ("bab" for "baby" and "babies"). */
const KID_WORDS = ['child', 'kid', 'bab', 'son', 'daughter', 'boy', 'girl', 'lad', 'bairn', 'teen', 'little', 'under', 'toddler', 'preschooler'];
/** A child's age in figures or words: "9", "nine". */
const AGE_WORD = '(?:1[0-7]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
/** "seven-year-old", "7 year olds": a child's age, 1 to 17 only (a "75-year-old" is a patient). */
const YEAR_OLD = `${AGE_WORD}[- ]year[- ]olds?`;
/**
 * "10-month-old", "6-week-old": a baby's age, the writer's only after "my", "our" or a relative; a ward's babies are
 * patients ("we had a 6-week-old baby admitted", "two 6-week-old twins on the unit").
 */
const OWN_BABY_OLD = `${AGE_WORD}[- ](?:year|month|week)[- ]olds?`;
/** One or two adjectives before a child word: "two young children", "our baby son", "two grown up daughters". */
const kidAdjectives = (old: string) =>
  `(?:(?:own|young|small|little|teenage|disabled|autistic|poorly|grown[- ]up|adult|school-age|school-aged|primary-school-age|wonderful|beautiful|lovely|brilliant|amazing|gorgeous|fantastic|fabulous|great|incredible|cheeky|adopted|foster|step|baby|younger|older|elder|eldest|oldest|youngest|first|second|third|fourth|${old})\\s+){0,2}`;
const KID_ADJ = kidAdjectives(YEAR_OLD);
const OWN_KID_ADJ = kidAdjectives(OWN_BABY_OLD);
/** Ages after children: "aged 4 and 7", ", aged 7 and 10", "ages 12, 9, and 5", "of 6", " (age 2)". */
/** Also ", who is 9", " who are 4 and 7", " – who were nine and 11"; then a bracket about the child or where they are at school: "(Year 4 at Oakfield Primary)", "at secondary school". */
const AGE_GIVEN =
  `(?:,?\\s+(?:aged|ages|of)\\s+(?:\\d{1,2}|${AGE_WORD}\\b)(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:\\d{1,2}|${AGE_WORD}\\b)){0,4}(?:\\s+(?:years?|months?|weeks?|days?))?|\\s+\\(ages?d?\\s+\\d{1,2}\\)|\\s+(?:under|over)\\s+(?:${AGE_WORD}|\\d{1,2})\\b|(?:,|[ \\t]+[–—])?\\s+who\\s+(?:is|are|was|were)\\s+(?:now\\s+)?${AGE_WORD}(?:\\s+and\\s+${AGE_WORD})?(?:\\s+years?(?:\\s+old)?)?)`;
const AGE_PART = `${AGE_GIVEN}?`;
const SCHOOL_PART =
  "(?:\\s+\\([^()\\n]{1,50}\\))?(?:,?\\s+(?:(?:who\\s+(?:is|are|attends?|goes\\s+to)|(?:has|have)\\s+(?:just\\s+)?started|started|starting|attends?|attending|goes\\s+to|go\\s+to|at|in)\\s+(?:(?:primary|secondary|nursery|infant|junior|sixth[- ]form|high|boarding)\\s+school|school|nursery|sixth\\s+form|university|uni|college|reception|Year\\s+\\d{1,2}|(?:Ysgol|Scoil|Sgoil)(?:\\s+[A-Za-zÀ-ÿ'’-]+){1,3}|(?:[A-Z][A-Za-z'’-]*\\s+){1,3}(?:Primary|Infants?|Junior|Nursery|Academy|High|School)(?:\\s+School)?)(?:\\s+(?:locally|nearby))?))?";
const AGES = AGE_PART + SCHOOL_PART;
/**
 * Relatives: "my mother", "our eldest", "my late husband". "Ex" alone is a former partner, but before a word of work it says
 * "former" ("my ex boss", "an ex colleague", "my ex NHS employer").
 */
const SPOUSE =
  '(?:husband|wife|spouse|fianc[ée]e?|civil\\s+partner|partner|boyfriend|girlfriend|other\\s+half|ex(?![\\w-]|[ \\t]+(?:[A-Z][\\w&]*[ \\t]+)?(?:boss|manager|line[ \\t]+manager|colleague|employer|team|supervisor|mentor|director|trainer|workplace|job|role|trust|practice|ward|unit)s?\\b))';
// A generation further back or on goes with it: "my great aunt", "my Great-Grandmother".
const RELATIVE =
  '(?:(?:great[- ](?:great[- ])?)?(?:mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|mother|father|mum|mam|mom|dad|parents|brother|sister|brothers|sisters|siblings|grandmother|grandfather|grandparents|grandma|grandad|granny|nan|nanna|aunt|uncle|cousin|in-laws|mother-in-law|father-in-law|youngest|eldest|oldest|nephew|nephews|niece|nieces|grandson|granddaughter|grandchild|step-?(?:son|daughter)|step[- ]?(?:mum|mom|mother|dad|father|parents?|brother|sister)|godson|goddaughter|godmother|godfather|godparents?))';
/** A gap in the writer's timeline, its years and the mark before what it was for: "Career break (2017-2019): ". */
const CAREER_BREAK = '\\b(?:career[ \\t]+)?(?:break|gap)[ \\t]*(?:\\(?(?:19|20)\\d\\d(?:[ \\t]*[–-][ \\t]*(?:(?:19|20)\\d\\d|present|now))?\\)?[ \\t]*)?[(:,–—-][ \\t]*';
/** Someone cared for in such a gap: "caring for my disabled son", "looking after a family member". */
const CARED_FOR = '(?:caring[ \\t]+for|looking[ \\t]+after)[ \\t]+(?:(?:my|our|a|an)[ \\t]+)?';
/** A count of brothers or sisters: "two brothers", "an older sister", "one half-sister". */
const SIBLINGS = `(?:${N}|a|an)\\s+(?:(?:older|younger|elder|big|little|twin)\\s+)?(?:half-|step-?)?(?:sisters?|brothers?|siblings)\\b`;
/** How a relative who needs the writer's care is described: "my ill father", "severely ill father", "care-dependent mother". */
const NEEDS_CARE = '(?:(?:severely|seriously|terminally|chronically)\\s+)?(?:ill|sick|poorly|frail)|care-dependent|bedbound|housebound';
// A word of affection goes with the relative too: "my supportive husband", "my beloved grandmother".
const KIN_WORD = `(?:(?:then|now|future|late|ex-|older|younger|elder|little|big|baby|own|elderly|ageing|aging|octogenarian|nonagenarian|disabled|two|three|supportive|loving|beloved|devoted|dear|dearest|wonderful|amazing|${NEEDS_CARE}|${OWN_BABY_OLD})\\s*)`;
const KIN_ADJ = `${KIN_WORD}?`;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** When: "June", "early March 2026", "the spring", "2025". */
const WHEN = `(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}(?:\\s+\\d{4})?|\\d{4}|(?:the\\s+)?(?:spring|summer|autumn|winter)|next\\s+(?:month|year))`;
/** When someone is cared for: "at weekends", "in the evenings", "every day". */
const WHEN_CARED = '(?:\\s+(?:(?:one|two|three|four|five|six|seven|[1-7])\\s+(?:days|evenings|nights|mornings|afternoons|times)\\s+(?:a|per|each)\\s+week|at\\s+weekends|on\\s+weekends|at\\s+night|in\\s+the\\s+(?:evenings|mornings)|every\\s+(?:day|evening|weekend)|full[- ]time|part[- ]time))?';
/** "my mother, who I care for in the evenings": a clause saying the writer cares for the relative. */
/** Or a clause saying they need the writer: "my parents, who both need me to interpret at their appointments" (to its clause's end). */
const CARED = `(?:,?\\s+(?:who|whom)\\s+I\\s+(?:care\\s+for|look\\s+after|support)${WHEN_CARED}|,?\\s+who\\s+(?:both\\s+|all\\s+|now\\s+)?(?:needs?|relies|rely|depends?)\\s+(?:on\\s+)?me\\b[^.;:\\n]{0,70})?`;
/** When a loss was: "in 2019", "two years ago", "last year". */
const LOSS_WHEN = '(?:\\s+(?:in\\s+\\d{4}|(?:a|one|two|three|four|five|\\d{1,2})\\s+years?\\s+ago|last\\s+year))?';
/** When children are with a parent who shares their care: "every other weekend", "alternate weeks", "half the week". */
/** After children, what makes them a service's: "and young people", "'s services", "'s ward". */
/** A service's or a team's word before "of", "with" or "had": the children it holds are patients or pupils, no one's kin. */
const SERVICE_GROUP = 'caseloads?|groups?|clinics?|class(?:es)?|lists?|wards?|cohorts?|teams?|sessions?|units?|bays?|schools?|nurser(?:y|ies)|service';
const SERVICE_NOT_KIN = "(?![ \\t]+(?:and|&)[ \\t]+young[ \\t]+people|['’]s[ \\t]+(?:services?|wards?|units?|hospital|centre|team|community))";
const CUSTODY = '(?:\\s+(?:every\\s+other|alternate)\\s+(?:weekends?|weeks?)|\\s+half\\s+the\\s+(?:week|time))?';
const MARITAL_WORD = '(?:Single|Married|Engaged|Divorced|Widowed|Separated|Cohabiting)';

const ONE_CHILD = needing(
  ['son', 'daughter', 'child', 'boy', 'girl', 'toddler', 'bab', 'teen', 'lad', 'bairn', 'twin', 'triplet'],
  new RegExp(`(?<=^|[\\n.;,·|•(]\\s{0,3}|\\b(?:have|with)[ \\t]{1,3})${KID_ADJ}(?:${KID}|twins|triplets)\\b${AGE_GIVEN}${SCHOOL_PART}`, 'gim'),
);
/** The writer or their family status earlier on the line: "Married; son aged 3", "We have twins of eight months". */
const WRITER_BEFORE = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us|[Mm]arried|[Dd]ivorced|[Ss]eparated|[Ww]idowed|[Ss]ingle|[Ee]ngaged|[Cc]ohabiting|[Pp]artner|[Hh]usband|[Ww]ife|[Dd]ependants?|[Dd]ependents?|[Cc]hildren|[Ff]amily)\b/;
/** Care given in the rest of the clause, which makes the child a patient: "baby aged 6 weeks admitted with bronchiolitis". */
const CLINICAL_AFTER = /\b(?:admitted|admission|referred|referral|wards?|units?|NICU|SCBU|PICU|clinics?|caseload|diagnosed|diagnosis|presenting|presented|patients?|treated|assessed|discharged|resuscitated|safeguarding)\b/i;

/**
 * Whether one child told with their age is the writer's own: the writer or their family status stands earlier on the
 * line, and no care given follows in the clause ("Worked with twins aged 3 months on the neonatal unit" is work).
 */
/**
 * "Mammy died in 2020", "Dad passed away last year", "Daddy went into a nursing home in 2021": a parent called by the family's
 * own word for them, as a name, the same bereavement or move into care ("the patient's Mum died", "a carer whose Mum died" are someone else's).
 */
const PARENT_CALLED = needing(
  ['passed', 'died', 'went'],
  new RegExp(
    `(?<!(?:\\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Ww]hose|[Oo]f)|['’]s)\\s)\\b(?:Mum|Mam|Mammy|Mummy|Mom|Mama|Dad|Daddy|Papa|Nan|Nana|Granny|Grandad)\\s+(?:passed\\s+away|died|went\\s+into\\s+(?:a\\s+)?(?:care|nursing)\\s+home)\\b(?:\\s+(?:in|last|this)\\s+(?:${WHEN}|year|month))?`,
    'g',
  ),
);
/** Someone the writer works with, spoken of in the sentence before or the same one: the parent is theirs ("an 8-year-old referred by school. Mum died…"). */
const CLIENT_BEFORE = /\b(?:patient|client|child|boy|girl|pupil|resident|young[ \t]+(?:person|carer|man|woman)|service[ \t]+user|referred|case[ \t]+study|\d{1,2}-year-old)\b/i;

/** Whether the parent called so is a patient's or a child's the writer worked with, from the sentence before to the mention. */
function someoneElsesParent(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  const own = sentenceStart(before, before.length);
  return CLIENT_BEFORE.test(before.slice(sentenceStart(before, Math.max(0, own - 1))));
}

/** Where the sentence that runs up to `at` starts: just after the last full stop, mark or line break before it. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('.!?\n'.includes(text.charAt(i))) return i + 1;
  return 0;
}

function isOwnChild(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80, text.lastIndexOf('\n', start - 1) + 1);
  const rest = text.slice(end, end + 80);
  const stop = rest.search(/[.;,!?\n]/);
  return WRITER_BEFORE.test(text.slice(from, start)) && !CLINICAL_AFTER.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** The family roles a writer capitalises as titles: a parent's, which tell of dependants, and a spouse's. */
const PARENT_ROLE = 'Mum|Mam|Mom|Mother|Dad|Father|Parent|Grandmother|Grandfather|Grandma|Grandad|Nan';
const CAPITAL_ROLE = `(?:${PARENT_ROLE}|Wife|Husband)`;
/**
 * "I'm a Nurse, I'm a Mum, I'm a Wife.", "I am a Wife and Mum": a family role (`roles`) the writer capitalises as a title, after
 * "I am a" or another such role and "and", ending its clause or going on to another ("a Mother and Baby Unit" names a ward).
 */
function capitalisedRole(roles: string): RegExp {
  return new RegExp(`\\b(?:I am|I['’]m)\\s+an?\\s+(?:${CAPITAL_ROLE}[ \\t]+and[ \\t]+(?:an?[ \\t]+)?)?(${roles})(?=[ \\t]*(?:[.,;:!?\\n]|$)|[ \\t]+and[ \\t]+(?:an?[ \\t]+)?${CAPITAL_ROLE}[ \\t]*(?:[.,;:!?\\n]|$))`, 'g');
}
/** A leave for a child, with any ordinal the writer gives it ("second maternity leave"): after "my" or "from", the writer's own. */
const CHILD_LEAVE = '(?:(?:last|first|second|third|recent|previous|current)\\s+)?(?:maternity|paternity|adoption|shared parental|parental)\\s+leave';
const RULES: [RegExp, RedactionType][] = [
  // Marital status
  [/\b(?:happily\s+|recently\s+|newly\s+)?(?:married|divorced|widowed|separated)(?!\s+(?:to\s+the|up|with\s+(?:the|our|clinical))\b)\b/gi, 'marital-status'],
  [/\b[Ee]ngaged\s+to\s+be\s+married|\b[Ee]ngaged(?=\s+to\s+\p{Lu})|\b(?:newly|recently|just)\s+engaged\b(?!\s+(?:with|in)\b)/gu, 'marital-status'],
  // Also after another word of the writer's state: "I am 29 and single", "I'm 41, engaged" (not "single-minded").
  [/\b(?:I am|I'm|I’m)(?:[ \t]+(?:\d{2}|[a-z]+),?[ \t]+and|[ \t]+\d{2},)?\s+(single|engaged|a widow|a widower)(?![\w-])/g, 'marital-status'],
  [/\b[Aa]s\s+a\s+(?:single\s+)?(?:widow|widower)\b/g, 'marital-status'],
  // "As the son of a writer", "being the daughter of two nurses": the writer as a parent's child (and so a son or daughter).
  [/\b(?:[Aa]s|I\s+am|I['’]m|I\s+was|[Bb]eing)\s+(?:the|a)\s+((?:only\s+|eldest\s+|youngest\s+)?(?:son|daughter)\s+of\s+(?:an?|two)\s+\p{Ll}+)/gu, 'dependants'],
  // "being a teenage mum", "as a young father": the writer's own early parenthood (not "a teenage mum support worker", a post).
  [new RegExp(String.raw`\b(?:[Aa]s|I\s+am|I['’]m|I\s+was|[Bb]eing)\s+(a\s+(?:teenage|young)\s+(?:mum|mother|dad|father|parent))\b(?![ \t]+(?:${alternation(concepts.parentPosts)})\b)`, 'g'), 'dependants'],
  // "the eldest of six": the writer's place among their siblings.
  [/\b(?:the\s+)?(?:eldest|oldest|youngest|middle\s+child)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-2])(?![\w-])(?:\s+(?:children|siblings|kids|brothers|sisters|girls|boys)\b|(?=\s*(?:[,.;:)]|and\b|$)))/gim, 'dependants'],
  // "the only parent at home", "as a lone parent": bringing children up alone.
  [/\b(?:the\s+)?(?:only|sole|lone)\s+parent\b(?!\s+(?:governors?|reps?|representatives?|members?|voice|partners?|council|forum|group|body))(?:\s+at\s+home)?/gi, 'marital-status'],
  // Not the protected characteristic's name, as equality policies list it: "age, disability, marriage and civil partnership, …".
  [/\bin\s+a\s+civil\s+partnership\b|(?<!\bmarriage[ \t]+(?:and|&|or)[ \t]+)\bcivil\s+partner(?:ship)?\b/gi, 'marital-status'],
  // Whose a contact detail is, in brackets after it: "07700 900123 (husband's number)", "(my wife's e-mail)".
  [/\(\s*((?:[Mm]y\s+)?(?:[Hh]usband|[Ww]ife|[Ss]pouse|[Pp]artner|[Ff]ianc[ée]e?)['’]s\s+(?:number|phone|mobile|cell|landline|e-?mail|address))\s*\)/g, 'marital-status'],
  [needing(['my', 'our'], new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${SPOUSE}(?!\\s+(?:practice|practices|GPs?|organisations?|trusts?)\\b)(?:['’]s)?`, 'gi')), 'marital-status'],
  // "(now husband of 12 years)", "my wife of thirty years": how long a marriage has lasted (not someone else's: "her husband of 3 years").
  [needing(['husband', 'wife', 'spouse'], /(?<!\b(?:her|his|their|whose)[ \t])\b(?:husband|wife|spouse)[ \t]+of[ \t]+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?[ \t]+years\b/gi), 'marital-status'],
  [needing(['maiden', 'married', 'wedding'], new RegExp(`\\b(?:maiden|married)\\s+name\\b|\\bwedding\\b(?:\\s+(?:in|on|this|next)\\s+${WHEN})?`, 'gi')), 'marital-status'],
  // "single parent of a seven-year-old": the children go with it, or the longer span about them would leave "single".
  [needing(['single'], new RegExp(`\\bsingle\\s+(?:parent|mum|mother|dad|father)\\b(?:\\s+(?:of|to)\\s+(?:${KID_ADJ}(?:${KIDS}|twins)\\b|(?:${N}|a|an)(?:\\s+${KID_ADJ}(?:${KIDS}|${KID})|\\s+${YEAR_OLD})?)${AGES})?`, 'gi')), 'marital-status'],
  // A marital status alone as a sentence or a cell of a details line ("Single.", "· Married ·").
  [new RegExp(`(?<=^|[\\n.;,·|•]\\s{0,3})${MARITAL_WORD}(?=\\s*(?:$|[\\n.;,·|•]))`, 'gmu'), 'marital-status'],
  // "single" in lower case in a cell, or leading "with no children": not "single, well-run clinic" after "a".
  [/[Ss]ingle(?<=(?:^|[\n;·|•]\s{0,3}|[.,]\s{1,3})[Ss]ingle)(?=\s*(?:$|[\n.;,·|•])|\s+(?:with|and|no)\s)/gm, 'marital-status'],
  // A spouse leading a clause, with their name or another role ("Husband and dad of one", "Wife Amara works…"); "Partner" alone is a job.
  [/(?<=^|[\n.;,·|•(]\s{0,3})(?:Husband|Wife)(?=\s+(?:and|\p{Lu}\p{Ll}+\s+(?:and|works|is))\b)/gmu, 'marital-status'],
  [/(?<=^|[\n.;,·|•(]\s{0,3})Partner(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:and|works|is)\b)/gmu, 'marital-status'],
  // A cell of a headline between bars that says the writer is a parent or a spouse: "Board Member | Mom", "… | Dad of 3 |",
  // maybe with where they live after it ("| Mom Chile", as LinkedIn runs the location on).
  [/(?<=[|·•][ \t]{0,3})(?:Proud[ \t]+)?(?:Mom|Mum|Mummy|Mommy|Mama|Dad|Daddy|Parent|(?:Mother|Father|Mum|Mom|Dad)[ \t]+(?:of|to)[ \t]+(?:\d|one|two|three|four|five|twins)\b)(?=[ \t]*(?:[|·•\n]|$)|[ \t]+\p{Lu}\p{Ll}+[ \t]*(?:[|·•\n]|$))/gmu, 'dependants'],
  [/(?<=[|·•][ \t]{0,3})(?:Proud[ \t]+)?(?:Wife|Husband)(?=[ \t]*(?:[|·•\n]|$))/gmu, 'marital-status'],
  // "I have two children and a supportive husband", "with a wonderful wife".
  [/\b(?:have|with|and)\s+(an?\s+(?:[a-z]+\s+){0,2}(?:husband|wife|fianc[ée]e?))\b/gi, 'marital-status'],
  // Children, relatives and dependants
  // "my husband and son", "my wife, Ama and daughter": a child or relative after the spouse shares their "my".
  [needing(['my', 'our'], new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${SPOUSE}(?:,?[ \\t]+\\p{Lu}[\\p{L}'’-]+,?)?[ \\t]+(?:and|&)[ \\t]+(${KIN_ADJ}(?:${KIDS}|${KID}|${RELATIVE}))\\b`, 'giu')), 'dependants'],
  // "my parents and younger sister": relatives listed after one "my".
  [needing(['my', 'our'], new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${RELATIVE}(?:['’]s)?(?![\\p{L}-]|\\s+(?:name|tongue)\\b)(?:\\s+(?:and|&)\\s+${KIN_ADJ}${RELATIVE}\\b)?${SCHOOL_PART}${CARED}`, 'giu')), 'dependants'],
  // "My sister and wife are also nurses": a spouse after a relative shares their "my".
  [needing(['my', 'our'], new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${RELATIVE}\\s+(?:and|&)\\s+(${SPOUSE})\\b`, 'giu')), 'marital-status'],
  // "since losing my wife two years ago", "after my divorce in 2017": a bereavement or a divorce, and when.
  [needing(['losing', 'lost', 'divorce'], new RegExp(`\\b(?:losing|lost)\\s+(?:my|our)\\s+${KIN_ADJ}${SPOUSE}\\b${LOSS_WHEN}|\\b(?:my|our)\\s+divorce\\b(?:\\s+in\\s+\\d{4})?`, 'gi')), 'marital-status'],
  [needing(['losing', 'lost'], new RegExp(`\\b(?:losing|lost)\\s+(?:my|our)\\s+${KIN_ADJ}${RELATIVE}\\b${LOSS_WHEN}`, 'gi')), 'dependants'],
  // "I lost my older brother to suicide in 2016": a bereavement, with its cause and year.
  [needing(['lost'], new RegExp(`\\blost\\s+(?:my|our)\\s+${KIN_ADJ}${RELATIVE}\\s+to\\s+[a-z]+(?:\\s+(?!in\\b)[a-z]+)?(?:\\s+in\\s+\\d{4})?`, 'gi')), 'dependants'],
  [/\b(?:with|and)\s+(my\s+(?:young\s+)?family)\b(?!\s+of)/gi, 'dependants'],
  // "I have two brothers and a sister", "she has one sister and two brothers", "Alice, who has one sister…": the writer's siblings, counted. Only the
  // writer's own, in small letters, the clause ending after them: "I had a sister on every shift" and "with a Sister" are
  // the nursing title.
  [needing(['sister', 'brother', 'sibling'], new RegExp(`(?:\\b(?:I|[Ss]he|[Hh]e)|,[ \\t]*who)\\s+(?:have|has|had)\\s+(${SIBLINGS}(?:\\s*(?:,|and|&)\\s*${SIBLINGS}){0,2})(?=[ \\t]*(?:[.,;:!)\\n]|$|(?:who|whom|whose|living|back\\s+home)\\b))`, 'g')), 'dependants'],
  // "Care for severely ill father" as a CV's entry for a gap, with no "my": caring for a relative who needs it is the
  // writer's own ("caring for mothers and babies" is work, and needs no such word).
  [needing(['care', 'caring', 'cared', 'look'], new RegExp(`\\b(?:care|caring|cared|looking|look)\\s+(?:for|after)\\s+((?:elderly\\s+|disabled\\s+)?(?:${NEEDS_CARE})\\s+${RELATIVE})\\b`, 'gi')), 'dependants'],
  [needing(['mother', 'father', 'mum', 'mam', 'mom', 'dad', 'parent', 'grandma', 'granny', 'nan', 'carer'], new RegExp(`\\b(?:mother|father|mum|mam|mom|dad|parent|stepmum|stepdad|step-mum|step-dad|grandmother|grandfather|grandparent|grandma|grandad|granny|nan|nana|stepmother|stepfather|carer)(?:\\s+|-)(?:of|to)(?:\\s+|-)(?:${N}|a|seven|eight|nine|ten)(?:\\s+${KID_ADJ}(?:${KIDS}|${KID})|\\s+${YEAR_OLD})?${AGES}(?![\\w-])`, 'gi')), 'dependants'],
  // Not "in my teens": the writer's own age. The time they are with the writer goes too ("my lad every other weekend").
  // Not a service's "our children and young people" (the NHS's name for its under-18s' services) nor "our children's ward".
  [needing(['my', 'our'], new RegExp(`\\b(?:my|our)(?:(?<!\\b(?:in|since|during|until|spent)\\s(?:my|our))|(?=\\s+(?:sons?|daughters?|child(?:ren)?|kids?|boys?|girls?)['’]))\\s+(?:${OWN_KID_ADJ}(?:${N}\\s+${KID_ADJ})?(?:${KIDS}|${KID}|twins)\\b${SERVICE_NOT_KIN}|${OWN_BABY_OLD}(?![\\w-]))${AGES}${CUSTODY}`, 'gi')), 'dependants'],
  // Not a page footer's count ("Page 1 of 2" above "Boys & Girls Club"), as PDF text prints one between two pages, nor
  // children a service holds ("a caseload of eight children", "a clinic with seven children").
  [needing(KID_WORDS, new RegExp(`\\b(?<!\\b(?:${SERVICE_GROUP})[ \\t]{1,3})(?:(?<!\\b(?:working|worked|engaging|engaged|playing|played|communicating|sitting|sat)[ \\t]{1,3})with|have|has|had|having|raising|raised|married,?|and|(?<!\\bpage[ \\t\\u00a0]{1,3}\\d{1,3}[ \\t\\u00a0]{1,3})of)\\s+((?:${N}|a|an)\\s+${KID_ADJ}(?:${KIDS}|${KID})\\b${AGES})`, 'gi')), 'dependants'],
  // "I had children young", "we have kids", "after having children", "I have a family of four": the writer's children, uncounted
  // (not children the writer sees at work: "I have children on my caseload", "we had children admitted").
  // Their ages go with them ("I have children aged 3 and 5"), and a possessive makes them a group's ("kids' groups").
  [needing(['children', 'kids', 'family'], new RegExp(`\\b(?:(?:I|[Ww]e)(?:[ \\t]+(?:now|also|both|then|later))?[ \\t]+(?:have|had)(?:[ \\t]+got)?|I['’]ve[ \\t]+got|(?:[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil)[ \\t]+having)[ \\t]+((?:children|kids)${AGE_PART}|a[ \\t]+family(?:[ \\t]+of[ \\t]+(?:three|four|five|six|seven|eight|[3-9]))?)\\b(?![ \\t]+(?:on|in|under|from|with|who|admitted|referred|presenting|attending|as|to|at[ \\t]+risk|aged|ages)\\b|['’])`, 'g')), 'dependants'],
  // "I have twins", "we had five-year-old twins": twins the writer has, counted by the word itself.
  [needing(['twins', 'triplets'], new RegExp(`\\b(?:I|[Ww]e)\\s+(?:have|had)\\s+(${KID_ADJ}(?:twins|triplets))\\b${AGES}`, 'g')), 'dependants'],
  // "We have a three-year-old": a child the writer has, named by their age alone (not "I treated a four-year-old");
  // two, their ages sharing the words: "I had a 4 and 2-year-old".
  [needing(['year'], new RegExp(`\\b(?:I|we|We)\\s+(?:have|had)\\s+((?:${N}|a|an)\\s+(?:${AGE_WORD}\\s+(?:and|&)\\s+)?${YEAR_OLD}(?![\\w-])${AGES})`, 'g')), 'dependants'],
  // "I have a 4-month-old daughter.": a baby told in months or weeks is the writer's only as a child word ending the clause
  // ("we had a 6-week-old baby admitted with bronchiolitis" is a patient).
  [needing(['month', 'week', 'year'], new RegExp(`\\b(?:I|[Ww]e)\\s+(?:have|had)\\s+((?:a|an|${N})\\s+${OWN_BABY_OLD}\\s+(?:${KIDS}|${KID}|twins|triplets))(?=[ \\t]*(?:[.,;:!?)\\n]|$|(?:and|who)\\b))`, 'g')), 'dependants'],
  // "bringing up two teenage boys on my own": raising children, and alone.
  [needing(['bring', 'brought'], new RegExp(`\\b(?:bringing|bring|brought)\\s+up\\s+(?:${N}|a|an|my|our)\\s+${KID_ADJ}(?:${KIDS}|${KID})\\b${AGES}(?:\\s+(?:on\\s+my\\s+own|alone|single-handedly|by\\s+myself))?`, 'gi')), 'dependants'],
  // "(née Moradi)": a married name tells the marriage; "Partner: Mr Liam Kelly", "Spouse: Ana" as a field's label, and
  // "Married (wife: Ana)" as a bracket's.
  [/\bn[ée]e(?=[ \t]+\p{Lu})/gu, 'marital-status'],
  [/(?<=^|[\n|•·]\s{0,3}|[.;][ \t]{1,3})(?:Partner(?=[ \t]*:[ \t]*(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+\p{Lu})|(?:Spouse|Husband|Wife)(?=[ \t]*:[ \t]*\p{Lu}))/gmu, 'marital-status'],
  [/(?<=\()(?:spouse|husband|wife)(?=[ \t]*:[ \t]*\p{Lu})/gu, 'marital-status'],
  // "mum of two and wife to Jijo": the writer as someone's spouse, named after it.
  [/\b(?:wife|husband)(?=[ \t]+to[ \t]+\p{Lu}\p{Ll})/gu, 'marital-status'],
  // "a dad to Ayaan and Zara", "proud mum of Tomasz": a parent of children named after it (the names go as names).
  [/\b(?:a|proud)\s+((?:mum|mam|mom|dad|mother|father|parent|stepmum|stepdad|grandma|grandad|grandmother|grandfather)\s+(?:to|of))(?=\s+\p{Lu}\p{Ll})/gu, 'dependants'],
  // "after raising my family", "to bring up our children": raising the writer's own.
  [needing(['rais', 'bring', 'brought'], new RegExp(`\\b(?:raising|raise|raised|bringing\\s+up|bring\\s+up|brought\\s+up)\\s+(?:my|our)\\s+(?:${N}\\s+)?${KID_ADJ}(?:family|${KIDS}|${KID})\\b(?:\\s+(?:(?:mostly|largely|mainly|entirely)\\s+)?(?:on\\s+my\\s+own|alone|single-handedly|by\\s+myself))?`, 'gi')), 'dependants'],
  // "I was a young carer", "I am recently bereaved", "we are a forces family": what the writer's family is or was.
  [/\b(?:I\s+am|I['’]m|I\s+was|as|we\s+are|we['’]re)\s+((?:a\s+young\s+carer|(?:recently\s+)?bereaved|an?\s+(?:military|forces|army|navy|RAF|service)\s+(?:family|wife|husband|spouse|partner)))\b/gi, 'dependants'],
  // "we are in the middle of adopting", "I foster two children", "we adopted our son": adoption and fostering at home.
  [needing(['adopt', 'foster'], new RegExp(`\\b(?:we|I)\\s+(?:are|am)\\s+((?:(?:in\\s+the\\s+(?:middle|process)\\s+of|currently|now|hoping\\s+to\\s+start)\\s+)?(?:adopting|fostering)\\b(?:\\s+(?:${N}|a|an)\\s+${KID_ADJ}(?:${KIDS}|${KID})\\b)?)|\\b(?:we|I)\\s+((?:foster|fostered|adopted|have\\s+adopted)\\s+(?:${N}|a|an|our|my)\\s+${KID_ADJ}(?:${KIDS}|${KID})\\b)`, 'gi')), 'dependants'],
  // "we are expecting our second in March", "I'm expecting twins": a pregnancy in the family.
  [needing(['expecting'], new RegExp(`\\b(?:we\\s+are|we['’]re|I\\s+am|I['’]m)\\s+(?:(?:currently|now)\\s+)?(expecting(?:\\s+(?:our|my|a|twins|baby)(?:\\s+(?:first|second|third|fourth|baby|child|little\\s+one|twins))*\\b|(?=\\s+(?:in|this|next|at)\\s|\\s*[.,;!]|\\s*$))(?:\\s+(?:in|this|next|at\\s+the\\s+(?:start|end)\\s+of)\\s+${WHEN})?)`, 'gi')), 'parental-leave'],
  // A count of children starting a clause or a cell: "Divorced, two grown up daughters", "one daughter (age 2)".
  [needing(KID_WORDS, new RegExp(`(?<=^|[\\n.;,·|•(]\\s{0,3})(?:${N})\\s+${KID_ADJ}(?:${KIDS}|${KID})\\b${AGES}`, 'gimu')), 'dependants'],
  // One child with no count, told with their age, opening a clause or a cell or after "have" or "with": "Married; son aged 3",
  // "we have twins of eight months". Only one child (or twins): "children aged 5 to 11" is a clinic's population.
  // Only the writer's own (`isOwnChild`).
  [ONE_CHILD, 'dependants'],
  // "Career break 2016-2018 (childcare)", "Career gap: parenting": a gap in the writer's timeline and what it was for.
  // With no "I" it is still the writer's, and so is a relative cared for with no "my": "2019-2021: career break, caring for
  // mother", "Career Break: Caring for Mother", "career gap, looking after children". A spouse cared for tells a marriage.
  [new RegExp(`${CAREER_BREAK}(child[ \\t-]?care|parenting|family[ \\t]+reasons|caring[ \\t]+responsibilities|raising[ \\t]+(?:my|our)[ \\t]+(?:children|family|kids)|${CARED_FOR}(?:${KIN_ADJ}${RELATIVE}|${KID_ADJ}(?:${KIDS}|${KID})|family[ \\t]+members?|relatives?))\\b`, 'gi'), 'dependants'],
  [new RegExp(`${CAREER_BREAK}(${CARED_FOR}${KIN_ADJ}${SPOUSE})\\b`, 'gi'), 'marital-status'],
  // "because of childcare", "around the school run": the writer's own childcare.
  [/\b(?:because\s+of|due\s+to|around|my|our)\s+(childcare|(?:the\s+)?(?:school|nursery|childminder|breakfast[- ]club)\s+(?:runs?|pick-?ups?|drop-?offs?))\b/gi, 'dependants'],
  // "I drop my son at breakfast club", "collect the twins from nursery": the writer's own school run.
  [needing(['drop', 'tak', 'pick', 'collect'], new RegExp(`\\b(?:drop|drops|dropped|dropping|take|takes|taking|pick|picks|picking|collect|collects|collecting)\\s+(?:off\\s+)?(?:my|our|the)\\s+(?:${N}\\s+)?${KID_ADJ}(?:${KIDS}|${KID}|twins|kids)\\s+(?:off\\s+|up\\s+)?(?:at|to|from)\\s+(?:the\\s+)?(?:school|nursery|breakfast[- ]club|after-school\\s+club|childminder|creche|crèche)\\b`, 'gi')), 'dependants'],
  [/\b(?:no\s+|(?:we|I)\s+(?:don['’]t|do\s+not)\s+have\s+(?:any\s+)?)(?:children|kids|dependants|dependents)(?:\s+yet)?\b/gi, 'dependants'],
  [/\b(?:childcare|caring|school-run)\s+(?:responsibilities|commitments|arrangements)\b/gi, 'dependants'],
  // "I am a working mum", "As a new dad", "Being a parent", "I am a working carer": the writer as a parent or a family carer (not "as a parent governor",
  // nor "a family carer for Bluebird Care", a carer's post with an employer after it).
  // Also in the past and after another thing the writer is: "I was a mother", "I am a mature student and a mother".
  [/\b(?:I am|I'm|I’m|I was|I have been|I've been|I’ve been|[Aa]s|[Bb]eing)\s+an?\s+(?:(?:[a-z-]+\s+){1,2}and\s+(?:a\s+)?)?((?:single\s+|working\s+|proud\s+|new\s+|first-time\s+|busy\s+|young\s+|stay-at-home\s+|full-time\s+)?(?:mother|father|mum|dad|parent|grandmother|grandfather|grandparent|carer for (?:my \w+|(?:two|three|four) (?:family members|relatives))|(?:working|unpaid|family) carer(?![ \t]+(?:for|in|at|with)[ \t]+(?!my\b|our\b)))|SAHM|SAHD)(?=[ \t]*(?:[.,;:!?)\n]|$|and\b|I\b|myself\b|who\b|with\b|in\b|at\b|for\b|(?:of|to)[ \t]+(?:one|two|three|four|five|six|twins|a|an|my|young|teenage|\d)\b))/g, 'dependants'],
  [/\b(?:am|and|also|as)\s+a\s+(?:proud\s+)?(?:grandmother|grandfather|grandparent|grandma|grandad)\b/gi, 'dependants'],
  // A family role capitalised as a title (capitalisedRole): a parent's tells of dependants, a spouse's of a marriage.
  [capitalisedRole(`(?:[Pp]roud\\s+|[Ww]orking\\s+|[Ss]ingle\\s+)?(?:${PARENT_ROLE})`), 'dependants'],
  [capitalisedRole('(?:[Pp]roud\\s+)?(?:Wife|Husband)'), 'marital-status'],
  // "because I'm his mother", "proud to be their dad": the writer as the parent of someone just named (not "I was her father's
  // named nurse", where the parent is the patient).
  [/\b(?:I am|I'm|I’m|I was|[Pp]roud to be|[Bb]eing)\s+((?:his|her|their)\s+(?:mother|father|mum|dad|mam|mom|parent|grandmother|grandfather|grandparent|nan|grandma|grandad))\b(?!['’]s?(?!\p{L}))/gu, 'dependants'],
  // "We are foster carers", "as a foster carer": the writer's family by fostering (not "foster carers' training").
  [/\b(?:I am|I'm|I’m|[Ww]e are|[Ww]e're|[Ww]e’re|[Aa]s|[Bb]eing|[Bb]ecame|[Bb]ecoming)\s+(?:an?\s+)?((?:approved\s+)?foster\s+carers?)\b(?!['’])/g, 'dependants'],
  // "a stepparent to my partner's two daughters", "a foster mum to two teenagers": a parent by marriage or fostering.
  [needing(['step', 'foster'], new RegExp(`\\ban?\\s+(?:step-?(?:parent|mum|mom|dad|mother|father)|foster\\s+(?:mum|mam|mom|dad|mother|father|parent))\\b(?:\\s+(?:to|of)\\s+(?:(?:my|our)\\s+(?:partner|husband|wife|spouse)['’]s\\s+)?(?:(?:${N}|a|an)\\s+)?${KID_ADJ}(?:${KIDS}|${KID})\\b)?`, 'gi')), 'dependants'],
  // "we are planning to marry next year", "I got engaged in May": a wedding to come, and when.
  [/\b(?:I|[Ww]e)(?:['’](?:m|re|ve))?(?:[ \t]+(?:am|are|were|was|have|had|just|recently|finally|also|both|will)){0,3}[ \t]+((?:planning|going|hoping|due)[ \t]+to[ \t]+(?:marry|get[ \t]+married)|got[ \t]+engaged|getting[ \t]+engaged)\b/g, 'marital-status'],
  // "I am a paramedic's wife", "I was a young husband": the writer as a spouse.
  [new RegExp(String.raw`\b${WRITER_IS}\s+an?\s+((?:(?:young|proud|new|happy|[\p{L}-]+['’]s)\s+)?(?:wife|husband))\b`, 'gu'), 'marital-status'],
  // "As a Gurkha spouse", "I am an Army wife": married into a service or a people.
  [/\b(?:[Aa]s|I\s+am|I['’]m|I\s+was)\s+(an?\s+(?:\p{Lu}[\p{L}-]+|military|forces|service|clergy)\s+(?:spouse|wife|husband|widow|widower))\b/gu, 'marital-status'],
  // "Partner and I are expecting": a spouse leading a clause with the writer.
  [/(?<=^|[\n.;,·|•(]\s{0,3})(?:Partner|Husband|Wife|Fianc[ée]e?)(?=\s+and\s+I\b)/gmu, 'marital-status'],
  // "since becoming a grandmother last year", "I became a dad in 2021": the writer's family growing, and when.
  [
    needing(
      ['becom', 'became'],
      new RegExp(
      `\\b(?:becoming|became|become|becomes)\\s+a\\s+(?:proud\\s+|new\\s+|first-time\\s+|young\\s+|teenage\\s+|single\\s+|stay-at-home\\s+)?(?:mother|father|mum|dad|parent|step-?parent|step-?mum|step-?dad|grandmother|grandfather|grandparent|grandma|grandad)\\b(?!\\s+(?:governors?|reps?|representatives?|members?|partners?)\\b)(?:\\s+and\\s+(?:a\\s+)?(?:young\\s+)?(?:wife|husband)\\b)?(?:\\s+(?:(?:in|during|this|next)\\s+${WHEN}|last\\s+(?:year|month|spring|summer|autumn|winter)))?`,
      'gi',
      ),
    ),
    'dependants',
  ],
  // Caring: "carer for my father", "I look after my dad", "I am her main carer".
  [needing(['care', 'look', 'support', 'caring'], new RegExp(`\\b(?:(?:(?:main|primary|sole|only|full-time|unpaid)\\s+)?(?:kinship\\s+)?carer\\s+(?:for|to)|(?:take|takes|taking|took)\\s+care\\s+of|(?:help(?:s|ing)?\\s+(?:to\\s+)?)?(?:care\\s+for|look\\s+after)|support|supports|supporting|(?:share|shares|shared|sharing|split|splits)\\s+(?:the\\s+)?care\\s+(?:of|for)|caring\\s+for|looking\\s+after|looked\\s+after|cared\\s+for)\\s+(?:(?:my|our)\\s+(?:${KIN_ADJ}(?:${RELATIVE}|${SPOUSE})|(?:${N}\\s+)?${KID_ADJ}(?:${KIDS}|${KID}))|(?:an?)\\s+(?:(?:elderly|disabled|sick|frail|terminally\\s+ill|seriously\\s+ill)\\s+)?(?:parent|relative|family\\s+member|grandparent|mother|father|sibling|partner|spouse|child))\\b${WHEN_CARED}`, 'gi')), 'dependants'],
  [needing(['carer'], new RegExp(`\\b(?:her|his|their|my\\s+\\w+['’]s)\\s+(?:main\\s+|primary\\s+|sole\\s+|only\\s+)?carer\\b${WHEN_CARED}`, 'gi')), 'dependants'],
  // "I share his care with my mother", "for whom I share caring duties": care the writer shares.
  [needing(['shar', 'split'], new RegExp(`\\b(?:share|shares|shared|sharing|split|splits)\\s+(?:(?:his|her|their|the)\\s+care|(?:the\\s+)?(?:caring|care)\\s+(?:duties|responsibilities|role))\\b${WHEN_CARED}`, 'gi')), 'dependants'],
  // "my partner and I share childcare": the writer's own, when nothing else is shared ("share childcare advice with parents" is work).
  [/\b(?:share|shares|shared|sharing|split|splits)[ \t]+(?:the[ \t]+)?(?:childcare|parenting|school[ \t]+runs?|nursery[ \t]+runs?)(?:[ \t]+(?:equally|between[ \t]+us|50[ \t]*\/[ \t]*50))?(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:with[ \t]+(?:my|our|his|her|their)|and|so|but)\b)/gi, 'dependants'],
  // "…, whom I care for three evenings a week": the writer caring for someone named before.
  [needing(['who'], new RegExp(`\\b(?:who|whom)[ \\t]+I[ \\t]+(?:care[ \\t]+for|look[ \\t]+after)\\b${WHEN_CARED}`, 'g')), 'dependants'],
  // "Lives with partner", "living with my husband": whom the writer lives with.
  [/\b(?:[Ll]ives?|[Ll]iving)[ \t]+with[ \t]+((?:(?:my|a|her|his|their)[ \t]+)?(?:partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?|spouse))\b/g, 'marital-status'],
  // "my mum passed away in 2021": a bereavement in the family and when.
  [needing(['passed', 'died'], new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${RELATIVE}\\s+(?:passed\\s+away|died)\\b(?:\\s+(?:in|last|this)\\s+(?:${WHEN}|year|month))?`, 'gi')), 'dependants'],
  [PARENT_CALLED, 'dependants'],
  // "our nikah is booked for June", "my wedding in May": a wedding by any name, and when.
  [needing(['wedding', 'nik', 'anand', 'shaadi', 'vivah'], new RegExp(`\\b(?:our|my)\\s+(?:wedding|nikah|nikkah|anand\\s+karaj|shaadi|vivah)\\b(?:\\s+(?:is|was)\\s+(?:booked|planned|set)\\s+for\\s+${WHEN}|\\s+(?:in|on|this|next)\\s+${WHEN})?`, 'gi')), 'marital-status'],
  // Pregnancy and parental leave
  // "we are trying for a baby", "I'm trying to conceive".
  [/\b(?:we\s+are|we['’]re|I\s+am|I['’]m)\s+(trying\s+(?:for\s+(?:a\s+)?(?:baby|family|second|another)|to\s+(?:conceive|get\s+pregnant|start\s+a\s+family)))\b/gi, 'parental-leave'],
  // "Baby due in August", "our second is due in March": a birth to come.
  [needing(['due'], new RegExp(`\\b(?:[Bb]aby|[Oo]ur\\s+(?:first|second|third|fourth)|[Mm]y\\s+(?:first|second|third|fourth))\\s+(?:is\\s+)?due\\s+(?:in|on|at\\s+the\\s+(?:start|end)\\s+of)\\s+${WHEN}`, 'g')), 'parental-leave'],
  // "Returned from maternity leave in 2022": the leave, coming back from it, and when (not a post that covers one: "a maternity leave post",
  // though "post-Covid" is no post, and "my maternity leave cover" is the writer's own leave).
  [needing(['leave'], new RegExp(`\\b(?:(?:returned|returning|came\\s+back|coming\\s+back|(?:just\\s+)?come\\s+back|back)\\s+from\\s+|(?:(?:expect|plan|intend|hope|am\\s+due)\\s+to\\s+)?(?:start|take|begin|go\\s+on)\\s+)?(?:(?:(?:my|our)\\s+)?(?:last|first|second|third|recent|previous|current)\\s+)?(?:maternity|paternity|adoption|shared parental|parental)\\s+leave\\b(?!(?<!\\b(?:my|our|from)\\s+${CHILD_LEAVE})\\s+(?:posts?|cover|contracts?|roles?|vacanc(?:y|ies)|positions?|secondments?|backfill)\\b(?!-))(?:\\s+(?:in|during|since|until)\\s+${WHEN})?`, 'gi')), 'parental-leave'],
  // The writer's own pregnancy ("I am currently 22 weeks pregnant", "four months pregnant and due in May"), not "pregnant women" in the clinic.
  [needing(['pregnant'], new RegExp(`\\b(?:I am|I'm|I’m|I was|currently|while|when I was)\\s+(?:(?:currently|now)\\s+)?((?:(?:\\d{1,2}|${AGE_WORD})\\s+(?:weeks|months)\\s+)?pregnant\\b(?:,?\\s+(?:and\\s+)?(?:am\\s+)?(?:due|expecting)\\s+(?:in|on|at\\s+the\\s+(?:start|end)\\s+of)\\s+${WHEN}|\\s+\\(due\\s+${WHEN}\\))?)`, 'gi')), 'parental-leave'],
  [/\bcareer\s+break\s+(?:to|for)\s+(?:raise|look after|care for|bring up|have)\s+(?:my|our)\s+(?:young\s+)?(?:family|children|son|daughter|baby|twins)\b/gi, 'parental-leave'],
];

/** "my wife's nights", "my husband's job": what a relative's possessive owns says something of them too. */
const POSSESSED = /^(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:and|or|but|to|in|on|at|for|with|of|the|a|an|own|is|was|has|had|name)\b)\p{Ll}[\p{Ll}-]*/u;
/** Someone else just before a leave: "a colleague returning from", "staff on", "her". */
const SOMEONE_ELSES = /\b(?:cover|covers|covered|covering)[ \t]+an?[ \t]+$|\b(?:(?:colleague|staff|employee|member|team|nurse|midwife|patient)(?:s|['’]s|s['’])?|midwives(?:['’])?|women(?:['’]s)?|mothers(?:['’])?|her|his|their)(?:[ \t]+[\p{Ll}'’]+){0,2}[ \t]+$/u;
/**
 * "during a maternity leave" is someone else's only when the writer's clause says they stood in: "I ran the clinic during a
 * maternity leave", not "I studied for my MSc during a maternity leave".
 */
const DURING_A = /\bduring[ \t]+an?[ \t]+$/;
/** Verbs of standing in for someone on leave: "covered", "ran", "acted", "backfilled". */
const STOOD_IN = /\b(?:cover(?:s|ed|ing)?|ran|run|running|led|leading|managed|managing|acted|acting|stepped|held|holding|backfilled)\b/;
/** "married in Kraków in August", "got married last summer": where and when a wedding was. */
const EVENT_AFTER = new RegExp(
  `^(?:[ \\t]+in[ \\t]+\\p{Lu}[\\p{L}'’-]+)?(?:[ \\t]+(?:(?:in|on|during)[ \\t]+${WHEN}|(?:last|this|next)[ \\t]+(?:year|month|spring|summer|autumn|winter|${MONTH})))?`,
  'u',
);
const GOT_BEFORE = /\b(?:got|get|getting)[ \t]+$/;
/** "married to a staff nurse at …", "engaged to a paramedic": who the spouse is says more of them. */
const TO_SPOUSE = /^[ \t]+to[ \t]+(?:an?|my)[ \t]+/;
/**
 * "my husband, also a doctor", "my wife, a GP in Leeds", "my husband, who is a research engineer", "my wife, who is a theatre nurse at⏎Royal
 * Derby" (a line wrapped inside it): who the spouse is, set off by commas.
 */
const SPOUSE_IS = /^,[ \t\n]+(?:who[ \t\n]+(?:is|was)[ \t\n]+)?(?:(?:also|now|himself|herself)[ \t\n]+)?an?[ \t]+(?:[\p{L}-]+(?:[ \t]+|[ \t]*\n[ \t]*)){0,5}[\p{L}-]+(?=[ \t]*(?:[,.;)]|$))/u;

/** "married to [Dr] Calum Gillies": a spouse named after "married to", with a doctor's title that tells their work. */
const TO_NAMED_SPOUSE = /^[ \t]+to[ \t]+(?:(?:Dr\.?|Doctor)[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|bin|binti|van|de|da)){0,3}/u;
const SPOUSE_TITLE = /^[ \t]+to[ \t]+(?:Dr\.?|Doctor)(?=[ \t])/;
/** Who a named spouse is: ", a fisherman", ", who is a midwife", " (ward clerk at the County)". */
const NAMED_SPOUSE_IS = /^(?:,[ \t]+(?:who[ \t]+is[ \t]+)?(?:(?:also|now)[ \t]+)?an?[ \t]+(?:[\p{L}-]+[ \t]+){0,5}[\p{L}-]+(?=[ \t]*(?:[,.;)]|$))|[ \t]+\(\p{L}[^()\n]{2,39}\))/u;

/**
 * A child's age after their name: "[a daughter], Amara, who is three" (AGE_PART reads it straight after
 * the child). What else a relative clause says of a relative stays ("my mum, who lives alone,").
 */
const NAMED_CHILD_AGE = new RegExp(`^,[ \\t\\n]+\\p{Lu}[\\p{L}'’-]+,[ \\t\\n]+who[ \\t\\n]+(?:is|are)[ \\t\\n]+(?:now[ \\t\\n]+)?${AGE_WORD}\\b(?:[ \\t]+years?(?:[ \\t]+old)?)?`, 'u');
/** A child's age in brackets after their name: "my son Mykyta (9)", "our daughter Elin (aged 3)"; the bracket is its own span, the name between. */
const NAMED_CHILD_BRACKET = new RegExp(`^[ \\t]+\\p{Lu}[\\p{L}'’-]+[ \\t]*(\\((?:aged?[ \\t]+)?${AGE_WORD}\\))`, 'du');
/** A child in a span's last word. */
const CHILD_LAST = new RegExp(`(?:${KID}|${KIDS})$`, 'i');
/** A parent in a span's last words, and the "of" or "to" before the children they name: "single mum", "a dad to". */
const PARENT_LAST = /(?:mum|mam|mom|dad|mother|father|parent)(?:[ \t]+(?:of|to))?$/i;
const PARENT_OF = /^(?:[ \t]+(?:of|to)(?=[ \t]))?/i;

/** The length of "to a …" after "married", up to the clause's end (punctuation or "and"), at most 60 characters. */
function spouseAfter(text: string, end: number): number {
  const to = TO_SPOUSE.exec(text.slice(end, end + 12));
  if (!to) return 0;
  const rest = text.slice(end + to[0].length, end + to[0].length + 60);
  const stop = rest.search(/[,;.:!?()\n]|[ \t](?:and|but|who|whom|which|so)[ \t]/);
  return stop > 0 ? to[0].length + stop : 0;
}

/** Taking a relative to their care: "I [take her to her dialysis]", "drive him to his appointments". */
const ESCORT =
  /\b(?:take|takes|took|taking|drive|drives|drove|driving|accompany|accompanies|accompanied)[ \t]+(?:her|him|them)[ \t]+to[ \t]+(?:her|his|their)[ \t]+(?:(?:hospital|clinic|GP|medical|regular|weekly|monthly)[ \t]+)?(?:appointments?|dialysis|chemo(?:therapy)?|radiotherapy|infusions?|treatment|check-ups?|physio(?:therapy)?|clinics?|scans?)\b/g;
/** A relative of the writer's, named shortly before an escort: whose care it is ("my mother-in-law", "Dad lives with me"). */
const OWN_RELATIVE = new RegExp(`\\b(?:my|our)\\s+${KIN_ADJ}${RELATIVE}\\b|(?:^|[.;!?]\\s+)(?:Mum|Mam|Mom|Dad|Nan|Nana|Gran|Grandma|Grandad)\\b`, 'i');

/**
 * One relative's word alone in brackets, in lower case: "(father)", "(wife)", "(sister-in-law)". A capital makes it a post
 * more often, a ward sister's or a GP partner's ("Royal Infirmary (Sister)"); a field's label reads an emergency contact.
 */
const KIN_BRACKET =
  /\((?:(?:mother|father|brother|sister|son|daughter)(?:-in-law)?|mum|dad|husband|wife|partner|spouse|fianc[ée]e?|grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|niece|nephew|stepmother|stepfather|stepson|stepdaughter)\)/g;
/** A capitalised word: "Jónsson", "O'Neill-Ward". */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Whether two capitalised words, a blank or a line break between and at most one after, end `before`: a person's name in
 * full, as an emergency contact gives it, not an organisation's ("Oakwood Medical Practice (partner)").
 */
function fullNameBefore(before: string): boolean {
  const words = before.replace(/\s$/, '').split(/\s/);
  const last = words.at(-1)!;
  return words.length >= 2 && CAPITALISED_WORD.test(last) && CAPITALISED_WORD.test(words.at(-2)!) && !nameLexicon.organisationSuffixes.has(last);
}

/**
 * A relative's label opening a field, an aside in brackets allowed before its colon: "Father (emergency only): ". One run of
 * blanks before the bracket and one after it, never two side by side, so a run of blanks is read in linear time.
 */
const RELATIVE_LABEL = /\b(?:Father|Mother|Brother|Sister|Son|Daughter|Partner)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]*(?=\p{Lu})/gu;
/** What opens a field before a label, read back in code: the text's or a line's start, a bar or a bullet, a full stop or a semicolon. */
const FIELD_OPENS = /(?:^|[\n|•·][ \t]{0,3}|[.;][ \t]{1,3})$/;
/** The headings under which a partner or a sister is someone the writer works with, or is family: the nearer one before the label decides. */
const WORK_HEADING = /(?:^|\n)[ \t#*•-]{0,4}(?:referees?|references?|line[ \t]+managers?|supervisors?|employment|(?:(?:work|clinical|professional)[ \t]+)?experience|work[ \t]+history|career[ \t]+history)\b/gi;
const KIN_HEADING = /(?:^|\n)[ \t#*•-]{0,4}(?:emergency[ \t]+contacts?|next[ \t]+of[ \t]+kin|in[ \t]+case[ \t]+of[ \t]+emergency|family)\b/gi;
/** The words that label a telephone number on a contact's line, no workplace: "Partner: Elin Dahl, Home 01632 960123". */
const PHONE_LABELS: ReadonlySet<string> = new Set(['Home', 'Mobile', 'Tel', 'Telephone', 'Phone', 'Work']);
/** How far back a heading is read before the label. */
const HEADING_WINDOW = 300;
/** A word of the line after the name, its letters only. */
const LINE_WORD = /\p{L}[\p{L}'’-]*/gu;

/** The last match's end of a pattern in a window, or -1. */
function lastEnd(window: string, pattern: RegExp): number {
  let end = -1;
  for (const m of matchAll(window, pattern)) end = m.index + m[0].length;
  return end;
}

/**
 * Whether "Partner:" or "Sister:" at `at` names a post, not the writer's relative: under a referees' or a work heading nearer
 * than an emergency contact's, or, under neither, before a professional title ("Partner: Dr Ravi Shah") or with a work word
 * or a workplace on the rest of its line ("Sister: Ama Owusu, Ward 7").
 */
function labelsAPost(text: string, at: number, value: number, first: string): boolean {
  const window = text.slice(Math.max(0, at - HEADING_WINDOW), at);
  const work = lastEnd(window, WORK_HEADING);
  const kin = lastEnd(window, KIN_HEADING);
  if (work !== kin) return work > kin;
  if (nameLexicon.professionalTitles.has(first)) return true;
  const lineEnd = text.indexOf('\n', value);
  const line = text.slice(value, lineEnd < 0 ? Math.min(text.length, value + 120) : Math.min(lineEnd, value + 120));
  // What the line says after the name, set off by a comma, a bracket, a bar or a dash (a name may be a word: "Grace Hall").
  const setOff = line.search(/[,(|–—]/);
  if (setOff < 0) return false;
  for (const m of matchAll(line.slice(setOff), LINE_WORD)) {
    if (PHONE_LABELS.has(m[0])) continue;
    if (nameLexicon.notNameGroups.jobWords.has(m[0]) || nameLexicon.organisationSuffixes.has(m[0])) return true;
  }
  return false;
}

/** "and my second in 1989": a later child told short after the first, with when it came. */
const LATER_CHILD = /\band[ \t]+(my[ \t]+(?:second|third|fourth|fifth|youngest))(?=[ \t]+(?:in|on)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:19|20)\d{2}\b)/gu;
/** The first child in the sentence before it: "to have my first child in 1987". */
const FIRST_CHILD = /\b[Mm]y[ \t]+(?:first|eldest|oldest)[ \t]+(?:child|baby|son|daughter)\b/;

/**
 * A spouse's service, after "my husband" and whatever names them in the same clause: "has been posted to RAF Lossiemouth",
 * "serves with 1 RIFLES", "is stationed at Catterick". Group 1 is the verb that opens it.
 */
/**
 * What may follow the relative's word: a mark, a name, or a verb or adverb of the clause ("my partner has been posted", "our eldest
 * son now goes to"); any other word in lower case makes it a noun's modifier ("our partner agencies", "our eldest resident").
 */
const RELATIVE_NOT_MODIFIER = `(?!\\s+(?!(?:has|had|have|was|is|are|were|will|got|who|and|now|currently|also|recently|just|both|still|serves|served|serving|posted|stationed|deployed|redeployed|started|starts|goes|go|attends?|moved|${KID}|twins)\\b)\\p{Ll})`;
const SPOUSE_POSTED = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)\\s+${SPOUSE}\\b${RELATIVE_NOT_MODIFIER}[^.;:\\n]{0,50}?\\b((?:(?:has|had)\\s+been|was|is|will\\s+be|got|were|are)\\s+(?:posted|stationed|deployed|redeployed)|(?:posted|stationed|deployed)\\s+(?:to|at|in|from)|serv(?:es|ed|ing)\\s+(?:with|in)\\s+(?:the\\s+)?(?:\\d|\\p{Lu}))`,
  'gu',
);
/**
 * A child's school after "our youngest, Mereoni," or "my daughter Nzinga": "is at Hipswell Fields Primary", "has just moved up to
 * Hythehill Primary", "goes to Bishop Wordsworth's", "our two boys, the elder of whom … attends Fernlea School", "who is in
 * Reception at Hollins Primary". Group 1 is the verb; a capitalised name follows it.
 */
const CHILD_SCHOOLED = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)\\s+(?:(?:two|three|four|\\d)\\s+)?(?:${KID}|youngest|eldest|oldest|middle\\s+one|twins|${KIDS})\\b${RELATIVE_NOT_MODIFIER}[^.;:]{0,40}?\\b((?:who\\s+(?:now\\s+)?)?(?:is|are)\\s+(?:now\\s+)?(?:at|in\\s+(?:Year\\s+\\d{1,2}|Reception|[Nn]ursery)\\s+at)|(?:has|have)\\s+(?:just\\s+)?(?:started|moved\\s+up\\s+to|moved\\s+to|gone\\s+up\\s+to)|(?:who\\s+(?:now\\s+)?)?(?:goes\\s+to|go\\s+to|attends?)|started\\s+at)\\s+(?=\\p{Lu})`,
  'gu',
);
/** The family posted with the spouse, in the clause after: ", so we may be posted again in 2029", "; we will probably move with him". */
const POSTED_AGAIN = /^(?:,?[ \t\n]+(?:so|and)|;)[ \t\n]+we[ \t\n]+(?:(?:may|might|will|could|expect[ \t\n]+to|are[ \t\n]+likely[ \t\n]+to)[ \t\n]+)?(?:(?:probably|also)[ \t\n]+)?(?:be[ \t\n]+(?:posted|moved)|move)\b[^.;:\n]{0,40}/;
/**
 * Where such a clause ends: a full stop, a semicolon, a colon, a blank line, a form's next field ("…posted to RAF Lossiemouth⏎Employer
 * name: …"), or " so " / ", and" / ", which" that start another.
 */
const CLAUSE_STOP = /[.;:]|\n[ \t]*\n|\n(?=[ \t]*[A-Z][A-Za-z' \t-]{0,40}:)|(?<![ \t\n,]),?[ \t\n]+(?:so|and I|but|which|while|because)\b|,[ \t\n]+and\b/;
/** A comma and a word in lower case: where an aside about a child's school closes and the sentence goes on. */
const ASIDE_CLOSED = /,[ \t]+\p{Ll}/u;
/** The length of a clause without the blanks and commas that close it. */
const trimmedEnd = (clause: string) => trimChars(clause, null, /[\s,]/).length;

/**
 * "I had been a wife, mother, nanny to 4", "a failure as a colleague, wife and mum": the writer's family roles listed together
 * (each its own span: the spouse a marital status, the rest family).
 */
const ROLES_LISTED =
  /\b(?:(?:I am|I'm|I’m|I was|I had been|I have been|I've been|I’ve been)[ \t]+a(?:(?:[ \t]+[\p{L}-]+){1,2},)?|[Aa]s[ \t]+a(?:[ \t]+[\p{Ll}-]+,)?)[ \t]+((?:wife|husband|partner|mother|father|mum|dad|daughter|son)(?:(?:,|,?[ \t]+and)[ \t]+(?:a[ \t]+)?(?:wife|husband|partner|mother|father|mum|dad|nanny|nan|grandmother|grandfather|grandma|grandad|aunt|auntie|uncle|daughter|son|sister|brother)(?:[ \t]+(?:to|of)[ \t]+\d+)?)+)\b/gu;
/** One role of the list, with the number it is to: "nanny to 4". A faith or a job may open the list ("I am a Christian, mother, aunt"). */
const ROLE_LISTED = /\b(?:(wife|husband|partner)|mother|father|mum|dad|nanny|nan|grandmother|grandfather|grandma|grandad|aunt|auntie|uncle|daughter|son|sister|brother)\b(?:[ \t]+(?:to|of)[ \t]+\d+)?/g;

/**
 * Marital status, children, relatives and caring, pregnancy and parental leave. Only the detail
 * goes ("I live with [FAMILY]", "I am [MARITAL STATUS] with [FAMILY]"): the words around it say
 * nothing on their own and may matter to the panel.
 */
/** A bare relative ends its list or acts: "my son and daughter are grown up", not "sister wards" or "children's nurse". */
const BARE_KIN_END = `(?=[ \\t]*(?:[,.;:)!?]|$)|[ \\t]+(?:are|were|have|had|both|who|live|lived|still|and|&)(?![\\p{L}'’-]))`;
/**
 * One more relative in a list, after a comma or "and", counted or described: ", a daughter", " and younger sister", " & twins".
 * A bare word goes only as its list ends or it acts: "mother of two and children's nurse", "one son, baby clinic experience" stay.
 */
const MORE_KIN = new RegExp(`^(?:,[ \\t]*(?:(?:and|&)[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)(?:(?:(?:a|an|${N}|my|our)[ \\t]+${KIN_ADJ}|${KIN_WORD}|(?=twins))(?:${KIDS}|${KID}|${RELATIVE}|twins)(?![\\p{L}'’-])|(?:${KIDS}|${KID}|${RELATIVE})${BARE_KIN_END})`, 'u');

/**
 * A relative's age after their name, in a list of the writer's relatives: "Grace (11) and Ayomide (7)", "Ilhan is 11", "Jonas, 7"
 * (the number only: the name is found on its own). Only in a sentence that names children or grandchildren: "Ward Ash (12)" is a ward.
 */
const NAMED_AGE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[ \t]*\((?:aged?[ \t]+)?(\d{1,2})\)|[ \t]+is[ \t]+(\d{1,2})(?![\d%]|[.,]\d|[ \t]+(?:years?|months?|weeks?)[ \t]+(?:qualified|experience|registered|in|on|at))|,[ \t]+(\d{1,2})(?=[,)]|[.;!?](?!\d)|[ \t]*$|[ \t]+and\b))/gmu;
/** A ward's, bay's or room's word, before or as the capitalised word: its number is the place's. */
const PLACES = '(?:ward|bay|area|room|unit|bed|theatre|block|suite|floor|level|wing|pod|cubicle|clinic|zone)';
const PLACE_WORD = new RegExp(`^${PLACES}s?$`, 'i');
const PLACE_BEFORE = new RegExp(`\\b${PLACES}[ \\t]+$`, 'i');
const KIN_IN_SENTENCE =
  /\b(?:(?:my|our|one|two|three|four|five|six|\d)[ \t]+(?:(?:young|grown-up|teenage|little|older|younger|eldest|youngest)[ \t]+)?(?:children|child|sons?|daughters?|kids|twins|boys|girls|step-?(?:sons?|daughters?|children)|grand(?:children|sons?|daughters?))|(?:mother|father|mum|mom|dad|parent)[ \t]+(?:of|to))\b|(?:^|[;:·•])[ \t]*(?:(?:grand)?children|(?:grand)?sons?|(?:grand)?daughters?|dependants?)\b/i;

export function findFamily(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matchAll(text, NAMED_AGE)) {
    const age = m[1] ?? m[2] ?? m[3]!;
    const at = m.index + m[0].lastIndexOf(age);
    // "Bay C (6)", "Bay Area (12)", "Block C, 4": a place's number, not a child's age.
    if (PLACE_WORD.test(m[0].slice(0, m[0].search(/[ \t(,]/))) || PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const [from, to] = sentenceBounds(text, m.index, at + age.length, 160, 80);
    if (KIN_IN_SENTENCE.test(text.slice(from, to))) spans.push(makeSpan('dependants', at, at + age.length));
  }
  for (const m of matchAll(text, LATER_CHILD)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (FIRST_CHILD.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1))) spans.push(makeSpan('dependants', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  }
  for (const m of matchAll(text, ROLES_LISTED)) {
    const at = m.index + m[0].length - m[1]!.length;
    for (const role of matchAll(m[1]!, ROLE_LISTED)) spans.push(makeSpan(role[1] ? 'marital-status' : 'dependants', at + role.index, at + role.index + role[0].length));
  }
  for (const [pattern, type] of RULES) {
    for (const m of matchAll(text, pattern)) {
      const value = m[1] ?? m[2] ?? m[0];
      let start = m.index + m[0].lastIndexOf(value);
      let end = start + value.length;
      if (pattern === ONE_CHILD && !isOwnChild(text, start, end)) continue;
      if (pattern === PARENT_CALLED && someoneElsesParent(text, start)) continue;
      if (/['’]s$/.test(value)) end += POSSESSED.exec(text.slice(end, end + 30))?.[0].length ?? 0;
      if (type === 'marital-status' && /engaged$/i.test(value)) end += spouseAfter(text, end);
      if (type === 'marital-status' && /(?:husband|wife|partner|spouse)$/i.test(value)) end += SPOUSE_IS.exec(text.slice(end, end + 70))?.[0].length ?? 0;
      if (type === 'dependants' && CHILD_LAST.test(value)) {
        end += NAMED_CHILD_AGE.exec(text.slice(end, end + 60))?.[0].length ?? 0;
        const bracket = NAMED_CHILD_BRACKET.exec(text.slice(end, end + 40))?.indices?.[1];
        if (bracket) spans.push(makeSpan('dependants', end + bracket[0], end + bracket[1]));
      } else if (PARENT_LAST.test(value)) {
        // "Single mum of Minh (6)", "a dad to Ayaan (4)": the age of a child the parent names.
        const at = end + PARENT_OF.exec(text.slice(end, end + 8))![0].length;
        const bracket = NAMED_CHILD_BRACKET.exec(text.slice(at, at + 40))?.indices?.[1];
        if (bracket) spans.push(makeSpan('dependants', at + bracket[0], at + bracket[1]));
      }
      if (type === 'marital-status' && /(?:married|marry|engaged)$/i.test(value)) {
        end += EVENT_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0;
        const told = spouseAfter(text, end);
        end += told;
        // "Married to Calum, a fisherman": who the spouse is after their name (the name is found by the name finders).
        const named = told ? null : TO_NAMED_SPOUSE.exec(text.slice(end, end + 60));
        if (named) {
          const title = SPOUSE_TITLE.exec(text.slice(end, end + 12))?.[0].length ?? 0;
          // A doctor's post after their name ("Dr …, GP trainee") is left as a post, as the tuned annotations keep it.
          const is = title ? null : NAMED_SPOUSE_IS.exec(text.slice(end + named[0].length, end + named[0].length + 60));
          if (is) spans.push(makeSpan(type, end + named[0].length + is[0].search(/[^,( \t]/u), end + named[0].length + is[0].length - (is[0].endsWith(')') ? 1 : 0), { divisible: true }));
          end += title;
        }
        start -= GOT_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[0].length ?? 0;
      }
      // A colleague's or a patient's leave is work: "I supported a colleague returning from maternity leave".
      if (type === 'parental-leave' && SOMEONE_ELSES.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (type === 'parental-leave' && DURING_A.test(text.slice(Math.max(0, start - 12), start)) && STOOD_IN.test(text.slice(sentenceBounds(text, start, start, 120, 0)[0], start))) continue;
      // "two sons, a daughter and a stepson", "my son and daughter": the relatives listed straight after the first go with it
      // (after a child's age or name, the next relative is a span of its own).
      if (type === 'dependants' && end === start + value.length) for (let more = 0, next = MORE_KIN.exec(text.slice(end, end + 60)); next && more < 4; more++, next = MORE_KIN.exec(text.slice(end, end + 60))) end += next[0].length;
      // Divisible, so a date of birth inside ("twins (born 2024)") leaves the rest a family detail.
      spans.push(makeSpan(type, start, end, { divisible: true }));
    }
  }
  // "Emergency contact: Rameshbhai Patel (father)": the relation a name's bracket gives is the writer's family.
  for (const m of matchAll(text, KIN_BRACKET)) if (fullNameBefore(text.slice(Math.max(0, m.index - 30), m.index))) spans.push(makeSpan('dependants', m.index + 1, m.index + m[0].length - 1));
  // "Father: Jānis Ozols (emergency contact)", "Partner: Elin Dahl": a relative's label opening a field before their name is
  // the writer's family (the name goes as a name). Where the word is also a post or a grade ("Partner: Riverside Surgery",
  // "Sister: Ward 7"), only a name the lists know or a title follows it, and never a post (`labelsAPost`).
  for (const m of matchAll(text, RELATIVE_LABEL)) {
    if (!FIELD_OPENS.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const value = m.index + m[0].length;
    const first = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(value, value + 40))?.[0] ?? '';
    const named = nameLexicon.givenNames.has(first) || nameLexicon.nameParts.has(first) || isGenderedTitle(first) || nameLexicon.professionalTitles.has(first);
    if (!first || (/^(?:Partner|Sister)/.test(m[0]) && (!named || labelsAPost(text, m.index, value, first)))) continue;
    // The label ends before its colon (the last: an aside may hold one) and the blanks before that.
    let labelEnd = m[0].lastIndexOf(':');
    while (labelEnd > 0 && (m[0][labelEnd - 1] === ' ' || m[0][labelEnd - 1] === '\t')) labelEnd--;
    spans.push(makeSpan(/^Partner/.test(m[0]) ? 'marital-status' : 'dependants', m.index, m.index + labelEnd));
  }
  // "My husband, Sgt Josefa Tuilau, serves with 1 RIFLES and was posted from Tidworth to Catterick": where a spouse serves and
  // is posted tells the family's life (and so the writer's); "our son Kári (7) has just moved up to Hythehill Primary": where a
  // named child goes to school. From the verb to the clause's end; the relative and the name are found on their own.
  for (const [pattern, type] of [[SPOUSE_POSTED, 'marital-status'], [CHILD_SCHOOLED, 'dependants']] as const) {
    for (const m of matchAll(text, pattern)) {
      const from = m.index + m[0].lastIndexOf(m[1]!);
      const rest = text.slice(from, from + 120);
      // A child's school ends at a comma after its name that closes an aside, the sentence going on in lower case: "Our four children,
      // who are at Oakfield School, keep me busy" (not its town: "at St Anne's Primary, Witney").
      const clauseStop = rest.search(CLAUSE_STOP);
      const comma = type === 'dependants' ? rest.search(ASIDE_CLOSED) : -1;
      const stop = comma >= 0 && (clauseStop < 0 || comma < clauseStop) ? comma : clauseStop;
      let end = from + trimmedEnd(stop < 0 ? rest : rest.slice(0, stop));
      // "…is serving with the RAF at Brize Norton, so we may be posted again in 2029": the family's next move goes with it.
      if (type === 'marital-status') {
        const move = POSTED_AGAIN.exec(text.slice(end, end + 80));
        if (move) end += trimmedEnd(move[0]);
      }
      spans.push(makeSpan(type, from, end, { divisible: true }));
    }
  }
  // Not a patient or a client: only with the writer's relative in the 200 characters before.
  for (const m of matchAll(text, ESCORT)) if (OWN_RELATIVE.test(text.slice(Math.max(0, m.index - 200), m.index))) spans.push(makeSpan('dependants', m.index, m.index + m[0].length));
  return spans;
}
