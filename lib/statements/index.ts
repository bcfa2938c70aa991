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
export { STATEMENT_IDS, type StatementId } from './ids';
export { payWording, type RenderedStatement, renderStatement, statementFor } from './render';
export { statementInsertion } from './insertion';
