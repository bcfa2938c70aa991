/** The part of the WHATWG TextDecoder used here (the library is built without DOM or Node types). */
type Decoder = { decode(bytes: Uint8Array): string };
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
};

// Made once: the CLI decodes thousands of files, and making a decoder costs more than decoding a
// short one. A decoder keeps no state between calls that are not streamed, even after one throws.
const UTF8 = new TextDecoder('utf-8');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8, with U+FFFD for any invalid sequence. */
export const utf8 = (bytes: Uint8Array): string => UTF8.decode(bytes);

/**
 * Decodes a text file: UTF-16 LE or BE with a BOM, UTF-8 (BOM dropped), or, when the bytes are not
 * valid UTF-8, Windows-1252 (old Notepad files with "£" or "é"). Returns null for binary data (a NUL
 * byte, or many control characters), which would otherwise decode into nonsense.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.indexOf(0) !== -1) return null;
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  // The control characters are the bytes below 0x20 in both decodings, so the text, searched by
  // the regular expression engine, says whether the bytes need counting: a loop over every byte
  // of every file cost the command about 1 % of its time.
  return CONTROL.test(text) && tooManyControls(bytes) ? null : text;
}

/** What tooManyControls counts: the characters below space, apart from tab, line feed, form feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is what it is for.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f]/;

/**
 * Bytes 0x80-0x9F in Windows-1252. Browsers decode them so; Node's TextDecoder (up to at least
 * version 22) decodes 'windows-1252' as Latin-1, giving C1 control characters instead.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Binary data (with no NUL byte, checked before): many control characters. */
function tooManyControls(bytes: Uint8Array): boolean {
  let controls = 0;
  // Indexed, not for…of: an iterator is several times slower until the loop is optimised.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > Math.max(8, bytes.length * 0.01);
}
