/** What `Latest.run` gives for a reply that a newer request has made useless. */
export const STALE = Symbol('stale');

/**
 * Keeps only the newest of a stream of asynchronous checks: each request gets a sequence number,
 * and a reply that comes back after a newer request was made (or after `cancel`) is dropped, so an
 * answer about text that has since changed is never shown. The newer request is already on its way.
 */
export class Latest {
  private newest = 0;

  async run<T>(ask: () => Promise<T>): Promise<T | typeof STALE> {
    const mine = ++this.newest;
    try {
      const answer = await ask();
      return mine === this.newest ? answer : STALE;
    } catch (error) {
      // A failure of a superseded request is as useless as its answer.
      if (mine !== this.newest) return STALE;
      throw error;
    }
  }

  /** Drops every reply still on its way (the text is being cleared, or the checker stops). */
  cancel(): void {
    this.newest++;
  }
}
