export {
  AFC_BANDS,
  FLEXIBLE_PATTERNS,
  type FlexiblePattern,
  type Pay,
  type PayInput,
  type Personalisation,
  type PersonalisationInput,
  paySchema,
  personalisationSchema,
} from './personalisation';
export { STATEMENT_IDS, STATEMENTS, type StatementId, statementFor } from './ids';
export { payWording, type RenderedStatement, renderStatement } from './render';
export { statementInsertion } from './insertion';
