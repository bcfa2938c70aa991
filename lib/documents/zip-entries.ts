import { Inflate } from 'fflate';
import { utf8 } from './decode-text';

/** One file in a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory claims; `unpackEntry` never produces more. */
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The entries in a zip's central directory, read without unpacking anything, so sizes can be
 * checked before any work. Null when the zip is damaged, or is ZIP64 (over 4 GB or 65,535 files,
 * which no Word document needs).
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment of up to 65,535 bytes follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > bytes.length) return null;
    entries.push({
      name: utf8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/**
 * The bytes of one entry, or null when it is damaged or unpacks to more than its directory
 * claims (a zip bomb that lies about its sizes). Inflates in small steps and stops at the claimed
 * size, so memory and time stay bounded by what was checked.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  if (entry.method === 0) return data.length === entry.size ? data : null;
  if (entry.method !== 8) return null;

  const out = new Uint8Array(entry.size);
  let length = 0;
  let overflow = false;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) overflow = true;
    else out.set(chunk, length);
    length += chunk.length;
    done ||= final;
  });
  // One step of 8 KB inflates to at most about 8 MB (deflate's limit is about 1,000 to 1).
  const STEP = 8 * 1024;
  try {
    for (let i = 0; i < data.length && !overflow; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch {
    return null;
  }
  return !overflow && done && length === entry.size ? out : null;
}
