import type { AnonymisedDocument } from '@/lib/anonymise';

/** One anonymised document as a .txt file, the clipboard, or a section of the combined file: the code, then the text. */
export function documentExportText(code: string, doc: AnonymisedDocument): string {
  return `${code}\n${'='.repeat(code.length)}\n\n${doc.text.trimEnd()}\n`;
}

/**
 * "Export all": every candidate of a batch in one .txt file, in code order, each starting with its
 * code between rules. One file rather than one per candidate, because a browser asks the user to
 * allow each extra download, and one file is easier to share with the panel.
 */
export function combinedExportText(documents: ({ code: string } & AnonymisedDocument)[]): string {
  const head = `Anonymised CVs for shortlisting: ${documents.length} ${documents.length === 1 ? 'candidate' : 'candidates'}\nIdentifying details have been replaced with placeholders such as [CANDIDATE] and [EMAIL].\n`;
  const rule = '-'.repeat(60);
  return [head, ...documents.map((d) => `${rule}\n${documentExportText(d.code, d)}`)].join('\n');
}

/** "candidate-07.txt". */
export const documentFileName = (code: string) => `${code.toLowerCase().replace(/\s+/g, '-')}.txt`;

/** "2026-03-03-1405", for file names. */
export function fileStamp(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

/** "3 March 2026 at 14:05". */
export function formatBatchDate(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}
