/** How many saves may be waiting for their change event at once; older ones are forgotten. */
const MAX_PENDING = 50;

/**
 * The values a page saved whose change events have not come back yet. Storage tells every page,
 * the saving one included, about each change, and a page that saved twice in a row hears the first
 * save after it already shows the second: it must ignore its own echoes and take only other pages'
 * changes. Values are compared as JSON, as storage keeps them.
 */
export function ownWrites() {
  const pending: string[] = [];
  return {
    /** Call before saving `value`; pass the result to `failed` if the save fails. */
    saving(value: unknown): string {
      const json = JSON.stringify(value);
      pending.push(json);
      if (pending.length > MAX_PENDING) pending.shift();
      return json;
    },
    failed(json: string): void {
      const at = pending.indexOf(json);
      if (at >= 0) pending.splice(at, 1);
    },
    /** True when a change event carries a value this page saved (and forgets it and anything older). */
    isEcho(value: unknown): boolean {
      const at = pending.indexOf(JSON.stringify(value));
      if (at < 0) return false;
      pending.splice(0, at + 1);
      return true;
    },
  };
}
