import type { CliIo } from '@/lib/cli/io';

/**
 * An in-memory terminal and disk for CLI tests: `files` by path (a missing path reads as "no such
 * file"), `stdin` for `-`. Worker threads need the built command, so these runs use one thread.
 */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: CliIo = {
    stdout: (t) => void out.push(typeof t === 'string' ? t : new TextDecoder().decode(t)),
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
    parallelism: 2,
    idleProcessors: () => () => 0,
    readFile: async (p, limit) => {
      const data = p === '-' ? bytes(stdin) : files[p] === undefined ? undefined : bytes(files[p]!);
      if (data === undefined) return { ok: false, message: 'There is no such file.' };
      if (data.length > limit) return { ok: false, message: 'too large' };
      return { ok: true, bytes: data };
    },
    fileSize: (p) => (files[p] === undefined ? 0 : bytes(files[p]!).length),
    realPath: async (p) => (files[p] === undefined && written[p] === undefined ? null : `/${p}`),
    writePrivateFile: async (p, d) => {
      written[p] = d;
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}
