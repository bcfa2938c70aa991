/** Shown beside a setting the organisation has fixed through policy. */
export function LockedNote() {
  return <span className="locked-note">Set by your organisation</span>;
}
