import { readDocument } from '@/lib/documents';
import { loadBrowserPdfjs } from './load-browser-pdfjs';

/** Something waiting to be anonymised: a chosen file, or text pasted into the page. */
export type PendingItem = { id: string; kind: 'file'; name: string; file: File } | { id: string; kind: 'text'; name: string; text: string };

export interface ReadOutcome {
  read: { name: string; text: string }[];
  /** "corrupt.docx: This Word document could not be opened: …" for each file that could not be read. */
  failures: string[];
}

/**
 * Reads each item in turn with `readDocument` (never throws, so one bad file never stops the
 * batch), calling `onProgress(done, total)` before each one and once at the end. Stops before the
 * next file once `stopped()` says so.
 */
export async function readItems(
  items: PendingItem[],
  onProgress: (done: number, total: number) => void,
  stopped: () => boolean = () => false,
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { read: [], failures: [] };
  for (const [index, item] of items.entries()) {
    if (stopped()) return outcome;
    onProgress(index, items.length);
    if (item.kind === 'text') {
      outcome.read.push({ name: item.name, text: item.text });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await item.file.arrayBuffer());
    } catch {
      outcome.failures.push(`${item.name}: The file could not be opened. Check it is still where it was and try again.`);
      continue;
    }
    const result = await readDocument({ name: item.name, bytes }, { loadPdfjs: loadBrowserPdfjs });
    if (result.ok) outcome.read.push({ name: item.name, text: result.text });
    else outcome.failures.push(`${item.name}: ${result.message}`);
  }
  onProgress(items.length, items.length);
  return outcome;
}
