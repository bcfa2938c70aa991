import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** At most this many problems are listed; the rest are counted. */
export const MAX_ERRORS = 20;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'empty (null)',
};

/** "relaxed, standard, strict": values as a person reads them. */
const listed = (values: readonly unknown[]) => values.map(String).join(', ');

/**
 * Plain-English wording for zod's issue codes, used as the error map when stored or imported data is
 * validated. Messages written into the schema itself (refinements) are kept as they are.
 */
export function plainIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return min === 1 ? 'must have at least one entry' : `must have at least ${min} entries`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array') return `must have at most ${max} entries`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return 'is missing';
      return issue.values.length === 1 ? `must be ${listed(issue.values)}` : `must be one of: ${listed(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date like 2026-03-31';
      if (issue.format === 'datetime') return 'must be a date and time like 2026-03-31T09:30:00.000Z';
      if (issue.format === 'url') return 'must be a web address';
      return 'is not in the right format';
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      return options?.length ? `must be one of: ${listed(options)}` : 'is not in a form De-bias recognises';
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unexpected field' : 'unexpected fields'}: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

/** `["vacancies", 0, "panel", 1, "name"]` → `vacancies[0].panel[1].name`; odd keys are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z0-9_-]+$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * "path: message" lines, at most `MAX_ERRORS` and then a count of the rest. Problems with the whole
 * object are given `root` as their path ("backup: has an unexpected field: x").
 */
export function formatIssues(issues: readonly Issue[], root = 'data'): string[] {
  return listProblems(issues.map((i) => `${formatPath(i.path) || root}: ${i.message}`));
}

/** Each problem once, at most `MAX_ERRORS`, then a count of the rest. */
export function listProblems(lines: readonly string[]): string[] {
  const unique = [...new Set(lines)];
  if (unique.length <= MAX_ERRORS) return unique;
  const rest = unique.length - MAX_ERRORS;
  return [...unique.slice(0, MAX_ERRORS), `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`];
}
