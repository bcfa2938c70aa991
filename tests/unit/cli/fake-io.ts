import type { CliIo } from '@/lib/cli/io';

/** An in-memory terminal and disk for CLI tests. */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (p === '-') return bytes(stdin);
      const f = files[p];
      if (f === undefined) throw new Error(`${p}: no such file`);
      return bytes(f);
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
    fileSize: async (p) => (files[p] === undefined ? null : bytes(files[p]!).length),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
