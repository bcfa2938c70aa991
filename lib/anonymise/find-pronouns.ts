import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

const PRONOUN = /\b(?:he's|she's|he’s|she’s|himself|herself|he|she|him|his|hers|her)\b/gi;
const SIMPLE: Record<string, string> = { him: 'them', his: 'their', hers: 'theirs', himself: 'themselves', herself: 'themselves' };
/** After "her", these make it an object ("thanked her for", "moved her nearer", "showed her how"), not a possessive ("her patients"). */
const AFTER_OBJECT_HER =
  /^(?:[\s]*$|[\s]*[.,;:!?)"'’—–-]|\s+(?:to|and|or|in|on|at|with|for|from|about|as|by|into|that|the|a|an|this|these|those|when|if|up|out|back|again|through|during|because|so|but|then|well|very|too|also|over|off|down|around|on|since|until|while|who|which|myself|personally|directly|closely|regularly|nearer|closer|away|alone|here|there|now(?!-)|today|yesterday|tomorrow|twice|how|what|where|why|whether)\b)/i;
/**
 * A verb of naming before "her" and a capitalised word after: the name she is called, no noun of hers ("colleagues call her
 * Bee" → "call them Bee"; "she calls her team" keeps "their").
 */
const NAMING_BEFORE = /\b(?:call(?:s|ed|ing)?|named?)[ \t]+$/i;
const NAME_AFTER = /^\s+["“'‘]?[A-Z]/;
const IRREGULAR: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", goes: 'go' };
/** Adverbs that may stand between "he"/"she" and the verb: "he now leads", "she also works", "he regularly teaches". */
const ADVERBS = new Set(['now', 'also', 'always', 'often', 'never', 'still', 'sometimes', 'already', 'even', 'just', 'then', 'seldom', 'soon', 'too']);
const isAdverb = (word: string) => ADVERBS.has(word) || /^[a-z]{2,}ly$/.test(word);
/**
 * A past participle after "he's"/"she's", where the "'s" is "has": regular ones and the irregular ones a story or a reference
 * tells ("he’s come to the UK", "she’s met", "he’s taught").
 */
const HAS_PARTICIPLE =
  /(?:ed|en|wn|been|got|done|had|led|made|won|taught|brought|built|come|become|gone|run|begun|found|kept|lost|met|paid|said|sent|spent|stood|thought|told|felt|heard|held|learnt|fought|bought|caught|sought|dealt|meant|worn)$/;
/** Words ending as a participle does that say what someone is ("she's dedicated", "he's keen"): "'s" is "is" before them. */
const IS_ADJECTIVE = new Set(
  'keen open even dedicated motivated experienced interested committed organised organized skilled talented determined devoted focused focussed based registered employed married retired pleased delighted excited qualified known'.split(' '),
);
/** "he or she", "his/her", "him or her": a pair already says no one's gender, and stays as written. */
const EITHER_PAIR = /\b(?:he|she|him|her|his|hers)(?:[ \t]+or[ \t]+|\/)(?:he|she|him|her|his|hers)\b/gi;
/**
 * An auxiliary before the pronoun, as an inversion puts it: opening a clause ("Has he been…?") or after
 * "only", "nor", "never" and perhaps one word more ("Not only has he been", "Only then was he offered", "nor was she told"); it agrees with "they" too. Read on
 * the 24 characters before the pronoun, so "^" is the text's start. "My mentor was she…" is no inversion.
 */
const INVERTED_BEFORE = /(?:^|[.!?;:\n(][ \t]*|\b(?:only|nor|neither|never|rarely|seldom|so)[ \t]+(?:\p{L}+[ \t]+)?)(has|is|was|does|hasn't|isn't|wasn't|doesn't|hasn’t|isn’t|wasn’t|doesn’t)[ \t]+$/iu;
/** What follows the pronoun in an inversion: a participle, "not" or an adverb before one ("has he been", "was she asked", "has she ever missed"). */
const INVERTED_AFTER = /^[ \t]+(?:been|not|never|ever|also|always|just|already|still|recently|[a-z]+(?:ing|ed|en))\b/;
/** Verbs after which "her home" is the person taken home, not her house: "sent her home", "drove her home". */
const TAKEN_HOME = /\b(?:send|sends|sent|take|takes|took|taken|bring|brings|brought|drive|drives|drove|driven|walk|walks|walked|see|saw|seen|get|got|let|allow|allowed)[ \t]+$/i;
/** "home" ending the phrase, as the place someone is taken ("sent her home early", "drove her home."), not "her home address". */
const HOME_ENDS = /^[ \t]+home(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:with|from|after|before|safely|early|again|and|to|by|in|on|at|when|because|as|once|until|while|so|then|later|today|tonight|yesterday)\b)/i;
const NOT_VERBS = new Set(['always', 'perhaps', 'sometimes', 'as', 'thus', 'plus', 'less', 'unless', 'nevertheless', 'regardless', 'towards', 'across', 'this', 'is', 'was', 'has', 'does', 'us', 'its', 'yes', 'his', 'hers', 'series', 'news']);

function matchCase(word: string, model: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (model[0] === model[0]?.toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** "works" → "work", "teaches" → "teach", "carries" → "carry"; null when it is not a present-tense verb. */
function baseForm(verb: string): string | null {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (NOT_VERBS.has(lower) || !/^[a-z]{3,}s$/.test(lower) || /(?:ss|us|is)$/.test(lower)) return null;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** A verb joined to the one before: ", supervises", " and manages", " and also manages". */
const NEXT_VERB = /^(,?[ \t]+(?:and|or)[ \t]+|,[ \t]+)([A-Za-z’']+)(?:[ \t]+([A-Za-z’']+))?/;
/** A word before which the one read as a verb is a plural subject instead: "and patients are waiting". */
const SUBJECT_NEXT = /^[ \t]+(?:are|were|have|had|do|did|can|could|will|would|should|may|might|must|need)\b/;

/**
 * The verbs coordinated with the pronoun's first verb, made to agree too: "he now leads and manages"
 * → "they now lead and manage", "she trains, supervises and assesses". A list joined by commas
 * counts only when an "and" or "or" closes it, so "When he arrives, patients…" keeps its noun.
 * Returns the rewritten text after `from` and how many characters it covers (bounded by the list).
 */
function coordinatedVerbs(text: string, from: number): { text: string; length: number } {
  let out = '';
  let length = 0;
  let pending = '';
  let pendingLength = 0;
  for (let i = 0; i < 6; i++) {
    const m = NEXT_VERB.exec(text.slice(from + length + pendingLength, from + length + pendingLength + 50));
    if (!m) break;
    const adverb = m[3] && isAdverb(m[2]!) ? m[2]! : null;
    const verb = adverb ? m[3]! : m[2]!;
    const base = baseForm(verb);
    const after = from + length + pendingLength + (adverb ? m[0].length : m[1]!.length + verb.length);
    if (!base || verb[0] !== verb[0]!.toLowerCase() || SUBJECT_NEXT.test(text.slice(after, after + 12))) break;
    const pieceText = text.slice(from + length + pendingLength, after);
    // Keep the blanks as written: only the verb's ending changes.
    const rewritten = `${pieceText.slice(0, pieceText.length - verb.length)}${base}`;
    if (!/\b(?:and|or)\b/.test(m[1]!)) {
      pending += rewritten;
      pendingLength += pieceText.length;
      continue;
    }
    out += pending + rewritten;
    length += pendingLength + pieceText.length;
    pending = '';
    pendingLength = 0;
  }
  return { text: out, length };
}

/** A word of the window after the pronoun's verb: a word, or one mark of punctuation. */
const WINDOW_WORD = /[A-Za-z’']+|[^A-Za-z’'\s]/g;
/** What ends the pronoun's clause before a later verb ("that", "who", a verb of its own: "she said the ward is busy and needs…"), or gives it a new subject. */
const OTHER_CLAUSE = new Set(
  'that who whom whose which where what when while whilst because although though since until unless if is was are were has have had does do did he she they i we you it there'.split(' '),
);
/** Verbs of saying or thinking: a later verb belongs to the clause they report ("she said the clinic opens … and often runs late"). */
const REPORTING = new Set(
  'said says say thinks think thought feels feel felt told tells tell believes believe believed knows know knew explained explains mentioned mentions reported reports wrote writes hopes hoped'.split(' '),
);
/**
 * After a later verb, what makes it a plural noun instead: a list going on ("and also students, and…") or its own verb ("but costs keep
 * rising", "but babies don't always wait", "but rotas can change").
 */
const NOUN_AFTER = /^[ \t]*(?:,|(?:and|or|keep|remain|rise|grow|stay|seem|go|come|continue|are|were|do|don['’]t|can|can['’]t|cannot|will|won['’]t|may|might|must|should|need)\b)/;
const DETERMINERS = new Set('the a an her his their my our its your this these those each every all some many any no'.split(' '));
/** Words read after the pronoun's verb for a later one, at most. */
const MAX_LATER_WORDS = 14;

/**
 * A verb that takes up the pronoun again after "and" or "but", past an object: "he completed his
 * registration and now works" → "and now work", "she fears for her life, but is in limbo" → "but are".
 * A plural noun after "and" reads as a verb too ("she trains nurses and doctors"), so a regular verb
 * counts only after an adverb or after "but"; "is", "has", "was" and "does" always do. The clause ends at
 * punctuation that closes it, at a word that opens another clause, and at another subject.
 */
function laterVerb(text: string, from: number): Span | null {
  const ahead = text.slice(from, from + 120);
  const words = [...matchAll(ahead, WINDOW_WORD)];
  for (let i = 0; i < Math.min(words.length - 1, MAX_LATER_WORDS); i++) {
    const word = words[i]![0];
    if (/^[.!?;:()"“”]$/.test(word) || /\n/.test(ahead.slice(words[i]!.index, words[i + 1]!.index))) return null;
    const lower = word.toLowerCase();
    if (OTHER_CLAUSE.has(lower)) return null;
    // Another verb in "-s" after a noun has a subject of its own: "the rota works well and rarely changes" (not "her patients").
    if (lower !== 'and' && lower !== 'but') {
      if (i > 0 && word === lower && baseForm(word) && !DETERMINERS.has(words[i - 1]![0].toLowerCase())) return null;
      continue;
    }
    const adverb = isAdverb(words[i + 1]![0]) ? words[i + 1]! : null;
    const verb = words[i + (adverb ? 2 : 1)];
    if (!verb || verb[0] !== verb[0].toLowerCase()) continue;
    const base = baseForm(verb[0]);
    const irregular = IRREGULAR[verb[0].replace('’', "'")];
    if (!base || !(adverb || lower === 'but' || irregular)) continue;
    // A plural object joined straight on, or already a list, makes a later plural its like: "teaches nurses and sometimes doctors",
    // "covers nights and weekends, but occasionally days" ("assesses students, and also teaches" is a verb).
    const plural = words[0]![0] === words[0]![0].toLowerCase() && baseForm(words[0]![0]);
    if (!irregular && plural && (i === 1 || words.slice(1, i).some((w) => w[0] === 'and'))) return null;
    const after = from + verb.index + verb[0].length;
    if (SUBJECT_NEXT.test(text.slice(after, after + 12)) || NOUN_AFTER.test(text.slice(after, after + 12))) return null;
    return makeSpan('pronoun', from + verb.index, after, { replacement: base });
  }
  return null;
}

/** A capitalised word after the letters ("HIS Officer", "SHE Lead"), an article before them ("the HIS") or brackets round them ("(HIS)"). */
const TITLE_WORD_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
const ARTICLE_BEFORE = /\b(?:the|a|an|The|A|An)[ \t]+$/;
const BRACKETED = /^\([A-Z]+\)$/;

/**
 * A pronoun's letters in capitals used as an abbreviation: a hospital information system's "HIS
 * Officer", a safety, health and environment "SHE Lead", "the HIS", "(HIS)". A pronoun in capitals
 * among words in capitals ("HE IS A NURSE") or alone ("I thanked HER") stays a pronoun.
 */
function isAbbreviation(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.length < 2 || word !== word.toUpperCase()) return false;
  return TITLE_WORD_AFTER.test(text.slice(end, end + 4)) || ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || BRACKETED.test(text.slice(start - 1, end + 1));
}

/**
 * Gendered pronouns → "they" forms, as plain words (not placeholders). A following present-tense
 * verb is made to agree ("she works" → "they work", "he is" → "they are"), so the span covers both.
 * "her" is "their" before a noun and "them" otherwise; "he's"/"she's" become "they've" before a past
 * participle and "they're" otherwise.
 */
export function findPronouns(text: string): Span[] {
  const spans: Span[] = [];
  const pairs = [...matchAll(text, EITHER_PAIR)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of matchAll(text, PRONOUN)) {
    const word = m[0];
    const lower = word.toLowerCase().replace('’', "'");
    let start = m.index;
    let end = start + word.length;
    if (pairs.some(([from, to]) => start >= from && end <= to)) continue;
    if (isAbbreviation(text, start, end)) continue;
    let replacement: string;
    const inverted = lower === 'he' || lower === 'she' ? INVERTED_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    if (inverted && INVERTED_AFTER.test(text.slice(end, end + 30))) {
      // "has he been" → "have they been": the auxiliary goes with the pronoun.
      const auxiliary = inverted[1]!;
      start -= inverted[0].length - inverted[0].indexOf(auxiliary);
      replacement = `${matchCase(IRREGULAR[auxiliary.toLowerCase().replace('’', "'")]!, auxiliary)} they`;
    } else if (lower === 'he' || lower === 'she') {
      replacement = 'they';
      // The verb may follow one adverb: "he now leads" → "they now lead".
      const next = /^(\s+)([A-Za-z’']+)(?:(\s+)([A-Za-z’']+))?/.exec(text.slice(end, end + 40));
      const adverb = next?.[4] && isAdverb(next[2]!.toLowerCase()) ? next[2]! : null;
      const verb = adverb ? next![4]! : next?.[2];
      const base = verb ? baseForm(verb) : null;
      if (next && base) {
        const between = adverb ? `${next[1]}${adverb}${next[3]}` : next[1]!;
        replacement = `they${between}${matchCase(base, verb!)}`;
        end += between.length + verb!.length;
        const more = coordinatedVerbs(text, end);
        replacement += more.text;
        end += more.length;
      }
      const later = verb && REPORTING.has(verb.toLowerCase()) ? null : laterVerb(text, end);
      if (later) spans.push(later);
    } else if (lower === "he's" || lower === "she's") {
      // The participle may follow one adverb: "she's always wanted", "he's just come back".
      const next = /^\s+(\w+)(?:\s+(\w+))?/.exec(text.slice(end, end + 40));
      const verb = (next?.[2] && isAdverb(next[1]!.toLowerCase()) ? next[2] : next?.[1])?.toLowerCase() ?? '';
      // The writer's apostrophe is kept: "she’s" → "they’ve".
      replacement = (HAS_PARTICIPLE.test(verb) && !IS_ADJECTIVE.has(verb) ? "they've" : "they're").replace("'", word.includes('’') ? '’' : "'");
    } else if (lower === 'her') {
      const object = AFTER_OBJECT_HER.test(text.slice(end, end + 30)) || (NAMING_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && NAME_AFTER.test(text.slice(end, end + 6))) || (HOME_ENDS.test(text.slice(end, end + 20)) && TAKEN_HOME.test(text.slice(Math.max(0, start - 12), start)));
      replacement = object ? 'them' : 'their';
    } else {
      replacement = SIMPLE[lower] ?? 'they';
    }
    spans.push(makeSpan('pronoun', start, end, { replacement: start < m.index ? replacement : matchCase(replacement, word) }));
  }
  return spans;
}
