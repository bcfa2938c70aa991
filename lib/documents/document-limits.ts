/**
 * What a document may hold before it is refused, in one place so the extension, the CLI, its
 * --help and the messages agree. The .docx limit counts the XML parts only (text and layout;
 * pictures are never unpacked): mammoth needs about 50 times that in memory, and a real CV is well
 * under 1 MB. A PDF is read page by page; 200 pages is far beyond any CV or advert.
 */
export const DOCUMENT_LIMITS = {
  bytes: 20 * 1024 * 1024,
  docxUnpackedBytes: 10 * 1024 * 1024,
  pdfPages: 200,
} as const;

/** "20 MB": how the limits are written for people. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
