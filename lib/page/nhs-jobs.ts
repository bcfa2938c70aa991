import type { Section, SectionRole } from '../engine/sections';
import { buildTextMap, type TextMap } from './text-map';

/** The prose sections of an NHS Jobs advert, by element id (domain research §4.2). */
const PROSE: [string, SectionRole][] = [
  ['heading', 'title'],
  ['job_overview', 'summary'],
  ['job_description', 'duties'],
  ['about_organisation', 'about'],
  ['job_description_large', 'description'],
];
/** Pay details; every salary form NHS Jobs uses. */
const DETAILS = ['range_salary', 'fixed_salary', 'negotiable_salary', 'salary', 'payscheme-type', 'payscheme-band', 'working_pattern'];
const CRITERION = /^(essential|desirable)_skill_\d+_criteria_\d+$/;
const HEADING = /^H[1-6]$/;

export interface ExtractedAdvert extends TextMap {
  sections: Section[];
}

/** The text without its final new lines (a loop, not a /\n+$/ that would backtrack over every run of new lines). */
function withoutFinalNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}

/** Whether the document is an NHS Jobs advert page (by its element ids, not its URL). */
export function isNhsJobsAdvert(doc: Document): boolean {
  return doc.getElementById('job_overview') !== null || doc.querySelector('li[id^="essential_skill_"]') !== null;
}

/**
 * The elements holding one prose section. NHS Jobs emits `<p id="job_overview"><p>…</p>`, which
 * the HTML parser closes at once, so the text sits in the siblings after the (empty) id'd element,
 * up to the next heading or the next id'd element.
 */
function proseBlocks(start: Element): Element[] {
  const blocks: Element[] = [start];
  for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
    if (HEADING.test(el.tagName.toUpperCase()) || el.id || el.querySelector('[id]')) break;
    blocks.push(el);
  }
  return blocks;
}

/**
 * Picks one copy of an id: NHS Jobs renders some blocks twice (desktop and mobile). `prefer`
 * chooses the copy the reader sees; with none (in the CLI), the first copy is used.
 */
function oneCopy(doc: Document, id: string, prefer?: (el: Element) => boolean): Element | null {
  const all = [...doc.querySelectorAll(`[id="${id}"]`)];
  return (prefer ? all.find(prefer) : undefined) ?? all[0] ?? null;
}

/**
 * Reads an advert page into one text with its sections (summary, duties, description, details,
 * each essential and desirable criterion), counting every duplicated block once.
 */
export function extractNhsJobsAdvert(doc: Document, prefer?: (el: Element) => boolean): ExtractedAdvert | null {
  if (!isNhsJobsAdvert(doc)) return null;
  type Part = { role: SectionRole; nodes: Element[] };
  const parts: Part[] = [];
  for (const [id, role] of PROSE) {
    const el = oneCopy(doc, id, prefer);
    if (el) parts.push({ role, nodes: role === 'title' ? [el] : proseBlocks(el) });
  }
  for (const id of DETAILS) {
    const el = oneCopy(doc, id, prefer);
    if (el) parts.push({ role: 'details', nodes: [el] });
  }
  const seen = new Set<string>();
  for (const li of doc.querySelectorAll('li[id]')) {
    const match = CRITERION.exec(li.id);
    if (!match || seen.has(li.id)) continue;
    seen.add(li.id);
    const el = oneCopy(doc, li.id, prefer);
    if (el) parts.push({ role: match[1] as 'essential' | 'desirable', nodes: [el] });
  }
  // One text for the whole advert; remember where each part's text starts and ends.
  const sections: Section[] = [];
  const texts: string[] = [];
  const segments: TextMap['segments'] = [];
  let length = 0;
  for (const part of parts) {
    const map = buildTextMap(part.nodes);
    const body = withoutFinalNewlines(map.text);
    if (body.trim() === '') continue;
    for (const s of map.segments) if (s.start < body.length) segments.push({ node: s.node, start: s.start + length });
    const lead = body.length - body.trimStart().length;
    sections.push({ role: part.role, start: length + lead, end: length + body.trimEnd().length });
    texts.push(`${body}\n\n`);
    length += body.length + 2;
  }
  return { text: texts.join(''), segments, sections };
}
