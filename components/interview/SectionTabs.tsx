import { type ReactNode, useId } from 'react';

export interface SectionTab<Id extends string> {
  id: Id;
  label: string;
}

/** Tabs over the parts of one vacancy; arrow keys move between them, as in the popup. */
export function SectionTabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly SectionTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
}) {
  const base = useId();
  const move = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    document.getElementById(`${base}-${next.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className="iv-tabs no-print">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            id={`${base}-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1);
              if (e.key === 'ArrowLeft') move(i - 1);
              if (e.key === 'Home') move(0);
              if (e.key === 'End') move(tabs.length - 1);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-${selected}`}>
        {children}
      </section>
    </>
  );
}
