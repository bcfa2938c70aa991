/**
 * A polite status line (always rendered, so changes are announced) and, when there is one, an
 * error read out at once.
 */
export function ActionMessages({ status, error }: { status: string; error: string | null }) {
  return (
    <>
      <p role="status" className="an-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="error-message">
          {error}
        </p>
      )}
    </>
  );
}
