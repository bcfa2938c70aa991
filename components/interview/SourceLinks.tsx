import type { Source } from '@/lib/engine';

/** "Source: A; B", each a link that opens in a new tab (the user's click, not De-bias, goes online). */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <p className="hint iv-sources">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((s, i) => (
        <span key={`${s.name}-${s.url}`}>
          {i > 0 && '; '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.name}
            </a>
          ) : (
            s.name
          )}
        </span>
      ))}
    </p>
  );
}
