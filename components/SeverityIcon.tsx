import type { Severity } from '@/lib/engine/finding';

/** Each severity's shape, so it is never told by colour alone: a stop sign, a warning triangle, an "i". */
const SHAPES = {
  error: (
    <>
      <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="#d5281b" />
      <path d="M8 4v5M8 11.2v.8" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.2 15.2 14.5H.8z" fill="#ffb81c" stroke="#6b4400" strokeWidth="1" strokeLinejoin="round" />
      <path d="M8 5.5v4M8 11.6v.6" stroke="#212b32" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="7" fill="#005eb8" />
      <path d="M8 7v5M8 4.2v.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
} as const satisfies Record<Severity, unknown>;

/** A severity's icon; its meaning is always written next to it, so the icon is hidden from screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className="severity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {SHAPES[severity]}
    </svg>
  );
}
