import nlp from 'compromise';
import type { Inflect } from '../lib/wordlists/expand-phrase';

const clean = (forms: (string | undefined)[]) =>
  forms.filter((f): f is string => typeof f === 'string' && f.length > 0).map((f) => f.toLowerCase().trim());

/** Inflected forms of a phrase by compromise: plurals, verb tenses, -ly adverbs and comparatives. */
export const inflect: Inflect = (phrase, kind) => {
  const doc = nlp(phrase);
  if (kind === 'noun') return clean([doc.nouns().toPlural().text()]).filter((f) => f !== phrase);
  if (kind === 'verb') {
    const [forms] = doc.verbs().conjugate() as Record<string, string>[];
    if (!forms) return [];
    return clean([forms.PastTense, forms.PresentTense, forms.Gerund, forms.Infinitive]).filter((f) => !f.startsWith('will '));
  }
  const [json] = doc.adjectives().json() as { adjective?: Record<string, string> }[];
  const forms = json?.adjective ?? {};
  const short = phrase.length <= 6 && !phrase.includes(' ');
  return clean([
    forms.adverb?.endsWith('ly') ? forms.adverb : undefined,
    short ? forms.comparative : undefined,
    short ? forms.superlative : undefined,
  ]);
};
