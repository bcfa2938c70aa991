import { useEffect } from 'react';
import type { AnonymisedDocument } from '@/lib/anonymise';
import { AnonymisedText } from './AnonymisedText';
import { PrintBar } from '../PrintBar';

interface PrintViewProps {
  documents: ({ code: string } & AnonymisedDocument)[];
  onClose: () => void;
}

/**
 * Anonymised documents laid out for paper or PDF: one candidate per page, placeholders in bold,
 * nothing else on the page. Opens the browser's print dialogue once shown.
 */
export function PrintView({ documents, onClose }: PrintViewProps) {
  useEffect(() => {
    window.scrollTo(0, 0);
    const timer = setTimeout(() => window.print(), 100);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="an-print" data-testid="print-view">
      <PrintBar className="an-print-bar" backLabel="Back to the review" onClose={onClose} />
      {documents.map((d) => (
        <article key={d.code} className="an-print-page">
          <h1>{d.code}</h1>
          <AnonymisedText doc={d} label={`Anonymised text of ${d.code}`} />
        </article>
      ))}
    </div>
  );
}
