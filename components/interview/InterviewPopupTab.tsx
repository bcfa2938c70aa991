/** The popup's view of the current vacancy's checklist (being built: issue 7). */
export function InterviewPopupTab() {
  return <p>Open the interview checklist to plan a fair, structured interview.</p>;
}
