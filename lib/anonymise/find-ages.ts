import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { isGenderedTitle, nameLexicon } from './name-lexicon';
import type { Span } from './span';
import { WRITER_IS } from './writer-is';

const NUMBER_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const AGE = `(?:1[6-9]|[2-7]\\d|${NUMBER_WORD})`;
/** An age a grown writer gives, in figures or as a teenage number in words: "16", "sixteen". */
const GROWN_AGE = `${AGE}|sixteen|seventeen|eighteen|nineteen`;
/** A child's age, in figures or words. */
const CHILD_AGE = '(?:[1-9]|1[0-5])(?![\\d%])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen';

/** A child's age with its years, which dates the writer as "when I was 12" does: "at only 10 years old", "at just 9 years old". */
const CHILD_YEARS_OLD = /\b(?:at|aged)[ \t]+(?:only[ \t]+|just[ \t]+)?((?:[1-9]|1[0-5])[ -]years?[ -]old)\b/gi;

/** An age in years of age after "at": "at 19 years of age". */
const YEARS_OF_AGE = /\bat[ \t]+((?:1[3-9]|[2-6]\d)[ \t]+years[ \t]+of[ \t]+age)\b/g;
/**
 * A move or a start the writer makes in the clause before it, the clause wrapped or the writer's "I" left out as a CV leaves it:
 * "Joined the Army from Suva,⏎Fiji, in 2004 at 18 years of age" ("screening starts at 50 years of age" has no such verb).
 */
const MOVE_BEFORE = /(?:\b(?:I|who)[ \t]+|^[ \t]*)(?:came|moved|arrived|emigrated|migrated|fled|left|started|began|qualified|married|joined|enlisted)\b/i;
function moveBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  return MOVE_BEFORE.test(clause);
}

/** The writer, a verb of one of the events given, and "at" an age from 13 within the clause; no piece of work the verb starts. */
const AGE_AT_EVENT = (verbs: string) =>
  String.raw`\b(?:I|who)[ \t]+(?:${verbs})\b(?![^.;:\n]{0,40}\b(?:audit|project|pilot|review|rota|clinic|programme|scheme|survey|trial|hours?)\b)[^.;:\n]{0,40}\bat[ \t]+(1[3-9]|[2-6]\d)`;

/**
 * The writer's age after a joiner opening the clause, as a sentence's opening "At 15 I…" is read below: "and at 63 I'm still
 * on nights", "Now at 58 I…", "Then at 19 I joined". Read in code: not after a count earlier in its sentence, whose unit the
 * number carries on ("opens at 8 and at 14 I start", "over 25, and at 30 I put out a call"), nor in a pregnancy, which counts
 * weeks ("pregnant with twins, and at 28 I had a scan").
 */
const JOINED_AT = /\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Nn]ow|[Ee]ven|[Tt]hen)[ \t]+at[ \t]+(1[3-9]|[2-7]\d)(?=,?[ \t]+I['’ \t])/g;
/**
 * A count, not a year ("in 2004, and at 40 I retrained" is the writer's age) nor an age ("I was 38 when I moved, and at 45 I
 * am learning Welsh"), or a pregnancy's weeks.
 */
const COUNT_BEFORE = /(?<!\b(?:I was|I am|I['’]m|aged?)[ \t])\b(?!(?:19|20)\d{2}\b)\d|\b(?:pregnan(?:t|cy)|gestation|antenatal)\b/i;
/** The sentence before an offset, within 100 characters: back to a full stop, "!", "?" or a line's start. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 100), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
}

const PATTERNS: RegExp[] = [
  // "Age: 38", "aged 38", "age 38", a form's "Age at start: 43" or "Age on appointment: 51"
  new RegExp(`\\b(?:age|aged)(?:[ \\t]+(?:at|on)[ \\t]+(?:start|appointment|entry|application|interview))?\\s*(?::\\s*)?(${AGE})\\b(?![+\\d]|\\s*(?:and|&|,|or|to|-|–)\\s*(?:\\d|over|above|under|older))`, 'gi'),
  // "38 years old", "38-year-old", "38 yrs old", "thirty-four years" and "old" on the next line
  new RegExp(`\\b(${AGE}(?:[- ]years?(?:-|\\s{1,3})old|[- ]yrs?(?:-|\\s{1,3})old|[- ]year-old))\\b`, 'gi'),
  // A child's age that dates the writer: "came to Leeds aged nine", "when I was 12", "lived in Karachi until I was twelve".
  new RegExp(String.raw`\b(?:aged|when I was(?:\s+(?:about|around|nearly|almost|only|just))?|since I was|until I was|till I was|at the age of|since the age of|from the age of)\s+(${CHILD_AGE})\b(?!\s*(?:years?\s+(?:in|into|of)|hours|weeks|months|patients|upwards|onwards|-|–)|\s+(?:and|&|or|to)\s+(?:\d|over|under|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen))`, 'gi'),
  // The writer's age at an event, grown up: "moved to Southampton in 2016 when I was 28", "started nursing when I was nineteen".
  // And the last age before an event ("I would never have been ready until I was 41"), or one half remembered ("I must have been
  // 18 when I saw the job", "when I was about 16").
  new RegExp(`\\b(?:when I was(?:\\s+(?:about|around|nearly|almost|only|just))?|since I was|until I was|till I was|I must have been|I would have been|I['’]d have been)\\s+(${GROWN_AGE})\\b(?![\\d%]|\\s*(?:years?\\s+(?:in|into|of)|hours|weeks|months|patients|-|–)|\\s+(?:and|&|or|to)\\s+\\d)`, 'gi'),
  // An interview's answer under its question: "How old were you when it started?⏎45", "How old are you? 52".
  new RegExp(`\\bHow[ \\t]+old[ \\t]+(?:are|were)[ \\t]+you\\b[^\\n?]{0,80}\\?\\s{0,3}(${AGE})(?=[ \\t]*(?:[.\\n]|$))`, 'gi'),
  // The writer's age in a bracket after them: "Throughout my life (now 38)", "I (now aged 52) returned" (not "the team (now 20)").
  new RegExp(`\\b(?:I|me|myself|my[ \\t]+life)[ \\t]*\\((?:now|currently)[ \\t]+(?:aged[ \\t]+)?(${AGE})\\)`, 'g'),
  // "I am 38", "I'm 45", "I am now 35", "im 34" (writer-capitals.ts)
  new RegExp(`\\bI(?: am|'m|’m|m| turned| turn| will be|'ll be|’ll be| am turning|'m turning|’m turning)(?: now)?\\s+(${AGE})\\b(?![\\d/%+]|\\s*(?:years? of|hours|patients|weeks|months|miles|minutes))`, 'g'),
  // The same told of the candidate by a referee: "She is 34", "he's now 52" (a sentence's opening pronoun; "he is 12 weeks post-op" is no age).
  new RegExp(`(?<=(?:^|[.!?;:][ \\t]{1,3}|\\n[ \\t]{0,8}))(?:She|He)(?: is|'s|’s)(?: now)?\\s+(${AGE})\\b(?![\\d/%+.,]\\d|\\s*(?:years? of|hours|hrs?\\b|patients|weeks|months|miles|minutes|mins?\\b|km\\b|days|per|%|out of|th\\b))`, 'g'),
  // A birthday the writer passes, in figures or words: "after just turning 19, I packed my bag", "since turning forty" (not "turning 180
  // degrees", nor a baby's "after turning 12 months").
  new RegExp(`\\b(?:after|since|on|upon|before)[ \\t]+(?:just[ \\t]+)?turning[ \\t]+(${GROWN_AGE})\\b(?![\\d%]|[ \\t]*(?:degrees|patients|pages|percent|%|months|weeks|days|hours|years[ \\t]+(?:in|of(?![ \\t]+age)))\\b)`, 'gi'),
  // "at nineteen", "aged twenty": a number in words after "at" is an age.
  new RegExp(`\\b(?:at|aged)[ \\t]+(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${NUMBER_WORD})\\b(?![ \\t-]+(?:past|to|minutes|hours|percent|per|patients|staff|beds))`, 'gi'),
  // "Female, 37 yrs, married": an age alone in a cell of a details line.
  new RegExp(`(?<=(?:^|[\\n|•·,(])[ \\t]{0,3})(${AGE}[ \\t]{0,3}(?:yrs|years))\\b(?=[ \\t]{0,3}(?:[,.;|)\\n]|$))`, 'gm'),
  CHILD_YEARS_OLD,
  // The writer's age opening their sentence: "At 15 I became pregnant", "At 18, I joined" (not a clock's "At 9 I start", so from 13).
  // A Markdown quote's mark may open the line ("> At 38 I am…").
  /(?:^(?:>[ \t]*)?|[.!?][ \t]+)At[ \t]+(1[3-9]|[2-7]\d)(?=,?[ \t]+I\b)/gm,
  JOINED_AT,
  // The same told loosely, with a clause of the writer's after it: "At nearly 40, being afforded…", "At almost 30, I…".
  /(?:^(?:>[ \t]*)?|[.!?][ \t]+)At[ \t]+(?:nearly|almost|just[ \t]+under|just[ \t]+over)[ \t]+(1[6-9]|[2-7]\d)(?=,[ \t]+(?:I|being|my|with[ \t]+my)\b)/gm,
  // A child's age told whole with the writer its subject, no word before it: "I was nine years old when I heard…".
  /\bI was[ \t]+((?:[1-9]|1[0-5])[ -]years?[ -]old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[ -]years?[ -]old)\b/g,
  // "in my forties", "in my 40s", "in my late thirties", "during my early 50s", "into my sixties"
  /\b(?:in|during|into|throughout) (?:my|her|his) ((?:early |mid |mid-|late )?(?:twenties|thirties|forties|fifties|sixties|[2-6]0'?s))\b/gi,
  // A decade of life by its order: "in my fifth decade of life", "as I enter my fourth decade"; a decade told otherwise is a
  // career's ("my third decade in nursing", "now in my fourth decade caring for patients"). The words before the decade
  // are matched, not looked behind for: a lookbehind over runs of spaces is tried back from every position.
  /\bmy[ \t]+((?:third|fourth|fifth|sixth|seventh)[ \t]+decade[ \t]+of[ \t]+life)\b|\b(?:as|now|since)[ \t]+I[ \t]+(?:enter|turn|reach)\w*[ \t]+my[ \t]+((?:third|fourth|fifth|sixth|seventh)[ \t]+decade)\b(?![ \t]+(?:of|in|at|as|with|on|working|serving|practising|nursing|caring)\b)/gi,
  // "36 y.o.", "36yo", "36 y/o"
  new RegExp(`\\b(${AGE} ?y(?:\\.[ ]?o\\.?|o\\b|\\/o\\b))`, 'gi'),
  // A birth year as a generation: "a 1990 baby", "an '88 baby", "a 1980s kid", "a child of 1979"; and "my 40th birthday".
  /\b(?:an?|proud|true)[ \t]+((?:19|20)\d{2}s?|['’]\d{2}s?)[ \t]+(?:baby|babies|child|kid)\b|\bchild[ \t]+of[ \t]+((?:19|20)\d{2})\b|\bmy[ \t]+([1-9]\d(?:st|nd|rd|th))[ \t]+birthday\b/gi,
  // A decade of life and "something", the writer's age told loosely: "a 30-something nurse", "forty-something mother of three".
  // A child's age told as its own clause: "when my sister was diagnosed, I was twelve, and…", "We left Kabul; I was 9."
  /\bI was[ \t]+((?:[5-9]|1[0-5])(?!\d)|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?=[ \t]*[,.;)]|[ \t]*$)/gm,
  // The writer's age at a move or a start, the writer its verb's subject: "a paramedic who came to Leeds at 19.", "I qualified
  // at 23, then…" (from 13: "I started at 10" may be a clock's). A decimal is a count of hours ("moved to part-time at 22.5
  // hours"), and a piece of work started is no life event ("I started the dispensary audit at 15, then…" counts sites).
  new RegExp(`${AGE_AT_EVENT('came|moved|arrived|emigrated|migrated|fled|left|started|began|qualified|married|joined')}(?![.,]\\d)(?=[ \\t]*[.,;)]|[ \\t]*$)`, 'gm'),
  // With a purpose after it, only a life event's: "I moved back home at 47 to care for Mum" ("I arrived at 20 to find…",
  // "started my shift at 19 to prepare" tell a clock's time; "at 20 to 8" is one).
  new RegExp(`${AGE_AT_EVENT('came|moved|emigrated|migrated|fled|qualified|married')}(?=[ \\t]+to[ \\t]+[a-z])`, 'gm'),
  // The age the writer left school, which dates them and says how far they were schooled: "I left school at 15 with no
  // qualifications", "leaving school at 16 to work" (not a clock's "left school at 3.30" or "at 3pm").
  /\b(?:left|leaving|leave|quit|finished|finishing)[ \t]+(?:(?:secondary|high)[ \t]+)?(?:school|full-time[ \t]+education)[ \t]+at[ \t]+((?:1\d|[5-9])(?![\d.:,]\d|[ \t]*(?:am|pm|a\.m|p\.m|o['’]clock)\b))/gi,
  // An age with the writer's own clause after it: "I didn’t even know Podiatry existed at 17, when I started looking".
  /\bat[ \t]+(1[3-9]|[2-6]\d),[ \t]+when[ \t]+I\b/g,
  // The same in years of age (the verb before it is read in code: `MOVE_BEFORE`).
  YEARS_OF_AGE,
  // A count so written is no age: "sixty-something percent", "30-something patients".
  /\b((?:[2-6]0|twenty|thirty|forty|fifty|sixty)-?something)\b(?![ \t]+(?:percent|per|patients|people|staff|years|of|referrals|beds|cases)\b)/gi,
  // The year the writer left school, which dates them at about 16 or 18: "since leaving school in 1991", "I left school in 2003".
  // The whole clause goes, as "leaving school" beside a year's placeholder still tells the reader to count back. Only the
  // writer's own: "since leaving" has no other subject; "pupils leaving school in 2025" are someone else.
  /\b((?:(?:ever[ \t]+)?since[ \t]+(?:leaving|finishing)|(?<=\bI )(?:left|finished))[ \t]+(?:secondary[ \t]+|high[ \t]+)?school[ \t]+in[ \t]+(?:19|20)\d{2})\b/gi,
];

/** The years after a child's age in figures: " years old", "-years-old". */
const YEARS_OLD_AFTER = /^[ -]years?[ -]old\b/;

/** The groups of people a writer works with, whose ages are no one's own: "patients", "adults", "those". */
const GROUPS = 'patients|people|adults|men|women|residents|clients|individuals|those|anyone|everyone';
/** "patients aged 65", "adults aged 40–74", "one son aged 6": a clinical population or a child, not the candidate's age. */
const POPULATION = new RegExp(
  String.raw`\b(?:${GROUPS}|children|kids|sons?|daughters?|boys|girls|twins|grandchildren|population|cohort|over|under|between|students|pupils|young people)\s*$`,
  'i',
);

/** People the writer works with, just before an age in years: "people over", "patients aged", "men of". */
const GROUP_BEFORE = new RegExp(String.raw`\b(?:${GROUPS}|service[ \t]+users)[ \t]+(?:over|under|aged|of|above|below)[ \t]+$`, 'i');
/** What makes a "74-year-old" someone the writer treats: "admitted", "presenting", "patient", "with". */
const PATIENT_AFTER = /^[ \t]+(?:patient|admitted|presenting|presented|referred|attending|attended|brought|resident|client|with|who)\b/i;
/** The writer as the one of that age: "I am a", "As a", "Being a", or a clause opening "At", "Now", "Being" ("At 58 years old with…"). */
const WRITER_BEFORE = new RegExp(String.raw`(?:\b${WRITER_IS}[ \t]+an?|(?:^|[.!?;:\n][ \t]*)(?:At|Now|Being|Aged))[ \t]+$`);

/** Ages stated outright. Only the age goes ("I am [AGE]", "aged [AGE]"), except in brackets: "(age 37)" → "([AGE])". */
export function findAges(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of PATTERNS) {
    for (const m of matchAll(text, pattern)) {
      if (pattern === YEARS_OF_AGE && !moveBefore(text, m.index)) continue;
      if (pattern === JOINED_AT && COUNT_BEFORE.test(sentenceBefore(text, m.index))) continue;
      if ((pattern === PATTERNS[0] || pattern === PATTERNS[2] || pattern === CHILD_YEARS_OLD) && POPULATION.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
      // "I supported a girl excluded from school at only 10 years old": the child is someone the writer cares for.
      if (pattern === CHILD_YEARS_OLD && OTHER_AFTER_WRITER.test(afterWriter(clauseBefore(text, m.index)))) continue;
      // "people over 50 years old", "a 74-year-old admitted with chest pain": a client group or a patient, unless the writer is the one ("I am a 34-year-old…").
      if (pattern === PATTERNS[1] && (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || (PATIENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) && !WRITER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))))) continue;
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      // "when I was 15 years old": the years go with the number, as "15 years old" alone would.
      const end = m.index + m[0].lastIndexOf(value) + value.length;
      const bracketed = pattern === PATTERNS[0] && text[m.index - 1] === '(' && text[end] === ')';
      const years = pattern === PATTERNS[2] ? (YEARS_OLD_AFTER.exec(text.slice(end, end + 12))?.[0].length ?? 0) : 0;
      spans.push(makeSpan('age', bracketed ? m.index : end - value.length, end + years));
    }
  }
  for (const m of matchAll(text, BARE_ITEM)) {
    // The line around the number, 100 characters either way at most.
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const line = before.slice(before.lastIndexOf('\n') + 1) + after.split('\n', 1)[0];
    if (PERSONAL_ITEM.test(line)) spans.push(makeSpan('age', m.index, m.index + m[0].length));
  }
  // "DOB / Age:   1/9/78     48 years": one label for both, the age after the date on its line.
  for (const m of matchAll(text, DOB_AGE_LABEL)) {
    const from = m.index + m[0].length;
    const line = text.slice(from, from + 80).split('\n', 1)[0]!;
    for (const age of matchAll(line, AGE_VALUE)) {
      const rest = line.slice(age.index + age[0].length);
      // With its years, or last on the line: "22 May 1988   35" keeps the day.
      if (/\D$/.test(age[0]) || /^[ \t)]*$/.test(rest)) spans.push(makeSpan('age', from + age.index, from + age.index + age[0].length));
    }
  }
  // "I joined at the age of 18 as a care assistant": a grown-up's age at an event, when the writer is in its clause.
  for (const m of matchAll(text, AT_THE_AGE_OF)) {
    const clause = clauseBefore(text, m.index);
    // Or opening its sentence before the writer, maybe after an adverb or two: "At the age of 17 I did not know…", "Even now at
    // the age of fifty I often…".
    const opensForWriter = (!clause.trim() || LEAD_IN.test(clause)) && WRITER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    if ((WRITER_IN_CLAUSE.test(clause) && !OTHER_AFTER_WRITER.test(afterWriter(clause))) || opensForWriter || storySubject(clause)) spans.push(makeSpan('age', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  }
  // "I was lucky to retire at 55.", "completing my degree apprenticeship at 52": a stage of a working life the writer reached at
  // an age closing the clause (a patient's or a relative's after the writer is theirs).
  for (const m of matchAll(text, AGE_CLOSING)) {
    const clause = clauseBefore(text, m.index);
    if (LIFE_STAGE.test(clause) && WRITER_IN_CLAUSE.test(clause) && !OTHER_AFTER_WRITER.test(afterWriter(clause))) spans.push(makeSpan('age', m.index + m[0].length - m[1]!.length, m.index + m[0].length));
  }
  // "I moved here at 11", "we came to Leeds at 14": the writer's age at a move, in the rest of the clause (read in code).
  for (const m of matchAll(text, MOVED)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 50);
    const stop = window.search(/[.;!?\n]/);
    const at = MOVED_AT.exec(stop < 0 ? window : window.slice(0, stop));
    if (at) spans.push(makeSpan('age', from + at.index + at[0].length - at[1]!.length, from + at.index + at[0].length));
  }
  return spans;
}

/**
 * A grown-up's age after "at the age of" (a child's is read above): "at the age of 18", "worked since being 16", "since I was 17", "at the
 * age of seventeen"; and any age after "around the age of", which a service's offer uses too ("I began to stutter around the age of
 * six", not "We offer hearing screening around the age of four").
 */
const AT_THE_AGE_OF = new RegExp(
  String.raw`\b(?:(?:at|since|from|around|about) the age of|since (?:being|I was))[ \t]+(${GROWN_AGE}|(?<=(?:around|about) the age of[ \t])(?:${CHILD_AGE}))\b(?![\d%+]|[ \t]*(?:and|&|or|to|-|–)[ \t]*(?:\d|over|under|above|older|younger)\b|[ \t]*(?:months|weeks|days|hours)\b)`,
  'gi',
);
/** An adverb or two of time before the age, the writer's clause still to come: "Even now at the age of…", "Today, at the age of…". */
const LEAD_IN = /^[ \t]*(?:(?:even|now|today|still|then|so|yet|finally|eventually|later|only|just),?[ \t]+){1,2}$/i;
/** The writer straight after the age: "At the age of 17 I…", "At the age of 16, my…". */
const WRITER_AFTER = /^[ \t]*(?:,[ \t]*)?(?:I|[Mm]y)\b/;
/**
 * Whoever a story is about opening the clause, by pronoun or by name, then a life event: "Rishan Belete arrived in the UK … at the
 * age of 17", "She qualified at the age of 22" (a patient told with a title stays: "Mr Jones came in at the age of 80"); a name's
 * first word is checked in code (`storySubject`).
 */
const STORY_SUBJECT = /^[ \t]*(?:She|He|(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+(?:arrived|came|moved|joined|left|started|began|qualified|married|fled|emigrated|migrated)\b/u;
/** Whether a clause opens with a story's subject: She or He, or a name whose first word the name data knows ("Patients came…" is no one). */
function storySubject(clause: string): boolean {
  const m = STORY_SUBJECT.exec(clause);
  if (!m) return false;
  const first = m[1];
  return first === undefined || ((nameLexicon.givenNames.has(first) || nameLexicon.nameParts.has(first)) && !nameLexicon.notNames.has(first) && !isGenderedTitle(first));
}
/** The writer in the clause before it: "I joined", "my career began". */
const WRITER_IN_CLAUSE = /\b(?:I|my|My)\b/;
/** The writer's words in a clause, the last of which starts what says whose the age is. */
const WRITER_WORDS = /\b(?:I|my|My)\b/g;
/**
 * Someone else named after the writer, whose age it then is: "my caseload included a woman who …", "I cared for a man
 * diagnosed …" (a patient's age stays, as "a 74-year-old admitted with chest pain" does).
 */
const OTHER_AFTER_WRITER = /\b(?:man|woman|men|women|girl|boy|child|children|baby|teenager|lady|gentleman|person|patient|patients|resident|client|service[ \t]+user|he|she|who|mother|father|son|daughter|husband|wife|partner|brother|sister|grandmother|grandfather)\b/i;

/** The clause before an offset, within 80 characters: back to a full stop, a semicolon or a line's start. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1);
}

/** What a clause says after the writer's last word, or all of it where the writer is not named ("Moved to the UK at only 9 years old"). */
function afterWriter(clause: string): string {
  let from = 0;
  for (const m of matchAll(clause, WRITER_WORDS)) from = m.index + m[0].length;
  return clause.slice(from);
}

/** "British Indian (Sikh), 28, engaged": a bare number as an item of a list of personal details. */
const BARE_ITEM = /(?<=(?:^|[\n|•·,])[ \t]{0,3})(1[6-9]|[2-7]\d)(?=[ \t]{0,3}(?:[,|•·\n]|$))/gm;
/** What makes the list personal: another detail on the same line. */
const PERSONAL_ITEM = /\b(?:[Mm]ale|[Ff]emale|[Mm]arried|[Ss]ingle|[Ee]ngaged|[Dd]ivorced|[Ww]idowed|[Nn]ationality|British|Sikh|Muslim|Hindu|Christian|Catholic|Jewish|Buddhist|DOB|[Bb]orn)\b/;

/** One label for a date of birth and an age: "DOB / Age:", "Date of birth and age". */
const DOB_AGE_LABEL = /\b(?:date of birth|d\.?o\.?b\.?)[ \t]?(?:\/|&|and)[ \t]?age\b[ \t]?:?/gi;
/** An age in figures, maybe with its years, not part of a date ("1/9/78"). */
const AGE_VALUE = /(?<![\d/.-])(?:1[6-9]|[2-7]\d)(?:[ \t]?(?:years|yrs)(?:[ \t]old)?)?(?![\d/.-])/g;

/** An age after "at" that closes its clause: "at 52.", "at 60 and returned" (not "at 20 sites", "at 19:30", "at 20 to 8" or "at 22.5 hours"). */
const AGE_CLOSING = /\bat[ \t]+(1[6-9]|[2-7]\d)(?![\d:]|[.,]\d)(?=[ \t]*(?:[.,;!)]|$)|[ \t]+(?:and|to|when|after)[ \t]+[a-z])/gm;
/**
 * A stage of a working life that governs the "at": retiring, graduating, retraining, an apprenticeship or a degree taken, at
 * most three words before it ("retired from the NHS at 60"), and not a mark's or a placement's "at" ("my degree average was at
 * 74", "dissertation was marked at 72", "I was placed at 24").
 */
const LIFE_STAGE =
  /\b(?:retire|retired|retiring|retirement|graduated|graduating|retrained|retraining|apprenticeship|degree)(?:[ \t]+(?!(?:marked|graded|scored|average|placed|dissertation|mark|grade|score)\b)[^\s.,;]+){0,3}[ \t]*$/i;

const MOVED = /\b(?:I|[Ww]e)[ \t]+(?:first[ \t]+|then[ \t]+)?(?:moved|came|arrived|emigrated|relocated|migrated)\b/g;
const MOVED_AT = /[ \t]at[ \t]+(1[0-9]|[1-9])(?![\d:]|\.\d|[ \t]*(?:am|pm|o['’]clock))/;

/** A number just after the candidate's name on its line, alone as an item: "Tomasz Nowak, 34", "(34)", "| 41 |". */
const AFTER_NAME = /^[ \t]*(?:[,|•·–-][ \t]*|\([ \t]*)(1[6-9]|[2-7]\d)(?=[ \t]*(?:[,|•·)\n]|$))/;

/**
 * The candidate's age beside their name, as a CV's heading gives it ("Grace Mensah, 41"): the
 * name is found by the names' recogniser, and the number after it on the same line is their age.
 */
export function findAgeAfterName(text: string, name: string | null): Span[] {
  if (!name) return [];
  const spans: Span[] = [];
  const haystack = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    const end = at + needle.length;
    const m = AFTER_NAME.exec(text.slice(end, end + 12));
    if (m) spans.push(makeSpan('age', end + m[0].length - m[1]!.length, end + m[0].length));
  }
  return spans;
}

/** A number set off by commas straight after a person's name, as a story gives someone's age: "Daniel, 25, is…", "Bob Cassidy, 56, pictured", "Chelsea, 22 has…", "Andy, 30 who lives…". */
/** A child's age too, set off on both sides before a verb: "Quinton, 7, is living with…". */
export const AGE_SET_OFF = /^(?:[ \t]+is[ \t]+(1[6-9]|[2-9]\d)(?=[ \t]+and[ \t]+(?:from|lives|works|has)\b|[ \t]*[,.;](?:\s|$))|,[ \t]*(?:(1[6-9]|[2-9]\d)(?:,|(?=[ \t]+(?:has|is|was|had|works|worked|joined|trained|who)\b))|([1-9]|1[0-5]),(?=[ \t]+(?:is|was|has|had|lives|goes|attends)\b)))/;

/**
 * A grown-up's age in brackets straight after a name, as a news story lists people: "Imad (37) and Rabei (35)". A child's
 * stays here ("a boy, Kacper (8), with eczema" is a patient; the writer's own children go with their family's words).
 */
const AGE_BRACKETED = /^[ \t]?\((1[6-9]|[2-9]\d)\)(?=[ \t]*(?:[,.;:]|and\b|&|$)|[ \t]+\p{Ll})/u;
/** A caption's aside between a name and the age set off after it: "Ghaleb Daher (pictured top), 51,". */
const ASIDE = /^[ \t]?\([\p{Ll} ]{1,24}\)/u;

/**
 * A life event told of someone named, then their age at it: "Andy joined the Army at 16 as a musician", "Ama qualified at 23."
 * (a clock's "at 9" is too young; a decimal is hours).
 */
const NAMED_EVENT_AT = /^[ \t]+(?:joined|left|started|began|qualified|married|moved|came|arrived|emigrated|migrated|fled)\b[^.;:\n]{0,40}?\bat[ \t]+(1[3-9]|[2-6]\d)(?![.,:]\d|\d)(?=[ \t]*[.,;)]|[ \t]+as[ \t]+an?\b)/;
/** The ages given after the names found: any person's, as a news story or a staff profile names several. */
export function agesAfterNames(text: string, spans: readonly Span[]): Span[] {
  const ages: Span[] = [];
  for (const span of spans) {
    if (span.type !== 'name') continue;
    const after = span.end + (ASIDE.exec(text.slice(span.end, span.end + 28))?.[0].length ?? 0);
    const m = AGE_SET_OFF.exec(text.slice(after, after + 16)) ?? (after === span.end ? AGE_BRACKETED.exec(text.slice(after, after + 8)) : null);
    const age = m?.[1] ?? m?.[2] ?? m?.[3];
    if (m && age) ages.push(makeSpan('age', after + m[0].indexOf(age), after + m[0].indexOf(age) + age.length));
    const event = NAMED_EVENT_AT.exec(text.slice(span.end, span.end + 60));
    if (event) {
      const at = span.end + event[0].length - event[1]!.length;
      ages.push(makeSpan('age', at, at + event[1]!.length));
    }
  }
  return ages;
}
