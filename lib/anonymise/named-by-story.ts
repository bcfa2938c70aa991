import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import { type NameRun, readNameRun, WEEKDAYS } from './name-run';
import { firstWordFrom, type Word } from './scan-words';

/** A child or relative told with the name they are called by: "a boy called Achu", "our daughter named Aami". */
const CALLED = /\b(?:a|an|my|our|his|her|their)[ \t]+(?:(?:baby|little|young|older|younger|eldest|youngest|twin)[ \t]+)?(?:boy|girl|son|daughter|baby|brother|sister|twin|child)[ \t]+(?:called|named)[ \t]+(?=\p{Lu})/gu;
/**
 * Someone the story introduces by their whole name: "a man called Monday Okafor", "a support worker named Efe Ogbu" (a line
 * may break inside the phrase). Two
 * capitalised words, of which the lists know the first as a given name or the second as a name part (a day's name is a
 * given name in West African families).
 */
const CALLED_PERSON = /\b(?:a|an|one)(?:[ \t]|\r?\n){1,2}(?:[\p{Ll}-]+(?:[ \t]|\r?\n){1,2}){0,2}(?:called|named)[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll})/gu;
/** What people call the writer: "Most people call me AdroitMedic", "friends call me Tolu". */
const CALL_ME = /\b(?:[Pp]eople|[Ee]veryone|[Ff]riends|[Cc]olleagues|[Pp]atients|[Tt]hey)[ \t]+call[ \t]+me[ \t]+(\p{Lu}\p{L}+)(?![\p{L}\p{N}])/gu;
/**
 * A speaker's label opening a turn of a transcript: "Judy Dean: I became…" (two or three capitalised words, a colon, then
 * words). A CV's rotations and placements take the same shape ("Kings Mill: acute medical unit, six months"), so a label is
 * a speaker only in a transcript's turns (see transcriptSpeakers).
 */
const SPEAKER = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){1,2}):[ \t]+(?=\p{L})/gmu;
/** A speaker's initials opening a turn: "SC: What qualifications…". */
const INITIALS = /^[ \t]*(\p{Lu}{2,3}):[ \t]+(?=\p{Lu}\p{Ll}*[ \t]+\p{L})/gmu;
/** A turn in a speaker's own voice, a first or second person or a question ("I began as…", "How did you start?"); a placement's ward and dates have neither. */
const SPOKEN = /(?<![\p{L}'’])(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)(?!\p{L})|\?/u;
/** Words before a place's name, not a person's: "at Wexham Park", "in Hemel Hempstead". */
const PLACE_BEFORE = new Set(['at', 'in', 'near', 'around', 'across', 'outside']);
/**
 * A given name that is also a word, capitalised inside a sentence before what a person does: "the only words Frank could
 * say", "At the time Frank was a…". The word's own sense is written in lower case there.
 */
const WORD_NAME_ACTS = /(?<=[\p{Ll},][ \t]{1,3})(\p{Lu}\p{Ll}+)(?=[ \t]+(?:could|said|told|asked|smiled|laughed|cried|replied|whispered)\b)/gu;
/** Words after which a capitalised word is a thing's name, not a person: "my Faith was", "the Grace was". */
const DETERMINER_BEFORE = /\b(?:my|our|your|his|her|their|the|a|an|this|that)[ \t]{1,3}$/;
/** A title's byline after a dash: "Five Years Out – By Bronya Glet". */
const DASH_BY = /[ \t][–—-][ \t]+(?:[Bb]y|BY)[ \t]+(?=\p{Lu})/gu;

/**
 * Names a story or an interview gives by its own shape, where no list knows the name (real CVs pasting a newsletter's profile
 * or an interview): a child "called" a name, the name people "call me", a speaker's label in a transcript whose name the
 * story also gives in running text, and a title's byline after a dash.
 */
export function namedByStory(text: string, words: Word[]): NameRun[] {
  const seeds: NameRun[] = [];
  for (const m of matchAll(text, CALLED)) {
    const word = words[firstWordFrom(words, m.index + m[0].length)];
    if (word?.start === m.index + m[0].length && word.kind === 'cap' && !nameLexicon.notNames.has(word.text)) seeds.push({ parts: [word.text], start: word.start, end: word.end });
  }
  for (const m of matchAll(text, CALLED_PERSON)) {
    const index = firstWordFrom(words, m.index + m[0].length);
    const [first, second] = [words[index], words[index + 1]];
    if (first?.start !== m.index + m[0].length || !first.joinsNext || first.kind !== 'cap' || second?.kind !== 'cap' || nameLexicon.organisationSuffixes.has(second.text)) continue;
    const given = (nameLexicon.givenNames.has(first.text) || WEEKDAYS.test(first.text) || !nameLexicon.notNames.has(first.text)) && !nameLexicon.notNames.has(second.text);
    if (given && (nameLexicon.givenNames.has(first.text) || nameLexicon.nameParts.has(second.text))) seeds.push({ parts: [first.text, second.text], start: first.start, end: second.end });
  }
  for (const m of matchAll(text, CALL_ME)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (!nameLexicon.notNames.has(name)) seeds.push({ parts: [name], start, end: start + name.length });
  }
  seeds.push(...transcriptSpeakers(text, words));
  // A word-like name is told twice or more: counted once per name, not once per mention.
  const toldTwice = new Map<string, boolean>();
  for (const m of matchAll(text, WORD_NAME_ACTS)) {
    const name = m[1]!;
    // A name the story gives twice or more, never after a determiner.
    if (!nameLexicon.givenNames.has(name) || !nameLexicon.wordLike.has(name) || DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (toldTwice.has(name)) continue;
    const twice = text.indexOf(name, text.indexOf(name) + name.length) >= 0;
    toldTwice.set(name, twice);
    if (twice) seeds.push({ parts: [name], start: m.index, end: m.index + name.length });
  }
  for (const m of matchAll(text, DASH_BY)) {
    const at = m.index + m[0].length;
    const index = firstWordFrom(words, at);
    const run = words[index]?.start === at ? readNameRun(words, index, { minParts: 2, max: 3 }) : null;
    // The byline ends its line: the title's last words.
    if (run && /^[ \t]*(?:\r?\n|$)/.test(text.slice(run.end, run.end + 3))) seeds.push(run);
  }
  return seeds;
}

interface Turn {
  /** The speaker's initials, which the same speaker's turns share whether labelled by name or by initials. */
  key: string;
  label?: { parts: string[]; start: number; end: number };
}

/**
 * The named speakers of a transcript. Its turns are spoken (see SPOKEN) and go back and forth: three turns or more, between
 * two speakers or more, one of whom speaks again (by name or initials). A speaker is someone its running text names too, by
 * no word a list knows as no name ("Mental Health: …" is a heading, "Grace Park: …" a place), and never as a place: a label
 * the text also writes before an organisation's word ("Kings Mill Hospital") or after "at"/"in" is a hospital or a town.
 */
function transcriptSpeakers(text: string, words: Word[]): NameRun[] {
  const turns: Turn[] = [];
  const spoken = (from: number) => {
    const end = text.indexOf('\n', from);
    return SPOKEN.test(text.slice(from, end < 0 ? text.length : end));
  };
  for (const m of matchAll(text, SPEAKER)) {
    if (!spoken(m.index + m[0].length)) continue;
    const name = m[1]!;
    const parts = name.split(/[ \t]/);
    const start = m.index + m[0].indexOf(name);
    turns.push({ key: parts.map((part) => part.charAt(0)).join(''), label: { parts, start, end: start + name.length } });
  }
  for (const m of matchAll(text, INITIALS)) if (spoken(m.index + m[0].length)) turns.push({ key: m[1]! });
  const said = new Map<string, number>();
  for (const turn of turns) said.set(turn.key, (said.get(turn.key) ?? 0) + 1);
  if (turns.length < 3 || said.size < 2 || ![...said.values()].some((count) => count >= 2)) return [];

  const labels = new Map<string, NonNullable<Turn['label']>>();
  for (const { label } of turns) {
    if (!label || nameLexicon.wordLike.has(label.parts[0]!) || label.parts.some((part) => nameLexicon.notNames.has(part) || nameLexicon.organisationSuffixes.has(part))) continue;
    labels.set(label.parts.join(' '), label);
  }
  if (!labels.size) return [];
  // Where each label's first word stands, found in one pass over the words.
  const firsts = new Map<string, number[]>();
  for (const label of labels.values()) firsts.set(label.parts[0]!, []);
  words.forEach((word, index) => {
    firsts.get(word.text)?.push(index);
  });
  const seeds: NameRun[] = [];
  for (const label of labels.values()) {
    let elsewhere = false;
    let place = false;
    for (const index of firsts.get(label.parts[0]!)!) {
      const word = words[index]!;
      if (word.start === label.start || !label.parts.every((part, k) => words[index + k]?.text === part)) continue;
      const after = words[index + label.parts.length];
      const before = words[index - 1];
      if ((after && nameLexicon.organisationSuffixes.has(after.text)) || (before && PLACE_BEFORE.has(before.text))) place = true;
      elsewhere = true;
    }
    if (elsewhere && !place) seeds.push({ parts: label.parts, start: label.start, end: label.end });
  }
  return seeds;
}

/** Speakers' initials that spell a person already found, as a transcript's turns give them: "SC:" for Simon Carvell. */
export function initialsOfSpeakers(text: string, seeds: readonly NameRun[]): NameRun[] {
  const initials = new Map<string, NameRun>();
  for (const seed of seeds) if (seed.parts.length >= 2 && seed.parts.length <= 3) initials.set(seed.parts.map((part) => part.charAt(0)).join(''), seed);
  const found: NameRun[] = [];
  if (!initials.size) return found;
  for (const m of matchAll(text, INITIALS)) {
    if (!initials.has(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    found.push({ parts: [m[1]!], start, end: start + m[1]!.length });
  }
  return found;
}
