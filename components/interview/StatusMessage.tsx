/** A polite live region for "saved" and "added" messages. Always rendered, so changes are announced. */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p role="status" className="iv-status">
      {message}
    </p>
  );
}
