export { anonymise, anonymiseDetailed } from './anonymise';
export { anonymiseBatch, type BatchInput, type BatchKey, type BatchResult, type BatchRun, type RandomSource, startBatch } from './anonymise-batch';
export { type AnonymiseOptions, type AnonymiseOptionsInput, anonymiseOptionsSchema } from './anonymise-options';
export { type AnonymisedDocument, anonymisedDocumentSchema, type Redaction, redactionSchema } from './anonymised-document';
export { isValidNhsNumber } from './is-valid-nhs-number';
export { redactSpan } from './redact-span';
export {
  ALWAYS_REDACTED,
  CANDIDATE_PLACEHOLDER,
  OPTIONAL_REDACTIONS,
  type OptionalRedaction,
  PLACEHOLDERS,
  REDACTION_KINDS,
  REDACTION_LABELS,
  REDACTION_TYPES,
  type RedactionType,
  redactionTypeSchema,
} from './redaction-type';
export { restoreRedaction } from './restore-redaction';
