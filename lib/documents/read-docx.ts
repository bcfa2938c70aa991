import { DOCUMENT_MESSAGES } from './document-messages';
import type { ReadDocumentResult } from './read-document-result';

/** Text of a .docx via mammoth's `extractRawText`, which runs in Node and in the browser. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocumentResult> {
  // An OLE compound file: an encrypted .docx, or an old .doc renamed.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, message: DOCUMENT_MESSAGES.protectedDocx };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, message: DOCUMENT_MESSAGES.corruptDocx };
  try {
    const { default: mammoth } = await import('mammoth');
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // The browser build reads `arrayBuffer`, the Node build `buffer` (any Uint8Array will do).
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    const result = await mammoth.extractRawText(input);
    // mammoth ends every paragraph with a blank line: one paragraph becomes one line, and an empty
    // paragraph a blank line, as in a .txt CV.
    const text = result.value.replace(/\n\n/g, '\n').trim();
    if (!text) return { ok: false, message: DOCUMENT_MESSAGES.emptyDocx };
    return { ok: true, text };
  } catch {
    return { ok: false, message: DOCUMENT_MESSAGES.corruptDocx };
  }
}
