import type { DocumentLayout } from './document-layout';
import { makeSpan } from './make-span';
import type { RedactionType } from './redaction-type';
import type { Span } from './span';

/** "Label: value" lines whose value is always personal. The label stays; the value goes. */
const LABELS: [RegExp, RedactionType][] = [
  [/^(?:nationality|citizenship|citizen of)$/i, 'nationality'],
  [/^(?:ethnicity|ethnic (?:origin|group|background))$/i, 'ethnicity'],
  [/^(?:religion|faith|religion or belief|religion\/belief|belief)$/i, 'religion'],
  [/^(?:marital|civil|relationship) status$|^marital$/i, 'marital-status'],
  [/^(?:dependants|dependents|children|number of children)$/i, 'dependants'],
  [/^(?:gender|sex|gender identity)$/i, 'gender'],
  [/^(?:title)$/i, 'title'],
  [/^(?:place of birth|birthplace|country of birth|country of origin|born in)$/i, 'origin'],
  [/^(?:visa(?: status| type)?|immigration status|right to work(?: in the uk)?|work permit|residency status|residence status|sponsorship(?: required)?|work authori[sz]ation)$/i, 'immigration-status'],
  [/^(?:sexual orientation|sexuality)$/i, 'sexual-orientation'],
  [/^(?:disability|disabilities|health|medical conditions?|health conditions?)$/i, 'health'],
  [/^(?:age)$/i, 'age'],
  [/^(?:date of birth|dob|d\.o\.b\.?|birth date)$/i, 'date-of-birth'],
  [/^(?:(?:home |postal |correspondence |current )?address)$/i, 'address'],
];

const FIELD = /(?:^|[|•·\t]|\s{2,})\s*([A-Za-z][A-Za-z ./]{1,40}?)\s*:[ \t]*([^\n|•·\t]*?[^\s|•·\t])(?=[ \t]*(?:[.;](?:\s|$)|$|[|•·\t])|[ \t]{2,})/gm;

/**
 * Values of labelled personal fields ("Nationality: British", "Marital status: Married").
 * Several fields may share a line when separated by `|`, `•` or tabs. An address value carries on
 * over the following lines until a blank line, another label or a heading.
 */
export function findLabelledFields(layout: DocumentLayout): Span[] {
  const { text } = layout;
  const spans: Span[] = [];
  for (const m of text.matchAll(FIELD)) {
    const label = (m[1] ?? '').trim();
    const value = m[2] ?? '';
    const rule = LABELS.find(([pattern]) => pattern.test(label));
    if (!rule) continue;
    const type = rule[1];
    const start = m.index + m[0].length - value.length;
    let end = start + value.length;
    if (type === 'address') end = extendAddress(layout, end);
    spans.push(makeSpan(type, start, end, { divisible: true, priority: 70 }));
  }
  return spans;
}

function extendAddress(layout: DocumentLayout, end: number): number {
  const index = layout.lines.findIndex((line) => line.end >= end);
  let result = end;
  for (let i = index + 1; i < layout.lines.length && i <= index + 4; i++) {
    const line = layout.lines[i];
    if (!line?.text.trim() || /:/.test(line.text) || line.text.length > 60 || /@|\d{5,}/.test(line.text)) break;
    result = line.end;
  }
  return result;
}
