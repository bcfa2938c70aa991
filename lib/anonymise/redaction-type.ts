import { z } from 'zod';

/** The four redactions the panel can switch on; everything else is always redacted. */
export const OPTIONAL_REDACTIONS = {
  education: {
    label: 'Schools, colleges and universities',
    hint: 'Kept unless you switch this on, because where someone trained can matter for the role; shown as [SCHOOL].',
  },
  employers: {
    label: 'Employers',
    hint: 'Kept unless you switch this on, because where someone worked can matter for the role; practices, trusts, PCNs, pharmacies and named chains are shown as [EMPLOYER].',
  },
  jobTitle: {
    label: 'Current job title',
    hint: 'The title in the heading, "Current role:" or the job marked "present", shown as [JOB TITLE].',
  },
  experienceYears: { label: 'Years of experience', hint: '"Over 20 years\' experience" becomes [NUMBER OF YEARS] experience.' },
} as const satisfies Record<string, { label: string; hint: string }>;
export type OptionalRedaction = keyof typeof OPTIONAL_REDACTIONS;

interface RedactionKind {
  /** What the text is replaced with. Names are numbered instead (`[CANDIDATE]`, `[NAME 1]`…); pronouns become plain words. */
  placeholder: string;
  /** Which recogniser wins when two spans overlap: higher first, then the longer span. */
  priority: number;
  /** The panel's option that switches this type on, or null when it is always redacted. */
  optional: OptionalRedaction | null;
  /** What it hides, in plain words, for the UI's labels and its "Redact selection" list. */
  label: string;
}

/**
 * Every kind of text the anonymiser removes, in the order the UI lists them: the one table that
 * the placeholders, priorities, options and labels are read from. The recognisers that find each
 * type are listed in `recognisers.ts` (kept apart so that the UI can read these labels without
 * loading the recognisers and their word lists).
 */
export const REDACTION_KINDS = {
  name: { placeholder: '[NAME]', priority: 60, optional: null, label: 'Name' },
  title: { placeholder: '[TITLE]', priority: 59, optional: null, label: 'Title (Mr, Mrs, Ms…)' },
  pronoun: { placeholder: 'they', priority: 20, optional: null, label: 'Pronoun (he, she…)' },
  gender: { placeholder: '[GENDER]', priority: 50, optional: null, label: 'Gender' },
  email: { placeholder: '[EMAIL]', priority: 100, optional: null, label: 'Email address' },
  phone: { placeholder: '[PHONE]', priority: 85, optional: null, label: 'Phone number' },
  url: { placeholder: '[URL]', priority: 95, optional: null, label: 'Web address' },
  address: { placeholder: '[ADDRESS]', priority: 55, optional: null, label: 'Home address' },
  postcode: { placeholder: '[POSTCODE]', priority: 80, optional: null, label: 'Postcode' },
  'date-of-birth': { placeholder: '[DATE OF BIRTH]', priority: 75, optional: null, label: 'Date of birth' },
  age: { placeholder: '[AGE]', priority: 74, optional: null, label: 'Age' },
  year: { placeholder: '[YEAR]', priority: 30, optional: null, label: 'Year that shows age' },
  'experience-years': { placeholder: '[NUMBER OF YEARS]', priority: 35, optional: 'experienceYears', label: 'Years of experience' },
  nationality: { placeholder: '[NATIONALITY]', priority: 51, optional: null, label: 'Nationality' },
  origin: { placeholder: '[PLACE OF ORIGIN]', priority: 50, optional: null, label: 'Place of origin' },
  ethnicity: { placeholder: '[ETHNICITY]', priority: 50, optional: null, label: 'Ethnicity' },
  religion: { placeholder: '[RELIGION]', priority: 50, optional: null, label: 'Religion or belief' },
  'marital-status': { placeholder: '[MARITAL STATUS]', priority: 50, optional: null, label: 'Marital status' },
  dependants: { placeholder: '[FAMILY]', priority: 50, optional: null, label: 'Family, children or caring' },
  'parental-leave': { placeholder: '[PARENTAL LEAVE]', priority: 50, optional: null, label: 'Pregnancy, maternity or parental leave' },
  'immigration-status': { placeholder: '[IMMIGRATION STATUS]', priority: 52, optional: null, label: 'Immigration status' },
  health: { placeholder: '[HEALTH]', priority: 50, optional: null, label: 'Health or disability' },
  'sexual-orientation': { placeholder: '[SEXUAL ORIENTATION]', priority: 50, optional: null, label: 'Sexual orientation' },
  'trade-union': { placeholder: '[TRADE UNION]', priority: 50, optional: null, label: 'Trade union membership' },
  'criminal-record': { placeholder: '[CRIMINAL RECORD]', priority: 50, optional: null, label: 'Criminal record (cautions, convictions)' },
  'nhs-number': { placeholder: '[NHS NUMBER]', priority: 90, optional: null, label: 'NHS number' },
  'ni-number': { placeholder: '[NI NUMBER]', priority: 90, optional: null, label: 'National Insurance number' },
  'registration-number': { placeholder: '[REGISTRATION NUMBER]', priority: 90, optional: null, label: 'Professional registration number' },
  'id-number': { placeholder: '[ID NUMBER]', priority: 89, optional: null, label: 'Other ID number' },
  // An organisation that contains a person's name ("Dr Patel & Partners") stays one employer or school.
  education: { placeholder: '[SCHOOL]', priority: 65, optional: 'education', label: 'School, college or university' },
  employer: { placeholder: '[EMPLOYER]', priority: 65, optional: 'employers', label: 'Employer' },
  'job-title': { placeholder: '[JOB TITLE]', priority: 45, optional: 'jobTitle', label: 'Job title' },
} as const satisfies Record<string, RedactionKind>;

export type RedactionType = keyof typeof REDACTION_KINDS;
export const REDACTION_TYPES = Object.keys(REDACTION_KINDS) as [RedactionType, ...RedactionType[]];
export const redactionTypeSchema = z.enum(REDACTION_TYPES);

const pick = <K extends keyof RedactionKind>(field: K) =>
  Object.fromEntries(REDACTION_TYPES.map((t) => [t, REDACTION_KINDS[t][field]])) as { readonly [T in RedactionType]: (typeof REDACTION_KINDS)[T][K] };

/** The placeholder written for each type (names are numbered instead: see `assign-name-placeholders.ts`). */
export const PLACEHOLDERS = pick('placeholder');
/** Plain-words labels for the UI. */
export const REDACTION_LABELS = pick('label');
/** Types redacted whatever the options say. */
export const ALWAYS_REDACTED = REDACTION_TYPES.filter((t) => REDACTION_KINDS[t].optional === null);
export const CANDIDATE_PLACEHOLDER = '[CANDIDATE]';
