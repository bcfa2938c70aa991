import { makeSpan } from './make-span';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

const N = '(?:one|two|three|four|five|six|[1-9]|twins|triplets)';
const KIDS = '(?:children|kids|sons|daughters|boys|girls|grandchildren|stepchildren|little ones)';
const KID_ADJ = '(?:(?:young|small|little|teenage|grown-up|adult|school-age|school-aged|primary-school-age|wonderful|beautiful|lovely|adopted|foster|step|twin)\\s+)*';
const AGES = '(?:\\s+(?:aged|ages)\\s+\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*(?:\\s+years?)?)?';

const RULES: [RegExp, RedactionType][] = [
  // Marital status
  [/\b(?:happily\s+|recently\s+|newly\s+)?(?:married|divorced|widowed|separated|engaged to be married)\b(?!\s+(?:to\s+the|up|with\s+(?:the|our|clinical)))/gi, 'marital-status'],
  [/\b(?:I am|I'm|I’m)\s+(single|engaged|a widow|a widower)\b/g, 'marital-status'],
  [/\bin\s+a\s+civil\s+partnership\b|\bcivil\s+partner(?:ship)?\b/gi, 'marital-status'],
  [/\b(?:my|our)\s+(?:husband|wife|spouse|fianc[ée]e?|civil partner|late husband|late wife|ex-husband|ex-wife)\b/gi, 'marital-status'],
  [/\bsingle\s+(?:parent|mum|mother|dad|father)\b/gi, 'marital-status'],
  // "I live with my partner": a home partner, not a GP partner.
  [/\b(?:live|living|lives|moved)\s+(?:here\s+)?with\s+((?:my|our)\s+(?:partner|boyfriend|girlfriend))\b/gi, 'marital-status'],
  // Children and dependants
  [new RegExp(`\\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent|stepmother|stepfather|carer)\\s+(?:of|to)\\s+(?:${N}|a)(?:\\s+${KID_ADJ}(?:${KIDS}|child|son|daughter|boy|girl|toddler|baby))?${AGES}(?![\\w-])`, 'gi'), 'dependants'],
  [new RegExp(`\\b${N}\\s+${KID_ADJ}(?:grandchildren|grandsons|granddaughters|stepchildren|sons|daughters)\\b${AGES}`, 'gi'), 'dependants'],
  [new RegExp(`\\b(?:my|our)\\s+${KID_ADJ}(?:${N}\\s+${KID_ADJ})?(?:${KIDS}|son|daughter|baby|toddler|twins)\\b${AGES}`, 'gi'), 'dependants'],
  [new RegExp(`\\b(?:with|have|had|raising|raised)\\s+((?:${N}\\s+${KID_ADJ}${KIDS}|(?:one|a|an)\\s+${KID_ADJ}(?:son|daughter|child|boy|girl|baby|toddler))${AGES})`, 'gi'), 'dependants'],
  [new RegExp(`\\b(?:our|my)\\s+(${N}\\s+${KID_ADJ}${KIDS}${AGES})`, 'gi'), 'dependants'],
  // "I have a son of 6", "married with three children", "we have two young children", "one daughter (age 2)".
  [new RegExp(`\\b(?:have|has|with|married,?|and|of)\\s+((?:a|an|one|two|three|four|five|six|twin|[1-9])\\s+${KID_ADJ}(?:son|daughter|child|children|kids|sons|daughters|boys|girls|teenagers|grandchildren)\\b(?:\\s+(?:of|aged)\\s+\\d{1,2})?(?:\\s*\\(ages?d?\\s+\\d{1,2}\\))?)`, 'gi'), 'dependants'],
  [/\b(?:childcare|caring|school-run)\s+(?:responsibilities|commitments|arrangements)\b/gi, 'dependants'],
  [/\b(?:I am|I'm|I’m)\s+a\s+((?:single\s+|working\s+|proud\s+)?(?:mother|father|mum|dad|parent|grandmother|grandfather|grandparent|carer for my \w+))\b(?!\s+(?:of|to)\b)/g, 'dependants'],
  // Pregnancy and parental leave
  [/\b(?:maternity|paternity|adoption|shared parental|parental)\s+leave\b/gi, 'parental-leave'],
  [/\b(?:I am|I'm|I’m|currently|while)\s+(?:currently\s+)?pregnant\b/gi, 'parental-leave'],
  [/\bcareer\s+break\s+(?:to|for)\s+(?:raise|look after|care for|bring up|have)\s+(?:my|our)\s+(?:young\s+)?(?:family|children|son|daughter|baby|twins)\b/gi, 'parental-leave'],
];

/** Marital status, children and dependants, pregnancy and parental leave. */
export function findFamily(text: string): Span[] {
  const spans: Span[] = [];
  for (const [pattern, type] of RULES) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const start = m.index + m[0].lastIndexOf(value);
      spans.push(makeSpan(type, start, start + value.length));
    }
  }
  return spans;
}
