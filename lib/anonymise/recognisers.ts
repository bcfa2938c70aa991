import type { DocumentLayout } from './document-layout';
import { findAddresses } from './find-addresses';
import { findAgeAfterName, findAges } from './find-ages';
import type { CandidateName } from './find-candidate-name';
import { findDatesOfBirth, restatedBirthDates } from './find-dates-of-birth';
import { findDisclosures } from './find-disclosures';
import { findEducation } from './find-education';
import { findEmails } from './find-emails';
import { findEmployers } from './find-employers';
import { findEthnicity } from './find-ethnicity';
import { findExperienceYears } from './find-experience-years';
import { findFileNames } from './find-file-names';
import { findFamily } from './find-family';
import { findGender } from './find-gender';
import { findHeadedColumns } from './find-headed-columns';
import { findHealth } from './find-health';
import { findIdNumbers } from './find-id-numbers';
import { findImmigrationStatus } from './find-immigration-status';
import { findJobTitles } from './find-job-titles';
import { findLabelledFields } from './find-labelled-fields';
import { findNames } from './find-names';
import { findNationality } from './find-nationality';
import { findNhsNumbers } from './find-nhs-numbers';
import { findNiNumbers } from './find-ni-numbers';
import { findOcrNumbers } from './find-ocr-numbers';
import { findOrigin } from './find-origin';
import { findPhonePlaces } from './find-phone-places';
import { findPhones } from './find-phones';
import { findPostcodes } from './find-postcodes';
import { findPronouns } from './find-pronouns';
import { findRegistrationNumbers } from './find-registration-numbers';
import { findReligion } from './find-religion';
import { findSexualOrientation } from './find-sexual-orientation';
import { findSpeltNumbers } from './find-spelt-numbers';
import { findCriminalRecord } from './find-criminal-record';
import { findTradeUnion } from './find-trade-union';
import { findUrls } from './find-urls';
import { findYears } from './find-years';
import type { RedactionType } from './redaction-type';
import type { Word } from './scan-words';
import type { Span } from './span';

/** What every recogniser may read: the text, its lines and sections, its words, and the candidate's name. */
export interface RecogniserContext {
  text: string;
  layout: DocumentLayout;
  words: Word[];
  candidate: CandidateName | null;
  /** The text with the candidate's pronouns read as the writer's, when it is written about them in the third person (`third-person.ts`). */
  writerText: string | null;
  /** The text with the soft line breaks of wrapped prose read as blanks (`unwrap-prose.ts`), for the readings of sentences. */
  prose: string;
}

export interface Recogniser {
  /** The types its spans may have; it is skipped when the options switch all of them off. */
  types: readonly RedactionType[];
  find: (context: RecogniserContext) => Span[];
}

/** The candidate as a subject and their verb, before a span read as the writer's: "She [cares] for her father". */
const SUBJECT_VERB = /(?:^|[^\p{L}])(?:[Ss]he|[Hh]e)[ \t]+$/u;

/**
 * A recogniser of the writer's own details, run again over the text read as the writer's when it
 * is a reference ("She cares for her father"). A span found there never starts on the candidate's
 * verb or its particle, which stay with their pronoun ("They care for [FAMILY]").
 */
const alsoAsWriter =
  (find: (text: string) => Span[]) =>
  ({ prose: text, writerText }: RecogniserContext): Span[] => {
    if (writerText === null) return find(text);
    const theirs = find(writerText).flatMap((span) => {
      if (!SUBJECT_VERB.test(text.slice(Math.max(0, span.start - 6), span.start))) return [span];
      const verb = /^\S+[ \t]+(?:(?:for|after|with|to|from|of)[ \t]+)?/.exec(text.slice(span.start, span.end));
      return verb && span.start + verb[0].length < span.end ? [{ ...span, start: span.start + verb[0].length }] : [];
    });
    return [...find(text), ...theirs];
  };

/**
 * Every recogniser, run once over each document. Overlaps are settled afterwards by each type's
 * priority (`REDACTION_KINDS`), so the order here does not matter. A new recogniser is one line.
 */
export const RECOGNISERS: readonly Recogniser[] = [
  { types: ['email'], find: ({ text }) => findEmails(text) },
  { types: ['url'], find: ({ text }) => findUrls(text) },
  { types: ['nhs-number'], find: ({ text }) => findNhsNumbers(text) },
  { types: ['ni-number'], find: ({ text }) => findNiNumbers(text) },
  { types: ['registration-number'], find: ({ text }) => findRegistrationNumbers(text) },
  { types: ['id-number'], find: ({ text }) => findIdNumbers(text) },
  {
    types: ['phone', 'origin', 'dependants', 'marital-status'],
    find: ({ text, layout }) => {
      const phones = findPhones(text);
      return [...phones, ...findPhonePlaces(layout, phones)];
    },
  },
  { types: ['phone', 'nhs-number', 'ni-number', 'registration-number'], find: ({ text }) => findOcrNumbers(text) },
  { types: ['registration-number', 'phone', 'id-number'], find: ({ text }) => findSpeltNumbers(text) },
  { types: ['postcode'], find: ({ text }) => findPostcodes(text) },
  { types: ['date-of-birth'], find: ({ text, prose }) => findDatesOfBirth(text, prose) },
  { types: ['age'], find: ({ prose }) => findAges(prose) },
  { types: ['age'], find: ({ text, candidate }) => findAgeAfterName(text, candidate?.text ?? null) },
  {
    types: [
      'nationality',
      'ethnicity',
      'religion',
      'marital-status',
      'dependants',
      'gender',
      'title',
      'origin',
      'immigration-status',
      'sexual-orientation',
      'health',
      'age',
      'date-of-birth',
      'address',
    ],
    find: ({ layout }) => findLabelledFields(layout),
  },
  { types: ['date-of-birth', 'nationality', 'ethnicity', 'religion', 'marital-status', 'gender', 'origin', 'immigration-status', 'sexual-orientation'], find: ({ layout }) => findHeadedColumns(layout) },
  { types: ['name'], find: ({ layout, words, candidate }) => findNames(layout, words, candidate) },
  { types: ['name'], find: ({ text, candidate }) => findFileNames(text, candidate) },
  { types: ['address'], find: ({ layout }) => findAddresses(layout) },
  { types: ['immigration-status', 'age'], find: ({ prose }) => findImmigrationStatus(prose) },
  { types: ['nationality'], find: ({ prose }) => findNationality(prose) },
  // A year of birth after the place ("born in Leeds in 1988 – …") may be restated as a birth date is.
  { types: ['origin', 'address', 'date-of-birth'], find: (context) => restatedBirthDates(context.text, alsoAsWriter(findOrigin)(context)) },
  { types: ['ethnicity'], find: ({ prose }) => findEthnicity(prose) },
  { types: ['religion', 'name'], find: alsoAsWriter(findReligion) },
  { types: ['marital-status', 'dependants', 'parental-leave'], find: alsoAsWriter(findFamily) },
  { types: ['health'], find: alsoAsWriter(findHealth) },
  { types: ['gender', 'title'], find: ({ prose }) => findGender(prose) },
  { types: ['sexual-orientation'], find: alsoAsWriter(findSexualOrientation) },
  { types: ['trade-union'], find: ({ text }) => findTradeUnion(text) },
  { types: ['criminal-record'], find: ({ text }) => findCriminalRecord(text) },
  {
    types: ['dependants', 'marital-status', 'parental-leave', 'religion', 'health', 'origin', 'sexual-orientation', 'immigration-status'],
    find: alsoAsWriter(findDisclosures),
  },
  { types: ['year'], find: ({ layout }) => findYears(layout) },
  { types: ['pronoun'], find: ({ text }) => findPronouns(text) },
  { types: ['education'], find: ({ text }) => findEducation(text) },
  { types: ['employer'], find: ({ text }) => findEmployers(text) },
  { types: ['job-title'], find: ({ layout }) => findJobTitles(layout) },
  { types: ['experience-years'], find: ({ text }) => findExperienceYears(text) },
];
