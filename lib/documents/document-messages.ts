import { DOCUMENT_LIMITS, megabytes } from './document-limits';

/** Every message a reader can give, in one place so the UI, CLI and tests agree on the wording. */
export const DOCUMENT_MESSAGES = {
  empty: 'The file is empty.',
  tooLarge: `The file is larger than ${megabytes(DOCUMENT_LIMITS.bytes)}. Save a smaller copy (for example without pictures) and try again.`,
  unsupported: (extension: string) =>
    extension
      ? `Files of type .${extension} are not supported. Save it as .txt, .docx or .pdf and try again.`
      : 'Files without an extension are not supported. Save it as .txt, .docx or .pdf and try again.',
  oldWord: 'Old Word documents (.doc) are not supported. Open the file in Word and save it as .docx or PDF.',
  binaryText: 'This file does not contain plain text (it looks like a binary file). Save it as .txt, .docx or .pdf and try again.',
  corruptDocx: 'This Word document could not be opened: it is damaged or is not really a .docx file. Open it in Word and save it again, or save it as PDF.',
  protectedDocx: 'This Word document is password-protected (or is an old .doc file renamed to .docx). Remove the password in Word, save it as .docx and try again.',
  docxTooLarge: `This Word document holds more than ${megabytes(DOCUMENT_LIMITS.docxUnpackedBytes)} of text and formatting once opened, far more than a CV or advert. Save a shorter copy, or save it as PDF, and try again.`,
  emptyDocx: 'This Word document has no text in it.',
  passwordPdf: 'This PDF is password-protected. Ask the candidate for an unprotected copy, or remove the password and try again.',
  imageOnlyPdf:
    'This PDF has no text layer — it looks like a scan or a photo of a document. Ask the candidate for a Word or text version, or run it through OCR (text recognition) first.',
  tooManyPages: (pages: number) =>
    `This PDF has ${pages.toLocaleString('en-GB')} pages; De-bias reads at most ${DOCUMENT_LIMITS.pdfPages}. Save the pages you need as a separate PDF and try again.`,
  corruptPdf: 'This PDF could not be read: it is damaged or is not really a PDF. Ask the candidate for a new copy.',
} as const;
