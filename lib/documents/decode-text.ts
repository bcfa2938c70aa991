/**
 * Decodes a text file: UTF-8 (BOM stripped), UTF-16 with a BOM, or, when the bytes are not valid
 * UTF-8, Windows-1252 (old Notepad files with "£" or "é"). Returns null for binary data (NUL
 * bytes, or many control characters). Written by hand so the library needs no TextDecoder types.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let controls = 0;
  for (const byte of body) {
    if (byte === 0) return null;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  if (controls > Math.max(8, body.length * 0.01)) return null;
  return decodeUtf8(body) ?? decodeWindows1252(body);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  const chunks: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let cp: number;
    let extra: number;
    if (b < 0x80) [cp, extra] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [cp, extra] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, extra] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, extra] = [b & 0x07, 3];
    else return null;
    if (i + extra >= bytes.length + (extra ? 0 : 1)) return null;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((extra === 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) || (extra === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    codes.push(cp);
    if (codes.length >= 8192) {
      chunks.push(String.fromCodePoint(...codes));
      codes = [];
    }
    i += extra + 1;
  }
  chunks.push(String.fromCodePoint(...codes));
  return chunks.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    units.push(String.fromCharCode(unit));
  }
  return units.join('');
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
