import type { OptionalRedaction, RedactionType } from '@/lib/anonymise';

/** What each redaction hides, in plain words, for labels and the "Redact selection" list. */
export const REDACTION_LABELS = {
  name: 'Name',
  title: 'Title (Mr, Mrs, Ms…)',
  pronoun: 'Pronoun (he, she…)',
  gender: 'Gender',
  email: 'Email address',
  phone: 'Phone number',
  url: 'Web address',
  address: 'Home address',
  postcode: 'Postcode',
  'date-of-birth': 'Date of birth',
  age: 'Age',
  year: 'Year that shows age',
  'experience-years': 'Years of experience',
  nationality: 'Nationality',
  origin: 'Place of origin',
  ethnicity: 'Ethnicity',
  religion: 'Religion or belief',
  'marital-status': 'Marital status',
  dependants: 'Children or dependants',
  'parental-leave': 'Maternity or parental leave',
  'immigration-status': 'Immigration status',
  health: 'Health or disability',
  'sexual-orientation': 'Sexual orientation',
  'nhs-number': 'NHS number',
  'ni-number': 'National Insurance number',
  'registration-number': 'Professional registration number',
  'id-number': 'Other ID number',
  education: 'School, college or university',
  employer: 'Employer',
  'job-title': 'Job title',
} as const satisfies Record<RedactionType, string>;

/** The four optional redactions, as the panel sees them. */
export const OPTION_LABELS = {
  education: { label: 'Schools, colleges and universities', hint: 'Shown as [SCHOOL].' },
  employers: { label: 'Employers', hint: 'Practices, trusts, PCNs, pharmacies and named chains, shown as [EMPLOYER].' },
  jobTitle: { label: 'Current job title', hint: 'The title in the heading, "Current role:" or the job marked "present", shown as [JOB TITLE].' },
  experienceYears: { label: 'Years of experience', hint: '"Over 20 years\' experience" becomes [NUMBER OF YEARS] experience.' },
} as const satisfies Record<OptionalRedaction, { label: string; hint: string }>;
