import { makeSpan } from './make-span';
import { trimChars } from './trim-chars';
import type { Span } from './span';

const WORD = "(?:[A-Z][\\p{L}'’.-]*|&|and|of|the|on|upon|in|de)";
const SUFFIX =
  '(?:Medical[ \\t]+Cent(?:re|er)|Medical[ \\t]+Practice|Medical[ \\t]+Group|Health[ \\t]+Cent(?:re|er)|Healthcare[ \\t]+Cent(?:re|er)|Family[ \\t]+Practice|Group[ \\t]+Practice|Dental[ \\t]+(?:Practice|Care|Surgery|Centre|Clinic|Group)|Surgery|Practice|Partnership|Pharmacy|Chemists?|Opticians|Optometrists|Eye[ \\t]*Care|Hospitals?|Infirmary|Hospice|Clinic|(?:NHS[ \\t]+)?(?:Foundation[ \\t]+)?Trust|University[ \\t]+Health[ \\t]+Board|Health[ \\t]+Board|Integrated[ \\t]+Care[ \\t]+Board|ICB|CCG|Primary[ \\t]+Care[ \\t]+Network|PCN|GP[ \\t]+Federation|Federation|Healthcare|Health[ \\t]+Care|Care[ \\t]+Home|Nursing[ \\t]+Home|Ambulance[ \\t]+Service|Council|Ltd|Limited|LLP|plc|Urgent[ \\t]+Treatment[ \\t]+Cent(?:re|er)|Walk-in[ \\t]+Cent(?:re|er)|Partners)';
/** "Practice Nurse", "Pharmacy Education Pathway": a role or a course, not an organisation. */
const NOT_AFTER =
  'Nurse|Nurses|Nursing|Manager|Managers|Pharmacist|Technician|Assistant|Education|Team|Services?|Lead|Degree|Course|Pathway|Programme|Placement|Student|Staff|Worker|Receptionist|Administrator|Partner|Development|Management|Network|Champion|Coordinator|Co-ordinator|Advisor|Adviser|Officer|Director|Support|Skills|Experience|System|Systems|First|Hub|Team';
const ORGANISATION = new RegExp(
  `(?:(?<![\\p{L}'’.-])(?:Dr\\.?[ \\t]+)?[A-Z][\\p{L}'’.-]*(?:[ \\t]+${WORD}){0,6}?[ \\t]+${SUFFIX}\\b(?:[ \\t]+(?:NHS[ \\t]+)?(?:Foundation[ \\t]+)?Trust)?(?![ \\t]+(?:${NOT_AFTER})\\b))|\\b(?:Boots(?:[ \\t]+(?:UK|Opticians|Pharmacy))?|Specsavers|Vision[ \\t]+Express|Lloyds[ \\t]*Pharmacy|LloydsPharmacy|Superdrug|Well[ \\t]+Pharmacy|Rowlands[ \\t]+Pharmacy|Day[ \\t]+Lewis|Bupa(?:[ \\t]+Dental[ \\t]+Care)?|my[ \\t]*dentist|Mydentist|Asda[ \\t]+Pharmacy|Tesco[ \\t]+Pharmacy|Leightons|Scrivens|Optical[ \\t]+Express|Jhoots|Cohens[ \\t]+Chemist|Avicenna|Paydens|HC-One|Barchester|Care[ \\t]+UK|Practice[ \\t]+Plus[ \\t]+Group|Operose[ \\t]+Health|Totally[ \\t]+plc|HCRG[ \\t]+Care[ \\t]+Group|NHS[ \\t]+111|Royal[ \\t]+Mail)\\b`,
  'gu',
);
const LEADING_NOISE = /^(?:(?:At|In|For|From|With|The|Joined|Worked|Working|Currently|Previously|I|My|Our|A|An|Salaried|Locum|Senior|Lead|Practice|Nurse|Manager|GP|Receptionist|Pharmacist|Technician|Assistant|Healthcare|HCA|Physiotherapist|Paramedic|Dentist|Optometrist|Optician|Dispensing|Clinical|Advanced|Associate|Partner|Trainee|Registrar|Care|Coordinator|Worker|Link|Social|Prescribing|Physician|Dental|Deputy|Assistant|Administrator|Support|Band\s+\d|Staff|Sister|Charge|Community|District|Specialist|Bank|Agency|Contract|Volunteer|Placement|Student|Health|Mental|First|Contact|Emergency)\s+)+/;
/** Named bodies that end like employers but are regulators, colleges or programmes. */
const NOT_EMPLOYER = /^(?:(?:The[ \t]+)?(?:Association|Society|Faculty|College|Institute|Chartered)\b.*|General[ \t]+(?:Medical|Pharmaceutical|Dental|Optical)[ \t]+Council|NHS\s+(?:England|Digital|Employers|Jobs)|Royal\s+College|General\s+Practice|Primary\s+Care|Health\s+Education|Care\s+Quality|Quality\s+and\s+Outcomes|Skills\s+for\s+Health|Infection\s+Prevention|The\s+Practice|Practice|Surgery|Clinic|Pharmacy|Healthcare|Hospital|Trust|Council)$/;

/** Employers: practices, trusts, PCNs, pharmacies and named chains → `[EMPLOYER]` (option `employers`). */
export function findEmployers(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(ORGANISATION)) {
    let value = m[0];
    let start = m.index;
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
