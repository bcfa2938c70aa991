import { matchAll } from './match-all';
import { nameLexicon } from './name-lexicon';
import { type NameRun, readNameRun } from './name-run';
import { firstWordFrom, type Word } from './scan-words';

/** A child or relative told with the name they are called by: "a boy called Achu", "our daughter named Aami". */
const CALLED = /\b(?:a|an|my|our|his|her|their)[ \t]+(?:(?:baby|little|young|older|younger|eldest|youngest|twin)[ \t]+)?(?:boy|girl|son|daughter|baby|brother|sister|twin|child)[ \t]+(?:called|named)[ \t]+(?=\p{Lu})/gu;
/** What people call the writer: "Most people call me AdroitMedic", "friends call me Tolu". */
const CALL_ME = /\b(?:[Pp]eople|[Ee]veryone|[Ff]riends|[Cc]olleagues|[Pp]atients|[Tt]hey)[ \t]+call[ \t]+me[ \t]+(\p{Lu}\p{L}+)(?![\p{L}\p{N}])/gu;
/** A speaker's label opening a turn of a transcript: "Judy Dean: I became…" (two or three capitalised words, a colon, then words). */
const SPEAKER = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){1,2}):[ \t]+(?=\p{L})/gmu;
/** A speaker's initials opening a turn: "SC: What qualifications…". */
const INITIALS = /^[ \t]*(\p{Lu}{2,3}):[ \t]+(?=\p{Lu}\p{Ll}*[ \t]+\p{L})/gmu;
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
 * Names a story or an interview gives by its own shape (round 35): a child "called" a name, the name people "call me", a
 * speaker's label in a transcript whose name the story also gives in running text, and a title's byline after a dash.
 */
export function namedByStory(text: string, words: Word[]): NameRun[] {
  const seeds: NameRun[] = [];
  for (const m of matchAll(text, CALLED)) {
    const word = words[firstWordFrom(words, m.index + m[0].length)];
    if (word?.start === m.index + m[0].length && word.kind === 'cap' && !nameLexicon.notNames.has(word.text)) seeds.push({ parts: [word.text], start: word.start, end: word.end });
  }
  for (const m of matchAll(text, CALL_ME)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (!nameLexicon.notNames.has(name)) seeds.push({ parts: [name], start, end: start + name.length });
  }
  // A transcript has two turns or more; a speaker is someone its running text names too, by no word a list knows as no name
  // ("Mental Health: …" is a heading, "Grace Park: …" a place).
  const speakers = [...matchAll(text, SPEAKER)];
  if (speakers.length + [...matchAll(text, INITIALS)].length >= 2) {
    for (const m of speakers) {
      const name = m[1]!;
      const parts = name.split(/[ \t]/);
      const start = m.index + m[0].indexOf(name);
      if (nameLexicon.wordLike.has(parts[0]!) || parts.some((part) => nameLexicon.notNames.has(part)) || text.indexOf(name) === start) continue;
      seeds.push({ parts, start, end: start + name.length });
    }
  }
  for (const m of matchAll(text, WORD_NAME_ACTS)) {
    const name = m[1]!;
    // A name the story gives twice or more, never after a determiner.
    if (!nameLexicon.givenNames.has(name) || !nameLexicon.wordLike.has(name) || DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (text.indexOf(name, text.indexOf(name) + name.length) < 0) continue;
    seeds.push({ parts: [name], start: m.index, end: m.index + name.length });
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
