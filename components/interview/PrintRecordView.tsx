import type { PrintRecord } from '@/lib/interview';
import { formatDate } from './format-date';
import { WresSummary } from './WresSummary';
import { PrintBar } from '../PrintBar';

/** The whole record of one vacancy, laid out for printing or saving as PDF. Controls are hidden in print. */
export function PrintRecordView({ record, onClose }: { record: PrintRecord; onClose: () => void }) {
  const { vacancy } = record;
  return (
    <article className="iv-print" data-testid="print-record">
      <PrintBar className="iv-print-bar" backLabel="Back to the vacancy" onClose={onClose} />
      <h1>Interview record: {vacancy.title}</h1>
      <p>
        {vacancy.reference && <>Reference {vacancy.reference}. </>}Closing date {formatDate(vacancy.dates.closing)}; shortlisting{' '}
        {formatDate(vacancy.dates.shortlisting)}; interviews {formatDate(vacancy.dates.interview)}. Record made{' '}
        {formatDate(record.generatedAt, true)}.
      </p>

      <h2>Panel</h2>
      {record.panel.length === 0 ? (
        <p>No panel recorded.</p>
      ) : (
        <ul>
          {record.panel.map((m) => (
            <li key={`${m.name}-${m.role}`}>
              {m.name}, {m.roleLabel}
              {m.scores ? '' : ' (does not mark)'}
            </li>
          ))}
        </ul>
      )}

      <h2>Checklist</h2>
      {record.warnings.length > 0 && (
        <>
          <p>
            <strong>Critical items still open:</strong>
          </p>
          <ul>
            {record.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {record.checklist.map((stage) => (
        <section key={stage.stage}>
          <h3>
            {stage.label}: {stage.done} done, {stage.na} not applicable, {stage.open} open
          </h3>
          <ul className="iv-print-items">
            {stage.items.map((item) => (
              <li key={item.id}>
                <strong>{item.statusLabel}</strong>
                {item.critical && ' (critical)'}: {item.text}
                {item.reason && <> Reason: {item.reason}.</>}
                {item.note && <> Note: {item.note}</>}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>Person-specification criteria</h2>
      <ul>
        {record.criteria.map((c) => (
          <li key={c.code}>
            {c.code} ({c.kind}): {c.text}
          </li>
        ))}
      </ul>

      <h2>Questions and scoring guide</h2>
      {record.questionGaps.length > 0 && (
        <ul>
          {record.questionGaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
      {record.questions.map((q) => (
        <section key={q.number}>
          <h3>
            Question {q.number}: {q.text}
          </h3>
          <p>Criteria: {q.criteria.join(', ') || 'none'}</p>
          <p>
            Wording check:{' '}
            {q.findings === null
              ? 'not run'
              : q.findings.length === 0
                ? 'nothing found'
                : q.findings.map((f) => `“${f.text}”: ${f.message}`).join(' ')}
          </p>
          <ul>
            {q.levels.map((l) => (
              <li key={l.level}>
                {l.level} ({l.label}): {l.descriptor || 'not written'}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>Candidates</h2>
      {record.candidates.map((c) => (
        <section key={c.code}>
          <h3>{c.code}</h3>
          {!c.ready ? (
            <p>Not all marks submitted. Still to submit: {c.waitingFor.join(', ')}.</p>
          ) : (
            <>
              {c.questions.map((q) => (
                <div key={q.number}>
                  <h4>Question {q.number}</h4>
                  <ul>
                    {q.marks.map((m) => (
                      <li key={m.member}>
                        {m.member}: {m.mark}
                        {m.evidence && <>. Evidence: {m.evidence}</>}
                      </li>
                    ))}
                  </ul>
                  <p>
                    Lowest {q.min}, highest {q.max}, spread {q.spread}, mean {q.mean}, median {q.median}
                    {q.disagreement && '. Large disagreement'}
                    {q.agreedMark !== null && (
                      <>
                        . Agreed mark {q.agreedMark}
                        {q.agreedReason && ` (${q.agreedReason})`}
                      </>
                    )}
                    .
                  </p>
                </div>
              ))}
              <p>
                Totals: {c.memberTotals.map((t) => `${t.member} ${t.total}`).join(', ')}. Mean total {c.meanTotal}; final
                total {c.finalTotal}; rank {c.rank}.
              </p>
            </>
          )}
          <p>
            {c.decision ? (
              <>
                <strong>Decision: {c.decision.outcomeLabel}</strong>. {c.decision.reason}{' '}
                {`(criteria: ${c.decision.criteria.join(', ')}; recorded ${formatDate(c.decision.decidedAt, true)})`}
              </>
            ) : (
              'No decision recorded.'
            )}
          </p>
        </section>
      ))}

      {record.ranking.length > 0 && (
        <>
          <h2>Ranking</h2>
          <ol>
            {record.ranking.map((r) => (
              <li key={r.code}>
                {r.rank}. {r.code}: {r.finalTotal}
              </li>
            ))}
          </ol>
        </>
      )}

      <h2>Outcome monitoring</h2>
      <WresSummary title="WRES indicator 2" result={record.wres} level={3} />
    </article>
  );
}
