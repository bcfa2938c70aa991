import { useId } from 'react';
import type { WresResult } from '@/lib/interview';

/** WRES indicator 2 as a figure and in words, with its cautions. */
export function WresSummary({
  title,
  result,
  testId,
  level = 4,
}: {
  title: string;
  result: WresResult;
  testId?: string;
  /** The heading level, to fit where the summary is shown. */
  level?: 3 | 4;
}) {
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="card iv-wres" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <Heading id={`${id}-heading`}>{title}</Heading>
      <p className="iv-wres-figure">
        <strong>{result.value === null ? 'No figure yet' : result.value.toFixed(2)}</strong>
      </p>
      <p data-testid="wres-meaning">{result.meaning}</p>
      <p className="hint">
        White: {result.white.appointed} of {result.white.shortlisted} shortlisted appointed. Ethnic minority (Asian, Black,
        Mixed and Other): {result.minority.appointed} of {result.minority.shortlisted} shortlisted appointed.
      </p>
      {result.notes.length > 0 && (
        <ul>
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="hint">
        Indicator 2 of the NHS Workforce Race Equality Standard: how likely white shortlisted applicants are to be appointed
        compared with ethnic minority shortlisted applicants. 1.00 means equally likely; above 1.00 means white applicants
        were more likely to be appointed.
      </p>
    </section>
  );
}
