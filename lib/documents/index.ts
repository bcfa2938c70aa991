export { DOCUMENT_LIMITS } from './document-limits';
export { DOCUMENT_MESSAGES } from './document-messages';
export type { PdfDocumentLike, PdfjsLike } from './pdfjs-like';
export { type ReadDocumentDeps, readDocument, refusedFile } from './read-document';
export type { ReadDocumentResult } from './read-document-result';
