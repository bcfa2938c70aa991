// The worst cases from issue 13 (hostile and odd input), at any size, for the CLI bench: each
// goes through `debias scan` and `debias anonymise` as a whole process. A test can reuse them at a
// smaller size.
import { zipSync } from 'fflate';

export interface AdversarialInput {
  name: string;
  /** The file name it is written under: its extension picks the reader. */
  file: string;
  make(size: number): string | Uint8Array;
}

/** `unit` repeated (and cut) to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const encoder = new TextEncoder();

/** A .docx whose document unpacks to `unpacked` bytes of text, as small as deflate can make it. */
function docxBomb(unpacked: number): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>We want a young and energetic team. </w:t></w:r></w:p>';
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${fill(paragraph, unpacked)}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': encoder.encode(xml) }, { level: 1 });
}

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  { name: 'one word, no spaces', file: 'word.txt', make: (size) => fill('a', size) },
  { name: 'runs of 5,000 spaces', file: 'spaces.txt', make: (size) => fill(`Grace Mensah${' '.repeat(5000)}Nurse\n`, size) },
  { name: '"A minimum of 3" then tabs', file: 'tabs.txt', make: (size) => `A minimum of 3${fill('\t', size - 14)}` },
  { name: 'a stray quotation mark', file: 'quote.txt', make: (size) => `"${fill('We want a young and energetic team. ', size - 1)}` },
  { name: 'words split by invisible characters', file: 'invisible.txt', make: (size) => fill('you\u200bng ener\u00adgetic gra\u200cce@exa\u2060mple.com ', size) },
  { name: 'contact details back to back', file: 'contacts.txt', make: (size) => fill('Dr Amina Okafor amina.okafor@example.com 07700 900123 LS1 4AB NHS 943 476 5919 ', size) },
  { name: 'digits, dots and dashes', file: 'digits.txt', make: (size) => fill('0.1-2 3(4)5/6+7 8.9-', size) },
  { name: 'brackets, quotes and repeats', file: 'mixed.txt', make: (size) => fill('(((( """"" ‘‘‘‘ young-young-young 10+ years years years ARRS ARRS ', size) },
  { name: 'a page nested 200,000 deep', file: 'deep.html', make: (size) => `<html><body>${fill('<div>', size - 26)}</body></html>` },
  { name: 'a .docx that unpacks to 150 MB', file: 'bomb.docx', make: () => docxBomb(150 * 1024 * 1024) },
];
