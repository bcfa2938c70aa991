import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import { holdsAny } from './needed-words';
import type { Span } from './span';
import { trimChars } from './trim-chars';

const INSTITUTION = new RegExp(
  [
    // "University of Leeds", "University of the West of England", "University College London"
    `\\b(?:The[ \\t]+)?(?:Open[ \\t]+)?University(?:[ \\t]+College)?[ \\t]+of[ \\t]+(?:the[ \\t]+)?[A-Z][\\p{L}'’-]*(?=[\\s,.;:)]|$)(?:[ \\t]+[A-Z][\\p{L}'’-]*)?`,
    // "Leeds Beckett University", "King's College London", "Imperial College London", "Bradford College", "Guy's, King's and St Thomas' School of Medicine"
    `(?<![\\p{L}'’.-])(?:[A-Z][\\p{L}'’.-]*[ \\t]+){1,5}(?:University|College|Academy|School|Polytechnic|Sixth[ \\t]+Form|Institute)(?:[ \\t]+(?:of[ \\t]+[A-Z][\\p{L}'’-]*(?:[ \\t]+[A-Z][\\p{L}'’-]*){0,3}|London|Belfast|Hospital|for[ \\t]+(?:Girls|Boys)))?`,
    `\\b(?:UCL|KCL|LSHTM|LSE|UWE|UCLan|UEA|QMUL|SGUL|RCSI|NUI|LJMU|MMU|NTU|BCU|UWS|GCU|UHI)\\b`,
    'Open University',
  ].join('|'),
  'gu',
);
/** The words INSTITUTION cannot match without: an institution's kind or an acronym (UCLan holds UCL). */
const INSTITUTION_WORDS = ['University', 'College', 'Academy', 'School', 'Polytechnic', 'Sixth', 'Institute', ...'UCL KCL LSHTM LSE UWE UEA QMUL SGUL RCSI NUI LJMU MMU NTU BCU UWS GCU UHI'.split(' ')];
/** Professional bodies and NHS names that look like institutions but are not schools. */
const NOT_SCHOOL =
  /^(?:The\s+)?(?:Royal\s+College|College\s+of\s+(?:Optometrists|Paramedics|Podiatry)|Faculty|British|General|NHS|Health\s+Education|Skills\s+for\s+Health|Centre\s+for\s+Pharmacy|Sunday\s+School|Medical\s+School\s+Council|Practice|Surgery)/i;
const LEADING_NOISE = /^(?:(?:At|In|From|The|Attended|Studied|I|My|Graduated|BSc|MSc|BA|MA|MBBS|MBChB|MPharm|BDS|BOptom|PhD|DipHE|Hons|Nursing|Pharmacy|Medicine|Dentistry|Optometry|Physiotherapy|Paramedic|Science|Practice|Adult|Studies|Diploma|Certificate|Degree|Foundation|Level|Course)\s+)+/;

/** Schools, colleges and universities → `[SCHOOL]` (when the panel asks: `education`). */
export function findEducation(text: string): Span[] {
  const spans: Span[] = [];
  if (!holdsAny(text, INSTITUTION_WORDS)) return spans;
  for (const m of matchAll(text, INSTITUTION)) {
    let value = m[0];
    let start = m.index;
    const noise = LEADING_NOISE.exec(value);
    if (noise) {
      start += noise[0].length;
      value = value.slice(noise[0].length);
    }
    if (!value || NOT_SCHOOL.test(value) || !/[A-Z]/.test(value)) continue;
    spans.push(makeSpan('education', start, start + trimChars(value, null, /[\s.,]/).length));
  }
  return spans;
}
