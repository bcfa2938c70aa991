import { describe, expect, it } from 'vitest';
import { Latest, STALE } from '@/content/latest';

/** A promise settled from outside, like a reply from the background. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Latest: only the reply to the newest check is used', () => {
  it('gives the answer when no newer check was asked for', async () => {
    const latest = new Latest();
    expect(await latest.run(async () => 'findings for A')).toBe('findings for A');
  });

  it('drops a reply that comes back after a newer check was asked for, in either order', async () => {
    const latest = new Latest();
    const a = deferred<string>();
    const b = deferred<string>();
    const first = latest.run(() => a.promise);
    const second = latest.run(() => b.promise);
    b.resolve('B');
    a.resolve('A');
    expect(await second).toBe('B');
    expect(await first).toBe(STALE);

    const c = deferred<string>();
    const d = deferred<string>();
    const third = latest.run(() => c.promise);
    const fourth = latest.run(() => d.promise);
    c.resolve('C');
    expect(await third).toBe(STALE);
    d.resolve('D');
    expect(await fourth).toBe('D');
  });

  it('drops every reply on its way after cancel', async () => {
    const latest = new Latest();
    const a = deferred<string>();
    const pending = latest.run(() => a.promise);
    latest.cancel();
    a.resolve('A');
    expect(await pending).toBe(STALE);
  });

  it('passes on the newest check failing, and drops a superseded one failing', async () => {
    const latest = new Latest();
    const a = deferred<string>();
    const old = latest.run(() => a.promise);
    const newest = latest.run(() => Promise.reject(new Error('background gone')));
    a.reject(new Error('background gone'));
    expect(await old).toBe(STALE);
    await expect(newest).rejects.toThrow('background gone');
  });
});
