/** The popup's quick anonymiser for one pasted CV (being built: issue 6). */
export function AnonymisePopupTab() {
  return <p>Paste a CV or supporting statement to remove identifying details.</p>;
}
