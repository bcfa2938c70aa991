import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { anonymise } from '../../../lib/anonymise/index';
import { zipSync } from 'fflate';
import { DOCUMENT_LIMITS, DOCUMENT_MESSAGES, type PdfjsLike, readDocument } from '../../../lib/documents/index';
import { loadNodePdfjs } from '../../../lib/documents/load-node-pdfjs';

const FILES = join(import.meta.dirname, '../../fixtures/cvs/files');
// Loading mammoth and pdf.js, and zipping megabytes: seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FILES, name))) });
const bytes = (...values: number[]) => new Uint8Array(values);
const NODE = { loadPdfjs: loadNodePdfjs };
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('real fixture files', () => {
  test.each([
    ['03-hca-grace-mensah.docx', 'Grace Mensah\nHealthcare Assistant\n\nAddress: 41 Choumert Road, Peckham, London, SE15 4QN\n', ['Grace Mensah', 'grace.mensah84@example.co.uk', '020 7946 0958', 'SE15 4QN']],
    ['11-dispensing-optician-kwame-asante.docx', 'KWAME ASANTE FBDO\nDispensing Optician\n', ['KWAME ASANTE', 'kwame.asante@example.org', '07700 900 890', 'BS5 6XY', 'D-12345']],
    ['14-paramedic-callum-mackenzie.pdf', 'Name: Callum MacKenzie\nRole sought: Specialist Paramedic (Primary Care)\n', ['Callum MacKenzie', '0131 496 0823', 'EH7 5QR', 'PA12345', '943 476 5919']],
    ['26-first-contact-physio-niamh-ni-bhriain.pdf', 'Niamh Ní Bhriain\nFirst Contact Practitioner (Physiotherapy)\n', ['Niamh Ní Bhriain', 'Gráinne Doherty', 'Ciarán', 'BT9 7HX', 'PH234567']],
  ])('%s is read, and anonymised without leaks', async (name, start, secrets) => {
    const result = await readDocument(file(name), NODE);
    if (!result.ok) throw new Error(result.message);
    expect(result.text.startsWith(start)).toBe(true);
    const text = anonymise(result.text).text;
    for (const secret of secrets) {
      expect(result.text).toContain(secret);
      expect(text).not.toContain(secret);
    }
  });

  test.each([
    ['corrupt.docx', DOCUMENT_MESSAGES.corruptDocx],
    ['empty.txt', DOCUMENT_MESSAGES.empty],
    ['image-only.pdf', DOCUMENT_MESSAGES.imageOnlyPdf],
    ['protected.pdf', DOCUMENT_MESSAGES.passwordPdf],
  ])('%s gives a plain message', async (name, message) => {
    expect(await readDocument(file(name), NODE)).toEqual({ ok: false, message });
  });

  test('the messages read as the issue asks', () => {
    expect(DOCUMENT_MESSAGES.imageOnlyPdf.startsWith('This PDF has no text layer — it looks like a scan')).toBe(true);
    expect(DOCUMENT_MESSAGES.passwordPdf).toBe('This PDF is password-protected. Ask the candidate for an unprotected copy, or remove the password and try again.');
  });
});

describe('text files', () => {
  test.each([
    ['UTF-8 with a BOM', bytes(0xef, 0xbb, 0xbf, ...utf8('Siân Jones\r\nNurse')), 'Siân Jones\nNurse'],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, 0x53, 0, 0x69, 0, 0xe2, 0, 0x6e, 0), 'Siân'],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, 0, 0x53, 0, 0x69, 0, 0xe2, 0, 0x6e, 0, 0x0d, 0, 0x0a, 0, 0x4e), 'Siân\nN'],
    ['old Mac line endings (CR only)', utf8('Siân Jones\rNurse\r\rLeeds'), 'Siân Jones\nNurse\n\nLeeds'],
    ['Windows-1252 (old Notepad)', bytes(0x53, 0x69, 0xe2, 0x6e, 0x20, 0xa3, 0x35, 0x93, 0x6f, 0x6b, 0x94), 'Siân £5“ok”'],
    ['no-break spaces and soft hyphens', utf8('Dr\u00a0Amina Oka\u00adfor'), 'Dr Amina Okafor'],
    ['a few control characters (a stray escape, a vertical tab), kept', utf8('Siân\u001b Jones\u000bNurse'), 'Siân\u001b Jones\u000bNurse'],
  ])('%s', async (_, data, text) => {
    expect(await readDocument({ name: 'cv.txt', bytes: data }, NODE)).toEqual({ ok: true, text });
  });

  test.each([
    ['binary data', 'cv.txt', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41), DOCUMENT_MESSAGES.binaryText],
    ['binary data without a NUL byte: many control characters', 'cv.txt', utf8('Siân\u0001\u0002'.repeat(5)), DOCUMENT_MESSAGES.binaryText],
    ['the same in Windows-1252', 'cv.txt', bytes(...Array(5).fill([0x53, 0x69, 0xe2, 0x6e, 0x01, 0x02]).flat()), DOCUMENT_MESSAGES.binaryText],
    ['only spaces', 'cv.txt', utf8('  \n\t\n'), DOCUMENT_MESSAGES.empty],
    ['an unsupported type', 'cv.odt', utf8('hello'), DOCUMENT_MESSAGES.unsupported('odt')],
    ['no extension', 'README', utf8('hello'), DOCUMENT_MESSAGES.unsupported('')],
    ['an old Word file', 'CV.DOC', utf8('hello'), DOCUMENT_MESSAGES.oldWord],
    ['a .docx that is an OLE file (encrypted)', 'cv.docx', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), DOCUMENT_MESSAGES.protectedDocx],
    ['a .docx that is not a zip', 'cv.docx', utf8('just text'), DOCUMENT_MESSAGES.corruptDocx],
    ['a .pdf that is not a PDF', 'cv.pdf', utf8('just text'), DOCUMENT_MESSAGES.corruptPdf],
    ['a damaged PDF', 'cv.pdf', utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage'), DOCUMENT_MESSAGES.corruptPdf],
  ])('%s', async (_, name, data, message) => {
    expect(await readDocument({ name, bytes: data }, NODE)).toEqual({ ok: false, message });
  });

  test('a file over 20 MB is refused before it is parsed', async () => {
    const big = new Uint8Array(DOCUMENT_LIMITS.bytes + 1).fill(0x41);
    expect(await readDocument({ name: 'cv.txt', bytes: big }, NODE)).toEqual({ ok: false, message: DOCUMENT_MESSAGES.tooLarge });
  });
});

describe('the PDF loader is injectable (the browser passes its configured pdfjs)', () => {
  const fakePdfjs = (items: unknown[][], error?: Error): PdfjsLike => ({
    getDocument: () => ({
      promise: error
        ? Promise.reject(error)
        : Promise.resolve({
            numPages: items.length,
            getPage: async (n: number) => ({ getTextContent: async () => ({ items: items[n - 1] ?? [] }) }),
            destroy: async () => undefined,
          }),
    }),
  });
  const pdf = { name: 'cv.pdf', bytes: utf8('%PDF-1.7 fake') };

  test('text items and line ends make lines; pages are separated by a blank line', async () => {
    const loadPdfjs = async () =>
      fakePdfjs([
        [{ str: 'Dr Amina Okafor', hasEOL: true }, { str: 'Salaried GP ', hasEOL: true }],
        [{ str: 'References', hasEOL: false }, { type: 'beginMarkedContent' }],
      ]);
    expect(await readDocument(pdf, { loadPdfjs })).toEqual({ ok: true, text: 'Dr Amina Okafor\nSalaried GP\n\n\nReferences' });
  });

  test('a PasswordException from pdfjs means a password; anything else means damage', async () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    expect(await readDocument(pdf, { loadPdfjs: async () => fakePdfjs([], password) })).toEqual({ ok: false, message: DOCUMENT_MESSAGES.passwordPdf });
    expect(await readDocument(pdf, { loadPdfjs: async () => fakePdfjs([], new Error('Invalid PDF structure')) })).toEqual({
      ok: false,
      message: DOCUMENT_MESSAGES.corruptPdf,
    });
    expect(await readDocument(pdf, { loadPdfjs: async () => fakePdfjs([[{ str: ' ', hasEOL: true }]]) })).toEqual({ ok: false, message: DOCUMENT_MESSAGES.imageOnlyPdf });
  });

  test('a PDF over 200 pages is refused before any page is read', async () => {
    let pagesRead = 0;
    const loadPdfjs = async (): Promise<PdfjsLike> => ({
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 20_000,
          getPage: async () => {
            pagesRead++;
            return { getTextContent: async () => ({ items: [{ str: 'Page text', hasEOL: true }] }) };
          },
          destroy: async () => undefined,
        }),
      }),
    });
    expect(await readDocument(pdf, { loadPdfjs })).toEqual({ ok: false, message: DOCUMENT_MESSAGES.tooManyPages(20_000) });
    expect(DOCUMENT_MESSAGES.tooManyPages(20_000)).toBe('This PDF has 20,000 pages; De-bias reads at most 200. Save the pages you need as a separate PDF and try again.');
    expect(pagesRead).toBe(0);
  });

  test('a loader that fails does not throw', async () => {
    expect(await readDocument(pdf, { loadPdfjs: () => Promise.reject(new Error('no worker')) })).toEqual({ ok: false, message: DOCUMENT_MESSAGES.corruptPdf });
  });
});

describe('Word documents are checked before they are unpacked', () => {
  const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  /** A minimal .docx with the given body, and any other parts. */
  const docx = (body: string, extra: Record<string, Uint8Array> = {}) =>
    zipSync({
      '[Content_Types].xml': utf8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
      '_rels/.rels': utf8(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      'word/document.xml': utf8(`${XML}<w:document ${W}><w:body>${body}</w:body></w:document>`),
      ...extra,
    }, { level: 1 });
  /** Rewrites the uncompressed size of `name`, in the central directory and its local header, as a zip bomb would. */
  const claimSize = (zip: Uint8Array, name: string, size: number) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const encoded = utf8(name);
    for (let at = 0; at + 46 < zip.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== encoded.length) continue;
      if (Buffer.from(zip.subarray(at + 46, at + 46 + encoded.length)).toString() !== name) continue;
      view.setUint32(at + 24, size, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
    }
    return zip;
  };

  test('a small document reads as before, its pictures never unpacked', async () => {
    const picture = new Uint8Array(3_000_000).fill(7);
    expect(await readDocument({ name: 'cv.docx', bytes: docx(paragraph('Grace Mensah') + paragraph('Nurse'), { 'word/media/photo.png': picture }) }, NODE)).toEqual({
      ok: true,
      text: 'Grace Mensah\nNurse',
    });
  });

  test('text that unpacks past the limit is refused, from the sizes in the zip directory', async () => {
    const huge = docx(paragraph('A young and energetic team. '.repeat(20)).repeat(Math.ceil(DOCUMENT_LIMITS.docxUnpackedBytes / 600) + 100));
    expect(huge.length).toBeLessThan(1_000_000);
    expect(await readDocument({ name: 'cv.docx', bytes: huge }, NODE)).toEqual({ ok: false, message: DOCUMENT_MESSAGES.docxTooLarge });
    const claimed = claimSize(docx(paragraph('Grace Mensah')), 'word/document.xml', 150 * 1024 * 1024);
    expect(await readDocument({ name: 'cv.docx', bytes: claimed }, NODE)).toEqual({ ok: false, message: DOCUMENT_MESSAGES.docxTooLarge });
  });

  test('a part that unpacks to more than its directory claims is damaged, and is not unpacked in full', async () => {
    const lying = claimSize(docx(paragraph('x'.repeat(5_000_000))), 'word/document.xml', 1000);
    expect(await readDocument({ name: 'cv.docx', bytes: lying }, NODE)).toEqual({ ok: false, message: DOCUMENT_MESSAGES.corruptDocx });
  });

  test('a zip without its directory is damaged', async () => {
    const zip = docx(paragraph('Grace Mensah'));
    expect(await readDocument({ name: 'cv.docx', bytes: zip.subarray(0, zip.length - 22) }, NODE)).toEqual({ ok: false, message: DOCUMENT_MESSAGES.corruptDocx });
  });

  test('the limit is stated in the message', () => {
    expect(DOCUMENT_MESSAGES.docxTooLarge).toContain('more than 10 MB');
  });
});
