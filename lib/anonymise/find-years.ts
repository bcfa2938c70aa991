import { type DocumentLayout, sectionAt } from './document-layout';
import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';

/**
 * A year, or its decade: "2004", "the 1990s", "early 1990's". Not a standard's edition after its number and a colon ("BS
 * 7671:2018", "ISO 27001:2022"), which names the rules a qualification covers, not when the holder took it.
 */
const YEAR = /(?<![\w/.-]|\d:)(?:19[4-9]\d|20[0-4]\d)(?:['’]?s)?(?![\w/]|\.\d)/g;
/** Words that make a nearby year a school, graduation or qualification year. */
const EDUCATION_CONTEXT =
  /\b(?:graduat\w*|qualif\w*|class of|GCSEs?|O[- ]levels?|A[- ]levels?|AS[- ]levels?|Highers|Leaving Cert\w*|BTEC|school|sixth form|college|universit\w*|degree|BSc|BA|MSc|MA|MBBS|MBChB|BMBS|BDS|MPharm|BPharm|BOptom|DipHE|PhD|diploma in nursing|nurse training|pre-registration|registered (?:as|in|since)|NMC registration|GMC registration|first registered|matriculat\w*|Baccalaureate|Abitur|WAEC|WASSCE|Matric)\b/i;

/**
 * A decade the writer was born or grew up in, which dates them as a birth year does: "born in the 1980s", "growing up in the
 * 1990s", "as a teenage gay man during the 1980s" (up to two words between the teenager and "in" or "during"; after "child"
 * they would name a service: "Childhood immunisation schedules during the 2010s"). "raised" only of a person ("I was
 * raised", "born and raised"), not of standards ("were raised in the 2000s").
 */
const CHILDHOOD_BEFORE =
  /\b(?:born|gr[eo]w(?:ing)?[ \t]+up|brought[ \t]+up|(?<=\b(?:I|was|and)[ \t]+)raised|child|kid|childhood|schooldays|(?:teenage[dr]?|teens)(?:[ \t]+[\w-]+){0,2})[ \t]+(?:in|during|through(?:out)?)[ \t]+(?:the[ \t]+)?(?:(?:early|mid|late)[- \t]+)?$/i;

/** A programme's capitalised word just before a year that may be its name. */
const PROGRAMME_BEFORE = /\b(Project|Vision|Agenda)[ \t]+$/;
/** A capitalised word: the last one before "Project" makes the year one project's date ("Final Year Project 2016"). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the year at [start, end) names a programme, which dates no one: the nursing diploma "Project 2000", a plan's "Vision 2020"
 * or "Agenda 2030", or a project written with no title of its own before it ("on Project 2019 of the network"). Not a student's
 * "Final Year Project 2016" or "Capstone Project 2019", which date a degree.
 */
function programmeYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const programme = PROGRAMME_BEFORE.exec(before);
  if (!programme) return false;
  const year = text.slice(start, end);
  if (programme[1] !== 'Project') return /^20\d0$/.test(year);
  const prior = before.slice(0, programme.index);
  return year === '2000' || !/[ \t]$/.test(prior) || !CAPITALISED.test(prior.trimEnd().split(/\s/).pop() ?? '');
}

/** A gap between a page's columns: a tab, or three blanks. */
const COLUMN_GAP = /\t| {3,}/;

/** In an employment section a university or college is usually an employer: only these count there. */
const STRONG_CONTEXT = /\b(?:graduat\w*|qualified|class of|GCSEs?|O[- ]levels?|A[- ]levels?|school|sixth form|matriculat\w*)\b/i;

/**
 * Years that reveal age: every year in an education or qualifications section, and elsewhere a
 * year on the same line as a school, degree or qualification word, at most 60 characters after
 * it or 25 before. Employment years are kept: they show experience, which the panel needs; so is
 * a year after "since", wherever it is.
 */
export function findYears(layout: DocumentLayout): Span[] {
  const { text } = layout;
  const spans: Span[] = [];
  for (const m of matchAll(text, YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    // "GDC registration since 2019", "in post since 2016": how long, which the panel needs, not when someone was young.
    if (/\bsince[ \t]+$/i.test(text.slice(Math.max(0, start - 7), start))) continue;
    // "Project 2000", "Vision 2020": a programme named with a year, which dates no one (a nursing diploma of the 1990s is "Project 2000").
    if (programmeYear(text, start, end)) continue;
    const section = sectionAt(layout, start);
    const inBody = section !== null && start >= section.bodyStart;
    if (inBody && section.kind === 'education') {
      spans.push(makeSpan('year', start, end));
      continue;
    }
    // Only on the year's line and within its own clause: "I graduated in 2004 and joined the practice in 2010" keeps 2010.
    const before = (text.slice(Math.max(0, start - 60), start).split('\n').at(-1) ?? '').split(/[;.]\s|,\s+(?:and|but|then)\s|\s(?:and|but|then)\s/).at(-1) ?? '';
    const after = (text.slice(end, end + 25).split('\n')[0] ?? '').split(/[;.]\s|\s(?:and|but|then)\s/)[0] ?? '';
    // A cell of words of its own around the year, within the columns' gaps, is the year's; a school in the column beside it is
    // not ("(Saturday school)⇥⇥full CCT July 2024"). A year in a cell without words is labelled by the cell beside it
    // ("GCSEs⇥⇥2004", "1981 – 1986⇥⇥Penryn School").
    const cellBefore = before.split(COLUMN_GAP).at(-1)!;
    const cellAfter = after.split(COLUMN_GAP)[0]!;
    const around = /\p{L}/u.test(cellBefore + cellAfter) ? `${cellBefore} ${cellAfter}` : `${before} ${after}`;
    if (/s$/.test(m[0]) && CHILDHOOD_BEFORE.test(before)) {
      spans.push(makeSpan('year', start, end));
      continue;
    }
    const inEmployment = inBody && section.kind === 'employment';
    if ((inEmployment ? STRONG_CONTEXT : EDUCATION_CONTEXT).test(around)) spans.push(makeSpan('year', start, end));
  }
  return spans;
}
