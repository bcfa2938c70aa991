// Named imports, so the bundle leaves out the description and the examples.
import { rules, sources, words } from '../../wordlists/plain-english.json';
import type { Doc } from '../engine/document';
import { GAP, type Token } from '../engine/tokenize';
import type { PlainEnglishFile } from './schema';

// Validated by tests/unit/plain-english/data.test.ts; the content script ships the data without zod.
export const PLAIN_ENGLISH = { rules, sources, words } as unknown as Pick<PlainEnglishFile, 'rules' | 'sources' | 'words'>;

interface Form {
  words: string[];
  plain: string[];
  notAfter: string[];
  source: string;
}

/** Every form by its first word, longest first, built once. */
const BY_FIRST_WORD = new Map<string, Form[]>();
for (const entry of PLAIN_ENGLISH.words) {
  for (const [phrase, plain] of Object.entries(entry.forms)) {
    const words = phrase.split(' ');
    const list = BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ words, plain, notAfter: entry.notAfter ?? [], source: entry.source });
    list.sort((a, b) => b.words.length - a.words.length);
    BY_FIRST_WORD.set(words[0]!, list);
  }
}

/**
 * Which tokens may start a form: `marks` by the text's word numbers (Doc.wordsIn), read at a token's
 * `norm` number, so findPlainWords looks up only the words that start one, not every word.
 */
export interface FormStarts {
  marks: Uint8Array;
  norm: Int32Array;
}

export function formStartsIn(doc: Doc): FormStarts {
  return { marks: doc.wordsIn(BY_FIRST_WORD), norm: doc.wordIds().norm };
}

/** "“start” or “begin”" */
const quoteList = (plain: string[]) => plain.map((p) => `“${p}”`).join(' or ');

/** The first formal word or phrase in tokens [from, to), with its plain alternatives. */
export function findPlainWords(
  tokens: Token[],
  from: number,
  to: number,
  starts: FormStarts,
): { start: number; end: number; vars: Record<string, string>; alternatives: string[]; source: string } | null {
  for (let k = from; k < to; k++) {
    if (starts.marks[starts.norm[k]!] === 0) continue;
    const forms = BY_FIRST_WORD.get(tokens[k]!.norm)!;
    for (const form of forms) {
      const n = form.words.length;
      if (k + n > to) continue;
      let all = true;
      for (let w = 1; w < n && all; w++) all = tokens[k + w]!.norm === form.words[w];
      if (!all || (k > from && form.notAfter.includes(tokens[k - 1]!.norm))) continue;
      // Part of a hyphenated word ("co-facilitate", "commencement-date"): the plain word would not fit.
      if (tokens[k]!.quoted || tokens[k]!.gap & GAP.HYPHEN || (tokens[k + n]?.gap ?? 0) & GAP.HYPHEN) continue;
      return {
        start: tokens[k]!.start,
        end: tokens[k + n - 1]!.end,
        vars: { plain: form.plain[0]!, plainList: quoteList(form.plain) },
        alternatives: form.plain,
        source: form.source,
      };
    }
  }
  return null;
}
