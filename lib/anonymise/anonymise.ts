import { type AnonymiseOptions, type AnonymiseOptionsInput, anonymiseOptionsSchema } from './anonymise-options';
import type { AnonymisedDocument } from './anonymised-document';
import { applySpans } from './apply-spans';
import { assignNamePlaceholders } from './assign-name-placeholders';
import { documentLayout } from './document-layout';
import { findAddresses } from './find-addresses';
import { findAges } from './find-ages';
import { findCandidateName } from './find-candidate-name';
import { findDatesOfBirth } from './find-dates-of-birth';
import { findEducation } from './find-education';
import { findEmails } from './find-emails';
import { findEmployers } from './find-employers';
import { findEthnicity } from './find-ethnicity';
import { findExperienceYears } from './find-experience-years';
import { findFamily } from './find-family';
import { findIdNumbers } from './find-id-numbers';
import { findImmigrationStatus } from './find-immigration-status';
import { findJobTitles } from './find-job-titles';
import { findLabelledFields } from './find-labelled-fields';
import { findNames } from './find-names';
import { findNationality } from './find-nationality';
import { findNhsNumbers } from './find-nhs-numbers';
import { findNiNumbers } from './find-ni-numbers';
import { findOrigin } from './find-origin';
import { findPhones } from './find-phones';
import { findPostcodes } from './find-postcodes';
import { findPronouns } from './find-pronouns';
import { findRegistrationNumbers } from './find-registration-numbers';
import { findReligion } from './find-religion';
import { findUrls } from './find-urls';
import { findYears } from './find-years';
import { resolveSpans } from './resolve-spans';
import { scanWords } from './scan-words';
import type { Span } from './span';

/**
 * Anonymises one CV or supporting statement. Every recogniser runs over the text once; overlaps
 * are settled by priority (`priorities.ts`); names get `[CANDIDATE]` / `[NAME n]`; pronouns become
 * "they" forms. Pure and synchronous: no DOM, no I/O.
 */
export function anonymise(text: string, options: AnonymiseOptionsInput = {}): AnonymisedDocument {
  return anonymiseDetailed(text, anonymiseOptionsSchema.parse(options)).document;
}

/** `anonymise` with options already parsed, also returning the candidate's name as found (for the batch key). */
export function anonymiseDetailed(text: string, options: AnonymiseOptions): { document: AnonymisedDocument; candidateName: string | null } {
  const layout = documentLayout(text);
  const words = scanWords(text);
  const candidate = findCandidateName(layout, words);
  const spans: Span[] = [
    ...findEmails(text),
    ...findUrls(text),
    ...findNhsNumbers(text),
    ...findNiNumbers(text),
    ...findRegistrationNumbers(text),
    ...findIdNumbers(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findDatesOfBirth(text),
    ...findAges(text),
    ...findLabelledFields(layout),
    ...findNames(layout, words, candidate),
    ...findAddresses(layout),
    ...findImmigrationStatus(text),
    ...findNationality(text),
    ...findOrigin(text),
    ...findEthnicity(text),
    ...findReligion(text),
    ...findFamily(text),
    ...findYears(layout),
    ...findPronouns(text),
  ];
  if (options.education === 'redact') spans.push(...findEducation(text));
  if (options.employers === 'redact') spans.push(...findEmployers(text));
  if (options.jobTitle === 'redact') spans.push(...findJobTitles(layout));
  if (options.experienceYears === 'redact') spans.push(...findExperienceYears(text));
  return { document: applySpans(text, assignNamePlaceholders(resolveSpans(text, spans))), candidateName: candidate?.text ?? null };
}
