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
export { payWording, type RenderedStatement, renderStatement, STATEMENT_IDS, type StatementId, statementFor } from './render';
export { statementInsertion } from './insertion';
