// The labels live in the library's one table of redaction types; this light module keeps the recognisers out of the popup.
export { OPTIONAL_REDACTIONS as OPTION_LABELS, REDACTION_LABELS } from '@/lib/anonymise/redaction-type';
