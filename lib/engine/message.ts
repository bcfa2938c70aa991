import type { Finding, Suggestion } from './finding';
import type { CompiledRule } from './ruleset';

/** Follows the case of the matched text, as a writer would: "Chairman" -> "Chair". */
function matchCase(replacement: string, matched: string): string {
  if (matched.length > 1 && matched === matched.toUpperCase() && /\p{L}{2}/u.test(matched)) return replacement.toUpperCase();
  const first = matched.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Each template split at its placeholders once: text, name, text, name, ..., text. */
const templates = new Map<string, string[]>();

/** Fills `{match}` and the handler's own `{name}` placeholders (a name with no value stays as written). */
export function fillMessage(template: string, vars: Record<string, string>): string {
  return fill(template, vars, undefined);
}

/** Fills a template; `match`, when given, is the value of `{match}` whatever `vars` hold (no merged copy of them). */
function fill(template: string, vars: Record<string, string>, match: string | undefined): string {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templates.size > 2000) templates.clear();
    templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += ((match !== undefined && name === 'match' ? match : vars[name]) ?? `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * The one place a finding is built, so every surface shows the same words. A literal replacement
 * follows the case of the matched text; one filled from placeholders ("{expansion} ({match})") keeps
 * the case its parts already have, so “PCN” becomes “Primary Care Network (PCN)”, not capitals.
 */
export function buildFinding(
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
  vars: Record<string, string> = {},
  variant?: string,
): Finding {
  const matched = text.slice(start, end);
  const chosen = (variant && rule.variants?.[variant]) || rule;
  const suggestions: Suggestion[] = chosen.suggestions.map((s) =>
    s.kind === 'replace' && !s.text.includes('{')
      ? { kind: 'replace', text: matchCase(s.text, matched) }
      : { kind: s.kind, text: fill(s.text, vars, matched) },
  );
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    text: matched,
    message: fill(chosen.message, vars, matched),
    suggestions,
    source: rule.source,
  };
}
