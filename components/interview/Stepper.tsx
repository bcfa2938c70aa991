import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface Step<Id extends string> {
  id: Id;
  label: string;
}

/**
 * One stage at a time: the steps in order (the current one marked), the chosen step's content, and
 * Back and Next. Moving to another step puts the focus on its heading.
 */
export function Stepper<Id extends string>({
  label,
  steps,
  selected,
  onSelect,
  children,
}: {
  label: string;
  steps: readonly Step<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  children: ReactNode;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const index = Math.max(0, steps.findIndex((s) => s.id === selected));
  const step = steps[index]!;
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const go = (target: Id) => {
    moved.current = true;
    onSelect(target);
  };
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [selected]);
  return (
    <>
      <nav aria-label={label} className="iv-stepper no-print">
        <ol>
          {steps.map((s, i) => (
            <li key={s.id}>
              <button type="button" aria-current={s.id === selected ? 'step' : undefined} onClick={() => go(s.id)}>
                <span className="iv-step-number" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {s.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby={`${id}-heading`} className="iv-step">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="iv-step-heading no-print">
          Step {index + 1} of {steps.length}: {step.label}
        </h2>
        {children}
        <div className="row iv-step-nav no-print">
          {previous && (
            <button type="button" className="secondary" onClick={() => go(previous.id)}>
              Back: {previous.label}
            </button>
          )}
          {next && (
            <button type="button" onClick={() => go(next.id)}>
              Next: {next.label}
            </button>
          )}
        </div>
      </section>
    </>
  );
}
