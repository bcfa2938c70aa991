const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "2026-03-31" → "31 March 2026"; an ISO timestamp with `withTime` → "31 Mar 2026, 09:30". */
export function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return 'not set';
  const date = new Date(withTime || iso.length > 10 ? iso : `${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? DATE_TIME : DATE).format(date);
}
