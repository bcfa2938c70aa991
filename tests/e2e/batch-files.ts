import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

// A panel's real batch, generated: corpus CVs as .docx and .pdf, a few of them large (pictures and
// heavily formatted text, as exported by Word), for the anonymiser's batch and responsiveness tests.

const CVS = path.resolve(import.meta.dirname, '../fixtures/cvs');

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A .docx of these lines. `formattedCopies` repeats the text that many times as one run per word
 * with its own formatting (what makes Word's XML large); `pictureBytes` adds a picture of noise
 * that does not compress, as a photo would.
 */
export function docxBytes(lines: string[], { formattedCopies = 0, pictureBytes = 0 } = {}): Uint8Array {
  const para = (line: string) => (line.trim() ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>` : '<w:p/>');
  const formatted = (line: string) =>
    `<w:p>${line
      .split(' ')
      .map(
        (word) =>
          `<w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:color w:val="1F3864"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">${escapeXml(word)} </w:t></w:r>`,
      )
      .join('')}</w:p>`;
  const extra: string[] = [];
  for (let i = 0; i < formattedCopies; i++) extra.push(...lines.filter((l) => l.trim()).map(formatted));
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map(para).join('')}${extra.join('')}<w:sectPr/></w:body></w:document>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  };
  if (pictureBytes) {
    const noise = new Uint8Array(pictureBytes);
    let x = 2463534242;
    for (let i = 0; i < noise.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      noise[i] = x & 0xff;
    }
    files['word/media/image1.png'] = noise;
  }
  return zipSync(files, { level: 6 });
}

/** A PDF of these lines in Helvetica, 56 lines a page; `copies` repeats the text (a long PDF). */
export function pdfBytes(lines: string[], copies = 1): Uint8Array {
  const all: string[] = [];
  for (let i = 0; i < copies; i++) all.push(...lines.flatMap((l) => l.match(/.{1,98}(?:\s|$)/g) ?? ['']));
  const pages: string[] = [];
  for (let start = 0; start < all.length; start += 56) {
    const ops = all
      .slice(start, start + 56)
      .map((l) => `(${l.trimEnd().replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')}) Tj T*`)
      .join(' ');
    pages.push(`BT /F1 10 Tf 13 TL 50 790 Td ${ops} ET`);
  }
  const n = pages.length;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${n} >>`,
  ];
  const font = 3 + n * 2;
  for (const ops of pages) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    objects.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

/** The large .docx: a 5 MB picture and the CV's text formatted word by word, 3 MB of XML in all. */
export const largeDocx = (lines: string[]) => docxBytes(lines, { formattedCopies: 40, pictureBytes: 5_000_000 });

/**
 * Writes `count` CVs from the corpus into `dir` (created), alternately .docx and .pdf, every
 * `largeEvery`-th one a large .docx; returns their paths in order.
 */
export function writeBatch(dir: string, count: number, largeEvery = 10): string[] {
  mkdirSync(dir, { recursive: true });
  const texts = readdirSync(CVS)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = texts[i % texts.length]!;
    const lines = readFileSync(path.join(CVS, source), 'utf8').split('\n');
    const large = largeEvery > 0 && i % largeEvery === largeEvery - 1;
    const name = `${String(i + 1).padStart(2, '0')}-${source.replace(/^\d\d-/, '').replace(/\.txt$/, '')}${large ? '-large' : ''}.${large || i % 2 === 0 ? 'docx' : 'pdf'}`;
    const bytes = large ? largeDocx(lines) : name.endsWith('.docx') ? docxBytes(lines) : pdfBytes(lines);
    writeFileSync(path.join(dir, name), bytes);
    paths.push(path.join(dir, name));
  }
  return paths;
}
