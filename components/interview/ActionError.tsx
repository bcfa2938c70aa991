/** A refusal or failure after a button press, read out at once. Renders nothing when there is none. */
export function ActionError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="error-message">
      {message}
    </p>
  );
}
