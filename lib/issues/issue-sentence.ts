import type { z } from 'zod';

/** Where a problem is, in words: "Vacancy 1, panel member 2" and "name"; either may be absent. */
export interface PlaceAndField {
  place: string | null;
  field: string | null;
}

/** Words for each part of a path: a field name, or a list's name with its (0-based) index. */
export type PathWords = (key: string, index?: number) => string;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "criterionIds" → "criterion ids": the fallback for a key without words of its own. */
export const keyWords = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();

/**
 * Splits a path into the place (each list entry, "Vacancy 1, panel member 2") and the field (the
 * last key, "name"), in the words `words` gives.
 */
export function placeAndField(path: readonly PropertyKey[], words: PathWords): PlaceAndField {
  const places: string[] = [];
  let field: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (typeof next === 'number') {
      places.push(words(key, next));
      i++;
    } else if (i === path.length - 1) field = words(key);
    else places.push(words(key));
  }
  return { place: places.length ? upperFirst(places.join(', ')) : null, field };
}

/**
 * One problem as a plain sentence naming the field: "Strictness must be one of: relaxed, standard,
 * strict." or "Vacancy 1, panel member 2: the name must not be empty." `whole` names the whole file,
 * for problems with no field ("The file has an unexpected field: x."). The issue's message is what is
 * wrong, worded for the field as subject (`plainIssueMessage` as the error map).
 */
export function issueSentence(issue: z.core.$ZodIssue, words: PathWords, whole: string): string {
  // A key that is not allowed is the last part of the path itself, not a field.
  if (issue.code === 'invalid_key') {
    const { place, field } = placeAndField(issue.path.slice(0, -1), words);
    const where = [place, field].filter(Boolean).join(', ') || upperFirst(whole);
    return `${where} has a key that is not allowed: "${String(issue.path.at(-1))}".`;
  }
  const { place, field } = placeAndField(issue.path, words);
  const what = issue.message.replace(/\.$/, '');
  if (place && field) return `${place}: the ${field} ${what}.`;
  if (field) return `${upperFirst(field)} ${what}.`;
  if (!place || what.startsWith('has ')) return `${place ?? upperFirst(whole)} ${what}.`;
  return `${place}: ${what}.`;
}
