/** What a stretch of an advert is, so checks that need the person specification can find it. */
export const SECTION_ROLES = ['title', 'summary', 'duties', 'about', 'description', 'details', 'essential', 'desirable', 'other'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** A stretch of the analysed text. Each `essential`/`desirable` section is one criterion. */
export interface Section {
  role: SectionRole;
  start: number;
  end: number;
}

/** "Essential", "Desirable criteria" on a line of their own (trimmed, with any final colon removed). */
const HEADING = /^(?:essential|desirable)\b[^:\n]{0,40}$/i;
const INLINE = /^(\s*(?:[-*•·–]\s*)?)(essential|desirable)\s*[:–-]\s*(\S.*)$/i;
const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/;

/**
 * Finds person-specification criteria in plain text: lines under an "Essential" or "Desirable"
 * heading (up to a blank line that is followed by something other than a bullet), or lines that
 * start "Essential:" / "Desirable:".
 */
export function findPersonSpec(text: string): Section[] {
  const sections: Section[] = [];
  let role: 'essential' | 'desirable' | null = null;
  let afterBlank = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const inline = INLINE.exec(line);
    if (inline) {
      const lead = inline[1]!.length + inline[2]!.length;
      const body = line.slice(lead).replace(/^\s*[:–-]\s*/, '');
      const bodyStart = start + line.length - body.length;
      sections.push({ role: inline[2]!.toLowerCase() as 'essential' | 'desirable', start: bodyStart, end: bodyStart + body.trimEnd().length });
      role = null;
      continue;
    }
    const bare = line.trim();
    if (HEADING.test(bare.endsWith(':') ? bare.slice(0, -1).trimEnd() : bare)) {
      role = line.trim().toLowerCase().startsWith('essential') ? 'essential' : 'desirable';
      afterBlank = false;
      continue;
    }
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    if (role && afterBlank && !BULLET.test(line)) role = null;
    afterBlank = false;
    if (!role) continue;
    const bullet = BULLET.exec(line);
    const s = start + (bullet ? bullet[0].length : line.length - line.trimStart().length);
    sections.push({ role, start: s, end: start + line.trimEnd().length });
  }
  return sections;
}
