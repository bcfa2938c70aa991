export { DOCUMENT_MESSAGES } from './document-messages';
export type { PdfDocumentLike, PdfjsLike } from './pdfjs-like';
export { MAX_DOCUMENT_BYTES, type ReadDocumentDeps, readDocument, refusedFile } from './read-document';
export type { ReadDocumentResult } from './read-document-result';
