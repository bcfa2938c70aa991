/** The controls above a print view; hidden when printing (`.no-print`). */
export function PrintBar({ backLabel, onClose, className }: { backLabel: string; onClose: () => void; className: string }) {
  return (
    <div className={`row no-print ${className}`}>
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button type="button" className="secondary" onClick={onClose}>
        {backLabel}
      </button>
    </div>
  );
}
