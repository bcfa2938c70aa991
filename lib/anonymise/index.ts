export { anonymise, anonymiseDetailed } from './anonymise';
export { anonymiseBatch, type BatchInput, type BatchKey, type BatchResult, type RandomSource } from './anonymise-batch';
export {
  ALWAYS_REDACTED,
  type AnonymiseOptions,
  type AnonymiseOptionsInput,
  anonymiseOptionsSchema,
  type OptionalRedaction,
} from './anonymise-options';
export { type AnonymisedDocument, anonymisedDocumentSchema, type Redaction, redactionSchema } from './anonymised-document';
export { isValidNhsNumber } from './is-valid-nhs-number';
export { CANDIDATE_PLACEHOLDER, PLACEHOLDERS } from './placeholders';
export { REDACTION_TYPES, type RedactionType, redactionTypeSchema } from './redaction-type';
export { redactSpan } from './redact-span';
export { restoreRedaction } from './restore-redaction';
