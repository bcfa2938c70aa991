import { useLayoutEffect, useRef, useState } from 'react';
import type { Report } from '@/lib/engine/finding';
import { SEVERITY_ORDER, tally } from '@/lib/page/tally';
import { tallyLine } from './labels';
import { type Column, PILL_GAP, placePill, type Side } from './pill-placement';
import { SeverityIcon } from './SeverityIcon';

/** Room the full pill needs besides its words: icon, gaps, padding and border. */
const PILL_CHROME = 60;

/**
 * The summary folded into a small pill ("3 to fix · 5 to consider") in the margin beside the
 * text, never over it; where the margin is narrow it shows just the count. Choosing it opens the
 * side panel.
 */
export function SummaryPill({
  report,
  column,
  viewportWidth,
  side,
  notice,
  onOpen,
}: {
  report: Report;
  column: Column | null;
  viewportWidth: number;
  side: Side;
  notice: string | null;
  onOpen: () => void;
}) {
  const count = tally(report);
  const line = tallyLine(count);
  const worst = SEVERITY_ORDER.find((s) => count.bySeverity[s] > 0);
  // The full pill's width, measured once per wording, decides whether it fits beside the text.
  const measure = useRef<HTMLSpanElement>(null);
  const [wordsWidth, setWordsWidth] = useState(180);
  useLayoutEffect(() => {
    if (measure.current) setWordsWidth(measure.current.getBoundingClientRect().width);
  }, [line]);
  const place = placePill(viewportWidth, column, wordsWidth + PILL_CHROME, side);
  return (
    <div className="pill-dock" style={{ [place.side]: PILL_GAP[place.size] }} data-side={place.side}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <span ref={measure} className="pill-measure" aria-hidden="true">
        {line}
      </span>
      <button type="button" className={`summary-pill size-${place.size}`} data-testid="summary-pill" aria-expanded="false" onClick={onOpen}>
        {worst && <SeverityIcon severity={worst} />}
        <span className="visually-hidden">De-bias summary: </span>
        {place.size === 'full' ? (
          <span>{line}</span>
        ) : (
          <>
            <span aria-hidden="true">{count.total}</span>
            <span className="visually-hidden">{line}</span>
          </>
        )}
      </button>
    </div>
  );
}
