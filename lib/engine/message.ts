import type { Finding, Suggestion } from './finding';
import type { CompiledRule } from './ruleset';

/** Follows the case of the matched text, as a writer would: "Chairman" -> "Chair". */
function matchCase(replacement: string, matched: string): string {
  if (matched.length > 1 && matched === matched.toUpperCase() && /\p{L}{2}/u.test(matched)) return replacement.toUpperCase();
  const first = matched.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Fills `{match}` and the handler's own `{name}` placeholders. */
export function fillMessage(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** The one place a finding is built, so every surface shows the same words. */
export function buildFinding(
  rule: CompiledRule,
  text: string,
  start: number,
  end: number,
  vars: Record<string, string> = {},
): Finding {
  const matched = text.slice(start, end);
  const all = { ...vars, match: matched };
  const suggestions: Suggestion[] = rule.suggestions.map((s) =>
    s.kind === 'replace'
      ? { kind: 'replace', text: matchCase(fillMessage(s.text, all), matched) }
      : { kind: 'advice', text: fillMessage(s.text, all) },
  );
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    text: matched,
    message: fillMessage(rule.message, all),
    suggestions,
    source: rule.source,
  };
}
