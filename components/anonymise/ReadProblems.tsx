/** The files of the last batch that could not be read, each with its reason. The rest of the batch was anonymised. */
export function ReadProblems({ failures, onDismiss }: { failures: string[]; onDismiss: () => void }) {
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="an-problems" data-testid="read-problems">
      <h3>
        {failures.length === 1 ? 'One file' : `${failures.length} files`} could not be read
      </h3>
      <p>The other files were anonymised. Fix these and add them again.</p>
      <ul>
        {failures.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
