/** The anonymiser workspace page (being built: issue 6). */
export function AnonymiseWorkspace() {
  return <h1>Anonymise CVs for shortlisting</h1>;
}
