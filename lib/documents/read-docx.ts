import { zipSync } from 'fflate';
import { DOCUMENT_LIMITS } from './document-limits';
import { DOCUMENT_MESSAGES } from './document-messages';
import type { ReadDocumentResult } from './read-document-result';
import { listZipEntries, unpackEntry } from './zip-entries';

/** The parts mammoth reads: XML and relationships. Pictures and embedded files are never unpacked. */
const TEXT_PART = /\.(?:xml|rels)$/i;

/**
 * Text of a .docx via mammoth's `extractRawText`, which runs in Node and in the browser. The zip's
 * directory is checked first: a document whose text parts claim more than the limit is refused
 * before anything is inflated, and parts that inflate past their claimed size count as damage.
 * Mammoth then gets those parts stored uncompressed, so it has nothing left to inflate.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocumentResult> {
  // An OLE compound file: an encrypted .docx, or an old .doc renamed.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, message: DOCUMENT_MESSAGES.protectedDocx };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, message: DOCUMENT_MESSAGES.corruptDocx };
  const parts = listZipEntries(bytes)?.filter((entry) => TEXT_PART.test(entry.name));
  if (!parts) return { ok: false, message: DOCUMENT_MESSAGES.corruptDocx };
  if (parts.reduce((total, entry) => total + entry.size, 0) > DOCUMENT_LIMITS.docxUnpackedBytes) return { ok: false, message: DOCUMENT_MESSAGES.docxTooLarge };
  const files: Record<string, Uint8Array> = {};
  for (const entry of parts) {
    const data = unpackEntry(bytes, entry);
    if (!data) return { ok: false, message: DOCUMENT_MESSAGES.corruptDocx };
    files[entry.name] = data;
  }
  try {
    const { default: mammoth } = await import('mammoth');
    const stored = zipSync(files, { level: 0 });
    // The browser build reads `arrayBuffer`, the Node build `buffer` (any Uint8Array will do).
    const input = { arrayBuffer: stored.buffer, buffer: stored } as unknown as Parameters<typeof mammoth.extractRawText>[0];
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
