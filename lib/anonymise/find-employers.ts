import { makeSpan } from './make-span';
import { matchAll } from './match-all';
import type { Span } from './span';
import { trimChars } from './trim-chars';

const WORD = "(?:[A-Z][\\p{L}'’.-]*|&|and|of|the|on|upon|in|de)";
const SUFFIX =
  '(?:Medical[ \\t]+Cent(?:re|er)|Medical[ \\t]+Practice|Medical[ \\t]+Group|Health[ \\t]+Cent(?:re|er)|Healthcare[ \\t]+Cent(?:re|er)|Family[ \\t]+Practice|Group[ \\t]+Practice|Dental[ \\t]+(?:Practice|Care|Surgery|Centre|Clinic|Group)|Surgery|Practice|Partnership|Pharmacy|Chemists?|Opticians|Optometrists|Eye[ \\t]*Care|Hospitals?|Infirmary|Hospice|Clinic|(?:NHS[ \\t]+)?(?:Foundation[ \\t]+)?Trust|University[ \\t]+Health[ \\t]+Board|Health[ \\t]+Board|Integrated[ \\t]+Care[ \\t]+Board|ICB|CCG|Primary[ \\t]+Care[ \\t]+Network|PCN|GP[ \\t]+Federation|Federation|Healthcare|Health[ \\t]+Care|Care[ \\t]+Home|Nursing[ \\t]+Home|Ambulance[ \\t]+Service|Council|Ltd|Limited|LLP|plc|Urgent[ \\t]+Treatment[ \\t]+Cent(?:re|er)|Walk-in[ \\t]+Cent(?:re|er)|Partners)';
/** "Practice Nurse", "Pharmacy Education Pathway": a role or a course, not an organisation. */
const NOT_AFTER =
  'Nurse|Nurses|Nursing|Manager|Managers|Pharmacist|Technician|Assistant|Education|Team|Services?|Lead|Degree|Course|Pathway|Programme|Placement|Student|Staff|Worker|Receptionist|Administrator|Partner|Development|Management|Network|Champion|Coordinator|Co-ordinator|Advisor|Adviser|Officer|Director|Support|Skills|Experience|System|Systems|First|Hub|Team';
/** An organisation word ending a name: "… Medical Centre", "… NHS Foundation Trust" (the name before it is read in code). */
const ORGANISATION_END = new RegExp(
  `(?<=[ \\t])${SUFFIX}\\b(?:[ \\t]+(?:NHS[ \\t]+)?(?:Foundation[ \\t]+)?Trust)?(?![ \\t]+(?:${NOT_AFTER})\\b)`,
  'gu',
);
/** Chains and groups known by their own name. */
const CHAIN =
  /\b(?:Boots(?:[ \t]+(?:UK|Opticians|Pharmacy))?|Specsavers|Vision[ \t]+Express|Lloyds[ \t]*Pharmacy|LloydsPharmacy|Superdrug|Well[ \t]+Pharmacy|Rowlands[ \t]+Pharmacy|Day[ \t]+Lewis|Bupa(?:[ \t]+Dental[ \t]+Care)?|my[ \t]*dentist|Mydentist|Asda[ \t]+Pharmacy|Tesco[ \t]+Pharmacy|Leightons|Scrivens|Optical[ \t]+Express|Jhoots|Cohens[ \t]+Chemist|Avicenna|Paydens|HC-One|Barchester|Care[ \t]+UK|Practice[ \t]+Plus[ \t]+Group|Operose[ \t]+Health|Totally[ \t]+plc|HCRG[ \t]+Care[ \t]+Group|NHS[ \t]+111|Royal[ \t]+Mail)\b/gu;
const NAME_WORD = new RegExp(`^${WORD}$`, 'u');
const FIRST_WORD = /^[A-Z][\p{L}'’.-]*$/u;
const WORD_CHAR = /[\p{L}'’.&-]/u;
/** Words of the name before an organisation word: the first capitalised, then up to six more. */
const MAX_NAME_WORDS = 7;

/**
 * Where the name before an organisation word at `end` starts, or -1: the furthest capitalised
 * word back within seven words, all of them name words, joined by blanks, not before `floor`.
 */
function nameStart(text: string, end: number, floor: number): number {
  let best = -1;
  let cursor = end;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    let blank = cursor;
    while (blank > floor && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) blank--;
    if (blank === cursor) break;
    let start = blank;
    while (start > floor && WORD_CHAR.test(text[start - 1]!)) start--;
    if (!NAME_WORD.test(text.slice(start, blank))) break;
    // The first word starts the name only at a word's edge: not after a letter, apostrophe, dot or hyphen.
    const edge = start === 0 || !WORD_CHAR.test(text[start - 1]!);
    if (edge && FIRST_WORD.test(text.slice(start, blank))) best = start;
    // "(University Hospitals": nothing before the bracket belongs to the name.
    if (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\t') break;
    cursor = start;
  }
  if (best < 0) return -1;
  // "Dr Patel & Partners": a doctor's title before the name.
  const title = /(?:^|[^\p{L}'’.-])(Dr\.?[ \t]+)$/u.exec(text.slice(Math.max(0, best - 8), best));
  return title ? best - title[1]!.length : best;
}

const LEADING_NOISE = /^(?:(?:At|In|For|From|With|The|Joined|Worked|Working|Currently|Previously|I|My|Our|A|An|Salaried|Locum|Senior|Lead|Practice|Nurse|Manager|GP|Receptionist|Pharmacist|Technician|Assistant|Healthcare|HCA|Physiotherapist|Paramedic|Dentist|Optometrist|Optician|Dispensing|Clinical|Advanced|Associate|Partner|Trainee|Registrar|Care|Coordinator|Worker|Link|Social|Prescribing|Physician|Dental|Deputy|Assistant|Administrator|Support|Band\s+\d|Staff|Sister|Charge|Community|District|Specialist|Bank|Agency|Contract|Volunteer|Placement|Student|Health|Mental|First|Contact|Emergency)\s+)+/;
/** Named bodies that end like employers but are regulators, colleges or programmes. */
const NOT_EMPLOYER = /^(?:(?:The[ \t]+)?(?:Association|Society|Faculty|College|Institute|Chartered)\b.*|General[ \t]+(?:Medical|Pharmaceutical|Dental|Optical)[ \t]+Council|NHS\s+(?:England|Digital|Employers|Jobs)|Royal\s+College|General\s+Practice|Primary\s+Care|Health\s+Education|Care\s+Quality|Quality\s+and\s+Outcomes|Skills\s+for\s+Health|Infection\s+Prevention|The\s+Practice|Practice|Surgery|Clinic|Pharmacy|Healthcare|Hospital|Trust|Council)$/;

/** Employers: practices, trusts, PCNs, pharmacies and named chains → `[EMPLOYER]` (option `employers`). */
export function findEmployers(text: string): Span[] {
  const spans: Span[] = [];
  const found: [number, string][] = [];
  let floor = 0;
  for (const m of matchAll(text, ORGANISATION_END)) {
    const start = nameStart(text, m.index, floor);
    if (start < 0) continue;
    found.push([start, text.slice(start, m.index + m[0].length)]);
    floor = m.index + m[0].length;
  }
  // A chain's own name, unless already inside a name found above ("Well Pharmacy").
  // Both lists run in text order, so one pointer walks the names once.
  const names = found.length;
  let k = 0;
  for (const m of matchAll(text, CHAIN)) {
    while (k < names && found[k]![0] + found[k]![1].length <= m.index) k++;
    if (k < names && found[k]![0] <= m.index) continue;
    found.push([m.index, m[0]]);
  }
  for (const [at, match] of found) {
    let value = match;
    let start = at;
    const noise = LEADING_NOISE.exec(value);
    if (noise && noise[0].length < value.length) {
      start += noise[0].length;
      value = value.slice(noise[0].length);
    }
    value = trimChars(value, null, /[ \t]/);
    if (NOT_EMPLOYER.test(value) || !/^[A-Z]|^my/.test(value)) continue;
    if (value.split(/\s+/).length < 2 && !/^(?:Boots|Specsavers|Superdrug|Leightons|Scrivens|Jhoots|Avicenna|Paydens|Barchester|Mydentist|LloydsPharmacy)$/.test(value)) continue;
    spans.push(makeSpan('employer', start, start + value.length));
  }
  return spans;
}
