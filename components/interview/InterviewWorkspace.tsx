/** The structured-interview checklist page (being built: issue 7). */
export function InterviewWorkspace() {
  return <h1>Structured interviews</h1>;
}
